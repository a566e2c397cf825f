import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdings } from "../src/lib/holdings";

const PROVERS = ["0x01", "0x02", "0x03"] as const;
const KINDS = ["stake", "unstake_request", "unstake_complete", "transfer_in", "transfer_out", "reward"];
const SIGN: Record<string, bigint> = { stake: 1n, transfer_in: 1n, unstake_request: -1n, transfer_out: -1n };

const place = fc.record({ blockNumber: fc.integer({ min: 0, max: 30 }), logIndex: fc.integer({ min: 0, max: 4 }) });
const event = fc.record({
  prover: fc.constantFrom(...PROVERS),
  kind: fc.constantFrom(...KINDS),
  shares: fc.bigInt({ min: 0n, max: 10n ** 24n }),
  at: place,
});

describe("holdings", () => {
  it("gives the shares of every event earlier than a log, however the events arrive", () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.array(place, { minLength: 1, maxLength: 20 }),
        (list, asked) => {
          const rows = list.map((row, index) => ({
            id: `${row.at.blockNumber}-${row.at.logIndex}-${index}`,
            prover: row.prover,
            kind: row.kind,
            shares: row.shares,
          }));
          const held = holdings(rows, []);
          for (const at of asked) {
            for (const prover of PROVERS) {
              const expected = list
                .filter(
                  (row) =>
                    row.prover === prover &&
                    (row.at.blockNumber < at.blockNumber ||
                      (row.at.blockNumber === at.blockNumber && row.at.logIndex < at.logIndex)),
                )
                .reduce((sum, row) => sum + (SIGN[row.kind] ?? 0n) * row.shares, 0n);
              expect(held.sharesBefore(prover, at)).toBe(expected);
            }
          }
          expect(new Set(held.provers)).toEqual(new Set(list.map((row) => row.prover)));
        },
      ),
    );
  });
});
