import { expect, it } from "vitest";
import { big, num, type Snapshot, text } from "../harness/snapshot";
import type { MarketCounts } from "../harness/state";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

const line = (c: MarketCounts) =>
  `bids=${c.bids} reveals=${c.reveals} fulfilled=${c.fulfilled} refunded=${c.refunded} feeReceived=${c.feeReceived}`;
const ZERO: MarketCounts = { bids: 0n, reveals: 0n, fulfilled: 0n, refunded: 0n, feeReceived: 0n };

function sumCounts(all: readonly MarketCounts[]): MarketCounts {
  return all.reduce(
    (total, c) => ({
      bids: total.bids + c.bids,
      reveals: total.reveals + c.reveals,
      fulfilled: total.fulfilled + c.fulfilled,
      refunded: total.refunded + c.refunded,
      feeReceived: total.feeReceived + c.feeReceived,
    }),
    ZERO,
  );
}

/** The indexer's prover_stats rows as counts, by prover and stats epoch. */
function indexedStats(snapshot: Snapshot): Map<string, MarketCounts> {
  return new Map(
    snapshot.rows("prover_stats").map((row) => [
      `${text(row, "prover")}/${num(row, "stats_epoch")}`,
      {
        bids: big(row, "bids"),
        reveals: big(row, "reveals"),
        fulfilled: big(row, "fulfilled"),
        refunded: big(row, "refunded"),
        feeReceived: big(row, "fee_received"),
      },
    ]),
  );
}

/**
 * Auction bookkeeping against the market's own stats. The market keeps cumulative snapshots per
 * stats epoch and reports an epoch's stats as the difference of two snapshots; a prover that
 * sat out a whole epoch starts its next snapshot from zero, so the market's lifetime figure
 * (getProverStatsTotal, MarketViewer's composite) then forgets what came before. The indexer
 * compares per stats epoch, where both agree, and its lifetime figures are their sum.
 */
