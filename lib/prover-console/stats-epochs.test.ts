import { describe, expect, it } from "vitest";
import type { StatsEpochReads } from "./reads";
import { statsEpochRows } from "./stats-epochs";

const epoch = (id: bigint, endAt: bigint, own: Partial<StatsEpochReads>, global: StatsEpochReads["global"]) => ({
  id,
  startAt: id * 100n,
  endAt,
  bids: 0n,
  reveals: 0n,
  fulfilled: 0n,
  refunded: 0n,
  feeReceived: 0n,
  ...own,
  global,
});

describe("statsEpochRows", () => {
  it("gives the prover's share of the market's fulfilled requests and fees, floored to a basis point", () => {
    const [row] = statsEpochRows(
      [epoch(2n, 0n, { fulfilled: 1n, feeReceived: 2n }, { requests: 9n, fulfilled: 3n, fees: 3n })],
      250n,
    );
    expect(row).toMatchObject({ status: "open", fulfilledShareBps: 3_333n, feeShareBps: 6_666n });
  });

  it("has no share where the market fulfilled nothing", () => {
    const [row] = statsEpochRows([epoch(0n, 0n, {}, { requests: 2n, fulfilled: 0n, fees: 0n })], 10n);
    expect(row).toMatchObject({ fulfilledShareBps: null, feeShareBps: null });
  });

  it("ends the current epoch at its scheduled end even before the market moves on, and every earlier one", () => {
    const none = { requests: 0n, fulfilled: 0n, fees: 0n };
    const rows = statsEpochRows([epoch(3n, 400n, {}, none), epoch(2n, 300n, {}, none)], 399n);
    expect(rows.map((row) => row.status)).toEqual(["current", "ended"]);
    expect(statsEpochRows([epoch(3n, 400n, {}, none)], 400n)[0]?.status).toBe("ended");
  });
});
