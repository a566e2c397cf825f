import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../src/api/cursor";
import { BadRequest } from "../src/api/params";

const KINDS = ["stake", "unstake_request", "unstake_complete", "transfer_in", "transfer_out"];

describe("history cursors", () => {
  it("give back the row they were made from, for every kind of history id", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 63n }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.oneof(fc.constantFrom(...KINDS), fc.constant("reward-0x70997970c51812dc3a010c7d01b50e0d17dc79c8")),
        (blockNumber, logIndex, suffix) => {
          const row = { blockNumber, logIndex, id: `${blockNumber}-${logIndex}-${suffix}` };
          expect(decodeCursor(encodeCursor(row))).toEqual(row);
        },
      ),
    );
  });

  it("refuses anything else in words", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        try {
          decodeCursor(value);
        } catch (error) {
          expect(error).toBeInstanceOf(BadRequest);
          expect((error as Error).message).toMatch(/^before is not a cursor/);
        }
      }),
    );
    for (const value of ["", "%00", "a".repeat(10_000), Buffer.from("1.2.x;drop").toString("base64url")]) {
      expect(() => decodeCursor(value)).toThrow(BadRequest);
    }
  });
});
