import { describe, expect, it } from "vitest";
import {
  AddressSettingError,
  DeploymentFileError,
  deploymentFor,
  EPOCH_REWARDS_ADDRESS_ENV,
  epochRewardsAddress,
  parseDeploymentFile,
} from "./addresses";

const token = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const controller = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const viewer = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const staking = { StakingController: controller, StakingViewer: viewer };

describe("parseDeploymentFile", () => {
  it("reads a chain's contracts and checksums them", () => {
    const deployment = parseDeploymentFile(
      { "31337": { startBlock: 1, contracts: { BrevToken: token.toLowerCase(), ...staking } } },
      31337,
    );
    expect(deployment).toEqual({ chainId: 31337, startBlock: 1n, contracts: { BrevToken: token, ...staking } });
  });

  it("names a malformed address", () => {
    expect(() =>
      parseDeploymentFile({ "31337": { startBlock: 1, contracts: { BrevToken: "0x123", ...staking } } }, 31337),
    ).toThrow(/31337\.contracts\.BrevToken is not an address/);
  });

  it("names a missing contract", () => {
    expect(() => parseDeploymentFile({ "31337": { startBlock: 1, contracts: { BrevToken: token } } }, 31337)).toThrow(
      /31337\.contracts\.StakingController/,
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
    expect(deploymentFor("base").contracts.StakingController).toBe("0x9c0D8C5F10f0d3A02D04556a4499964a75DBf4A3");
  });

  it("reads the committed devnet deployment", () => {
    expect(deploymentFor("devnet").chainId).toBe(31337);
  });
});

describe("epochRewardsAddress", () => {
  it("is the setting's address, checksummed, over the deployment's", () => {
    const env = { [EPOCH_REWARDS_ADDRESS_ENV]: ` ${token.toLowerCase()} ` };
    expect(epochRewardsAddress(deploymentFor("base"), env)).toBe(token);
    expect(
      epochRewardsAddress(
        { ...deploymentFor("base"), contracts: { ...deploymentFor("base").contracts, EpochRewards: viewer } },
        env,
      ),
    ).toBe(token);
  });

  it("is the deployment's own without the setting, and none on Base", () => {
    const deployment = deploymentFor("base");
    expect(
      epochRewardsAddress({ ...deployment, contracts: { ...deployment.contracts, EpochRewards: viewer } }, {}),
    ).toBe(viewer);
    expect(epochRewardsAddress(deployment, { [EPOCH_REWARDS_ADDRESS_ENV]: "  " })).toBeUndefined();
  });

  it("names a setting that is not an address", () => {
    expect(() => epochRewardsAddress(deploymentFor("base"), { [EPOCH_REWARDS_ADDRESS_ENV]: "0x123" })).toThrow(
      AddressSettingError,
    );
  });
});
