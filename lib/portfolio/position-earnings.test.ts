import { describe, expect, it } from "vitest";
import { fromEarningsProps, toEarningsProps } from "./position-earnings";

const PROVER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("position earnings across the server/client boundary", () => {
  it("round-trips bigints exactly through decimal strings, keyed by the checksummed prover", () => {
    const big = 123456789012345678901234567890n;
    const props = toEarningsProps([
      {
        prover: PROVER.toLowerCase() as `0x${string}`,
        proverName: "x",
        proverRetired: false,
        shares: 1n,
        shareDecimals: 18,
        value: 2n,
        costBasis: big,
        withdrawn: 0n,
        earnings: -5n,
        apySinceEntry: { netBps: 742 },
        firstAt: 10,
      },
    ]);
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    expect(fromEarningsProps(props).get(PROVER)).toEqual({
      costBasis: big,
      earnings: -5n,
      apySinceEntry: { netBps: 742 },
      firstAt: 10,
    });
  });
});
