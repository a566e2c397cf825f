import { describe, expect, it } from "vitest";
import { historyCsv } from "./history-csv";

const PROVER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HASH = `0x${"ab".repeat(32)}` as const;

describe("historyCsv", () => {
  it("writes a header and one exact row per entry", () => {
    const csv = historyCsv([
      {
        prover: PROVER,
        kind: "stake",
        source: null,
        shares: 123456789012345678901234n,
        amount: 123456789012345678901n,
        timestamp: 1_700_000_000,
        blockNumber: 42,
        txHash: HASH,
      },
      {
        prover: PROVER,
        kind: "reward",
        source: "epoch",
        shares: 0n,
        amount: 1n,
        timestamp: 1_700_000_012,
        blockNumber: 43,
        txHash: HASH,
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "time_iso,type,reward_source,prover,amount_wei,amount_brev,shares,block_number,tx_hash",
      `2023-11-14T22:13:20.000Z,stake,,${PROVER},123456789012345678901,123.456789012345678901,123456789012345678901234,42,${HASH}`,
      `2023-11-14T22:13:32.000Z,reward,epoch,${PROVER},1,0.000000000000000001,0,43,${HASH}`,
      "",
    ]);
  });

  it("is only the header without history", () => {
    expect(historyCsv([])).toBe(
      "time_iso,type,reward_source,prover,amount_wei,amount_brev,shares,block_number,tx_hash\r\n",
    );
  });
});
