import { describe, expect, it } from "vitest";
import { DeploymentFileError, deploymentFor, parseDeploymentFile } from "./addresses";

const token = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("parseDeploymentFile", () => {
  it("reads a chain's contracts and checksums them", () => {
    const deployment = parseDeploymentFile(
      { "31337": { startBlock: 1, contracts: { BrevToken: token.toLowerCase() } } },
      31337,
    );
    expect(deployment).toEqual({ chainId: 31337, startBlock: 1n, contracts: { BrevToken: token } });
  });

  it("names a malformed address", () => {
    expect(() => parseDeploymentFile({ "31337": { startBlock: 1, contracts: { BrevToken: "0x123" } } }, 31337)).toThrow(
      /31337\.contracts\.BrevToken is not an address/,
    );
  });

  it("says when the chain is missing", () => {
    expect(() => parseDeploymentFile({}, 31337)).toThrow(DeploymentFileError);
    expect(() => parseDeploymentFile({}, 31337)).toThrow(/no contracts for chain 31337/);
  });

  it("rejects something that is not a deployment file", () => {
    expect(() => parseDeploymentFile("garbage", 31337)).toThrow(/deployments\.json is broken/);
  });
});

describe("deploymentFor", () => {
  it("uses the published Base addresses", () => {
    expect(deploymentFor("base").contracts.BrevToken).toBe("0x086F405146Ce90135750Bbec9A063a8B20A8bfFb");
  });

  it("reads the committed devnet deployment", () => {
    expect(deploymentFor("devnet").chainId).toBe(31337);
  });
});
