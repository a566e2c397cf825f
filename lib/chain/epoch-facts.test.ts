import { describe, expect, it } from "vitest";
import { deploymentFor, EPOCH_REWARDS_ADDRESS_ENV } from "../contracts/addresses";
import { readEpochFacts } from "./epoch-facts";
import type { ChainRuntimeConfig } from "./runtime-config";

// Nothing answers on the discard port: a test that reached the chain would read "did not answer".
const runtime = { network: "base", rpcUrl: "http://127.0.0.1:9" } as ChainRuntimeConfig;
const base = deploymentFor("base");

describe("the reward contract's live view", () => {
  it("says in plain words that the address is not configured where the deployment publishes none", async () => {
    const facts = await readEpochFacts(runtime, base, [], null, {});
    expect(facts).toEqual({
      status: "unavailable",
      reason: expect.stringContaining(`${EPOCH_REWARDS_ADDRESS_ENV} is not set`),
    });
  });

  it("names a setting that is not an address", async () => {
    const facts = await readEpochFacts(runtime, base, [], null, { [EPOCH_REWARDS_ADDRESS_ENV]: "0x123" });
    expect(facts).toEqual({
      status: "unavailable",
      reason: expect.stringMatching(/^EPOCH_REWARDS_ADDRESS=0x123 is not an address\./),
    });
  });

  it("reads the contract the setting names", async () => {
    const facts = await readEpochFacts(runtime, base, [], null, {
      [EPOCH_REWARDS_ADDRESS_ENV]: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    });
    expect(facts).toEqual({
      status: "unavailable",
      reason: "The chain did not answer; live epoch figures are missing.",
    });
  });
});
