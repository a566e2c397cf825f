import { describe, expect, it } from "vitest";
import { csvField, historyCsv } from "./history-csv";

const PROVER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HASH = `0x${"ab".repeat(32)}` as const;

const ENTRY = {
  prover: PROVER,
  kind: "reward",
  source: "market",
  shares: 0n,
  amount: 5n,
  timestamp: 1_700_000_000,
  blockNumber: 1,
  txHash: HASH,
} as const;

describe("historyCsv", () => {
  it("writes a header and one exact row per entry", () => {
    const csv = historyCsv(
      [
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
      ],
      18,
    );
    expect(csv.split("\r\n")).toEqual([
      "time_iso,type,reward_source,prover,amount_wei,amount_brev,shares,block_number,tx_hash",
      `2023-11-14T22:13:20.000Z,stake,,${PROVER},123456789012345678901,123.456789012345678901,123456789012345678901234,42,${HASH}`,
      `2023-11-14T22:13:32.000Z,reward,epoch,${PROVER},1,0.000000000000000001,0,43,${HASH}`,
      "",
    ]);
  });

  it("is only the header without history", () => {
    expect(historyCsv([], 18)).toBe(
      "time_iso,type,reward_source,prover,amount_wei,amount_brev,shares,block_number,tx_hash\r\n",
    );
  });

  it("prices whole tokens at the decimals it is given", () => {
    const [, row] = historyCsv([{ ...ENTRY, amount: 1_234_567n }], 6).split("\r\n");
    expect(row?.split(",").slice(4, 6)).toEqual(["1234567", "1.234567"]);
  });

  it("makes a cell that a spreadsheet would run as a formula inert, and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("0xabc")).toBe("0xabc");
  });
});
