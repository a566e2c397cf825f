import { describe, expect, it } from "vitest";
import type { StakerHistory } from "../indexer/schemas";
import { csvField, HISTORY_CSV_HEADER, historyCsvLines, historyCsvStream } from "./history-csv";

const PROVER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HASH = `0x${"ab".repeat(32)}` as const;

const ENTRY: StakerHistory["items"][number] = {
  prover: PROVER,
  proverName: "Prover One",
  kind: "reward",
  source: "market",
  shares: 0n,
  amount: 5n,
  timestamp: 1_700_000_000,
  blockNumber: 1,
  txHash: HASH,
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("history CSV", () => {
  it("writes a header and one exact row per entry, with the prover's name", () => {
    const lines = historyCsvLines(
      [
        {
          ...ENTRY,
          kind: "stake",
          source: null,
          shares: 123456789012345678901234n,
          amount: 123456789012345678901n,
          blockNumber: 42,
        },
        { ...ENTRY, kind: "reward", source: "epoch", amount: 1n, timestamp: 1_700_000_012, blockNumber: 43 },
      ],
      18,
    );
    expect((HISTORY_CSV_HEADER + lines).split("\r\n")).toEqual([
      "time_iso,type,reward_source,prover,prover_name,amount_wei,amount_brev,shares,block_number,tx_hash",
      `2023-11-14T22:13:20.000Z,stake,,${PROVER},Prover One,123456789012345678901,123.456789012345678901,123456789012345678901234,42,${HASH}`,
      `2023-11-14T22:13:32.000Z,reward,epoch,${PROVER},Prover One,1,0.000000000000000001,0,43,${HASH}`,
      "",
    ]);
  });

  it("prices whole tokens at the decimals it is given", () => {
    const row = historyCsvLines([{ ...ENTRY, amount: 1_234_567n }], 6);
    expect(row.split(",").slice(5, 7)).toEqual(["1234567", "1.234567"]);
  });

  it("makes a cell that a spreadsheet would run as a formula inert, and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\r=1+1")).toBe(`"'\r=1+1"`);
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("0xabc")).toBe("0xabc");
  });

  it("writes a hostile on-chain name as one inert cell", () => {
    const name = '=cmd|" /C calc"!A0,\r\n@evil';
    const line = historyCsvLines([{ ...ENTRY, proverName: name }], 18);
    expect(line).toContain(`,${PROVER},"'=cmd|"" /C calc""!A0,\r\n@evil",5,`);
  });

  it("streams every page in order, reading the next page only when the reader wants it", async () => {
    const asked: string[] = [];
    const pages: Record<string, { items: StakerHistory["items"]; nextCursor: string | null }> = {
      b: { items: [{ ...ENTRY, blockNumber: 2 }], nextCursor: "c" },
      c: { items: [{ ...ENTRY, blockNumber: 1 }], nextCursor: null },
    };
    const stream = historyCsvStream(
      { items: [{ ...ENTRY, blockNumber: 3 }], nextCursor: "b" },
      async (cursor) => {
        asked.push(cursor);
        return pages[cursor] as (typeof pages)[string];
      },
      18,
    );
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    // The header and first page are out; at most one page waits ahead of the reader.
    expect(asked.length).toBeLessThanOrEqual(1);
    expect(decoder.decode(first.value).startsWith(HISTORY_CSV_HEADER)).toBe(true);
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(asked).toEqual(["b", "c"]);
    expect(rest.split("\r\n").map((line) => line.split(",")[8])).toEqual(["2", "1", undefined]);
  });

  it("is only the header without history, and fails the download when a later page cannot be read", async () => {
    expect(
      await readAll(
        historyCsvStream({ items: [], nextCursor: null }, async () => ({ items: [], nextCursor: null }), 18),
      ),
    ).toBe(HISTORY_CSV_HEADER);
    const failing = historyCsvStream(
      { items: [ENTRY], nextCursor: "b" },
      async () => {
        throw new Error("The indexer did not answer.");
      },
      18,
    );
    await expect(readAll(failing)).rejects.toThrow("The indexer did not answer.");
  });
});