export function marketChecks(get: () => CleanRun) {
  it("counts requests, fulfilled requests and fees per stats epoch as getGlobalStatsForStatsEpoch", () => {
    const { snapshot, network } = get();
    const indexed = new Map(snapshot.rows("market_stats").map((row) => [num(row, "stats_epoch"), row]));
    const globalLine = (requests: bigint, fulfilled: bigint, fees: bigint) =>
      `requests=${requests} fulfilled=${fulfilled} fees=${fees}`;
    expect(network.globalPerStatsEpoch.length).toBeGreaterThan(1);
    expect(
      record(
        network.globalPerStatsEpoch.map((_, epoch) => {
          const row = indexed.get(epoch);
          return [
            String(epoch),
            row ? globalLine(big(row, "requests"), big(row, "fulfilled"), big(row, "fees")) : globalLine(0n, 0n, 0n),
          ];
        }),
      ),
    ).toEqual(
      record(
        network.globalPerStatsEpoch.map((s, epoch) => [
          String(epoch),
          globalLine(s.totalRequests, s.totalFulfilled, s.totalFees),
        ]),
      ),
    );
  });

  it("keeps the stats epochs as scheduled, a popped one gone", () => {
    const { snapshot, network, activity } = get();
    const span = (startAt: bigint, endAt: bigint | null) => `${startAt}–${endAt ?? "open"}`;
    expect(
      record(
        snapshot
          .rows("stats_epoch")
          .map((row) => [
            String(num(row, "id")),
            span(big(row, "start_at"), row.end_at === null ? null : big(row, "end_at")),
          ]),
      ),
    ).toEqual(
      record(
        network.globalPerStatsEpoch.map((epoch, id) => [
          String(id),
          span(BigInt(epoch.startAt), epoch.endAt === 0n ? null : BigInt(epoch.endAt)),
        ]),
      ),
    );
    expect(snapshot.rows("stats_epoch").some((row) => big(row, "start_at") === activity.statsEpochs.popped)).toBe(
      false,
    );
  });

  it("counts every request and fulfilled request once, in the lifetime totals and the daily rows", () => {
    const { snapshot, network } = get();
    const requests = snapshot.rows("request");
    const days = snapshot.rows("network_daily");
    const lifetime = network.globalPerStatsEpoch.reduce(
      (total, s) => ({ requests: total.requests + s.totalRequests, fulfilled: total.fulfilled + s.totalFulfilled }),
      { requests: 0n, fulfilled: 0n },
    );
    expect({
      requests: requests.length,
      fulfilled: requests.filter((row) => text(row, "status") === "fulfilled").length,
      dailyRequests: days.reduce((sum, row) => sum + num(row, "requests"), 0),
      dailyFulfilled: days.reduce((sum, row) => sum + num(row, "fulfilled"), 0),
    }).toEqual({
      requests: Number(lifetime.requests),
      fulfilled: Number(lifetime.fulfilled),
      dailyRequests: Number(lifetime.requests),
      dailyFulfilled: Number(lifetime.fulfilled),
    });
  });

  it("has each prover's stats per stats epoch as getProverStatsForStatsEpoch", () => {
    const { snapshot, provers } = get();
    const indexed = indexedStats(snapshot);
    const keys = provers.flatMap((s) => s.perStatsEpoch.map((_, epoch) => `${lower(s.prover)}/${epoch}`));
    expect(keys.length).toBeGreaterThan(provers.length);
    expect(record(keys.map((key) => [key, line(indexed.get(key) ?? ZERO)]))).toEqual(
      record(provers.flatMap((s) => s.perStatsEpoch.map((c, epoch) => [`${lower(s.prover)}/${epoch}`, line(c)]))),
    );
  });

  it("keeps each prover's lifetime figures as the sum of its stats epochs, which the market's own lifetime forgets only after an idle epoch", () => {
    const { snapshot, provers } = get();
    const indexed = indexedStats(snapshot);
    const lifetime = record(
      snapshot.rows("prover").map((row) => [
        text(row, "address"),
        line({
          bids: big(row, "bids"),
          reveals: big(row, "reveals"),
          fulfilled: big(row, "fulfilled"),
          refunded: big(row, "failed"),
          feeReceived: big(row, "rewards_market"),
        }),
      ]),
    );
    expect(lifetime).toEqual(record(provers.map((s) => [lower(s.prover), line(sumCounts(s.perStatsEpoch))])));
    // Where the market's lifetime snapshot differs, the prover was idle for a whole stats epoch
    // before the current one (its snapshot there was never opened); the live scenario makes one.
    const forgotten = provers.filter((s) => line(s.lifetime) !== line(sumCounts(s.perStatsEpoch)));
    expect(forgotten.map((s) => lower(s.prover))).toContain(lower(get().activity.auction.prover));
    for (const state of forgotten) {
      const idle = state.perStatsEpoch
        .slice(0, -1)
        .some((_, epoch) => line(indexed.get(`${lower(state.prover)}/${epoch}`) ?? ZERO) === line(ZERO));
      expect({ prover: state.prover, idleEpoch: idle }).toEqual({ prover: state.prover, idleEpoch: true });
    }
  });

  it("has each prover's bound stake as the market's assignedStake", () => {
    const { snapshot, provers } = get();
    expect(record(snapshot.rows("prover").map((row) => [text(row, "address"), big(row, "assigned_stake")]))).toEqual(
      record(provers.map((s) => [lower(s.prover), s.assignedStake])),
    );
  });

  it("counts overdue work and the success rate as MarketViewer: fulfilled / (fulfilled + refunded + overdue)", () => {
    const { api, provers } = get();
    const listed = new Map(api.proverList.items.map((item) => [lower(item.address), item.reliability]));
    const registered = provers.filter((s) => s.state !== 0);
    expect(registered.some((s) => s.overdue > 0n)).toBe(true);
    expect(record(registered.map((s) => [lower(s.prover), listed.get(lower(s.prover))?.overdue ?? -1]))).toEqual(
      record(registered.map((s) => [lower(s.prover), Number(s.overdue)])),
    );
    // MarketViewer's formula over the market's stats summed per stats epoch (its own lifetime
    // snapshot restarted in the live scenario's idle epoch).
    const rate = (f: bigint, r: bigint, o: bigint) => (f + r + o === 0n ? 0n : (f * 10_000n) / (f + r + o));
    // The formula is MarketViewer's own, applied to the figures it holds …
    expect(record(registered.map((s) => [lower(s.prover), s.successRateBps]))).toEqual(
      record(registered.map((s) => [lower(s.prover), rate(s.lifetime.fulfilled, s.lifetime.refunded, s.overdue)])),
    );
    // … and to the whole history in the API.
    const expected = registered.map((s) => {
      const whole = sumCounts(s.perStatsEpoch);
      return [lower(s.prover), Number(rate(whole.fulfilled, whole.refunded, s.overdue))] as const;
    });
    expect(record(registered.map((s) => [lower(s.prover), listed.get(lower(s.prover))?.successRateBps ?? -1]))).toEqual(
      record(expected),
    );
  });
}
