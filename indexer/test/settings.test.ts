import { describe, expect, it } from "vitest";
import { EPOCH_REWARDS_ADDRESS_ENV } from "../../lib/contracts/addresses";
import { IndexerConfigError, readIndexerSettings } from "../src/settings";

const base = { CHAIN: "base", RPC_URL: "https://rpc.example" };

describe("the indexer's EpochRewards address", () => {
  it("is the setting the app reads too, and the zero address (watching nothing) without it on Base", () => {
    const address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    expect(
      readIndexerSettings({ ...base, [EPOCH_REWARDS_ADDRESS_ENV]: address.toLowerCase() }).contracts.EpochRewards,
    ).toBe(address);
    expect(readIndexerSettings(base).contracts.EpochRewards).toBe("0x0000000000000000000000000000000000000000");
  });

  it("refuses a setting that is not an address, naming it", () => {
    expect(() => readIndexerSettings({ ...base, [EPOCH_REWARDS_ADDRESS_ENV]: "0x123" })).toThrow(IndexerConfigError);
    expect(() => readIndexerSettings({ ...base, [EPOCH_REWARDS_ADDRESS_ENV]: "0x123" })).toThrow(
      "EPOCH_REWARDS_ADDRESS=0x123 is not an address.",
    );
  });
});
