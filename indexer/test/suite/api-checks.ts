import { expect, it } from "vitest";
import { MIN_APY_VAULT_TOKENS } from "../../../lib/provers/apy-rule";
import { DEV_ACCOUNTS } from "../../../scripts/devnet/anvil.mjs";
import { downsample } from "../harness/downsample";
import { big, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** The HTTP API, read through the app's own client, against the chain the run froze. */
export function apiChecks(get: () => CleanRun) {
  it("lists every registered prover with the chain's vault totals, largest stake first", () => {
    const { api, provers: all } = get();
    // A retired prover left the controller's lists.
    const provers = all.filter((state) => state.state !== 0);
    const listed = api.proverList.items;
    expect(api.proverList.total).toBe(provers.length);
    expect(record(listed.map((item) => [lower(item.address), item.totalAssets]))).toEqual(
      record(provers.map((state) => [lower(state.prover), state.totalAssets])),
    );
    expect(record(listed.map((item) => [lower(item.address), item.sharePrice]))).toEqual(
      record(provers.map((state) => [lower(state.prover), state.sharePrice])),
    );
    const stakes = listed.map((item) => item.totalAssets);
    expect(stakes).toEqual([...stakes].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it("pages a staker's and a prover's events one and three at a time exactly as the largest pages list them", () => {
    const { api } = get();
    // Enough events for pages of one and three to end inside a block's logs: an epoch pays each of
    // the staker's provers in one transaction.
    expect(api.events.staker.whole.length).toBeGreaterThan(10);
    expect(api.events.prover.whole.length).toBeGreaterThan(3);
    for (const [whose, walk] of Object.entries(api.events)) {
      expect(new Set(walk.whole).size, whose).toBe(walk.whole.length);
      expect(walk.byOne, whose).toEqual(walk.whole);
      expect(walk.byThree, whose).toEqual(walk.whole);
    }
  });

  it("pages and sorts the directory as asked", () => {
    const { api } = get();
    const page = api.proverPage;
    expect({ limit: page.limit, offset: page.offset, count: page.items.length }).toEqual({
      limit: 5,
      offset: 5,
      count: 5,
    });
    const stakers = page.items.map((item) => item.stakers);
    expect(stakers).toEqual([...stakers].sort((a, b) => a - b));
  });

  it("gives network totals as the controller and StakingViewer count them, naming vault assets and pending unstakes apart", () => {
    const { api, network, provers } = get();
    const holders = new Set(provers.flatMap((state) => state.holders.map(lower)));
    const { totals } = api.network;
    expect({
      tvl: totals.tvl,
      pendingUnstake: totals.pendingUnstake,
      slashableAssets: totals.slashableAssets,
      provers: totals.provers,
      activeProvers: totals.activeProvers,
      stakers: totals.stakers,
      stakerPositions: totals.stakerPositions,
    }).toEqual({
      tvl: network.totalAssets,
      pendingUnstake: network.pendingUnstake,
      slashableAssets: provers.reduce((total, state) => total + state.slashableAssets, 0n),
      provers: Number(network.provers),
      activeProvers: Number(network.activeProvers),
      stakers: holders.size,
      stakerPositions: Number(network.stakerPositions),
    });
    expect(totals.pendingUnstake).toBeGreaterThan(0n);
    expect(api.network.daily).toHaveLength(30);
  });

  it("serves each prover's vault and pending-unstake figures apart, with the vault's share decimals", () => {
    const { api, provers } = get();
    const line = (decimals: number, assets: bigint, pending: bigint, slashable: bigint, scale: bigint) =>
      `decimals=${decimals} vault=${assets} pending=${pending} slashable=${slashable} scale=${scale}`;
    expect(
      record(
        api.proverList.items.map((item) => [
          lower(item.address),
          line(
            item.shareDecimals,
            item.totalAssets,
            item.pendingUnstake,
            item.slashableAssets,
            BigInt(item.slashingScaleBps),
          ),
        ]),
      ),
    ).toEqual(
      record(
        provers
          .filter((state) => state.state !== 0)
          .map((state) => [
            lower(state.prover),
            line(
              state.shareDecimals,
              state.totalAssets,
              state.pendingUnstake,
              state.slashableAssets,
              state.slashingScale,
            ),
          ]),
      ),
    );
  });

  it("counts market fees after the protocol fee, as the market's totalFees", () => {
    const { api, network } = get();
    const fees = network.globalPerStatsEpoch.reduce((total, epoch) => total + epoch.totalFees, 0n);
    expect({ fees: api.network.market.fees, statsEpoch: api.network.market.statsEpoch }).toEqual({
      fees,
      statsEpoch: network.globalPerStatsEpoch.length - 1,
    });
  });

  it("keeps a retired prover out of the directory and serves it as retired", () => {
    const { api, logs } = get();
    expect(logs.proverRetired.length).toBeGreaterThan(0);
    const listed = new Set(api.proverList.items.map((item) => lower(item.address)));
    expect(logs.proverRetired.filter((log) => listed.has(lower(log.prover)))).toEqual([]);
    expect(api.retired.map((detail) => ({ state: detail.prover.state, retired: detail.prover.retired }))).toEqual(
      logs.proverRetired.map(() => ({ state: 0, retired: true })),
    );
  });

  it("values the dev account's positions at the chain's shares", () => {
    const { api, positions } = get();
    const dev = lower(DEV_ACCOUNTS[0] as string);
    const onChain = positions.filter((entry) => lower(entry.staker) === dev && entry.shares > 0n);
    expect(onChain.length).toBeGreaterThan(0);
    expect(record(api.staker.positions.filter((p) => p.shares > 0n).map((p) => [lower(p.prover), p.shares]))).toEqual(
      record(onChain.map((entry) => [lower(entry.prover), entry.shares])),
    );
    expect(api.history.total).toBeGreaterThan(0);
  });

  it("lists the dev account's reward parts in its history, adding up to its earnings by source", () => {
    const { api } = get();
    const since = api.staker.asOf - 30 * 86_400;
    const sums = { market: 0n, epoch: 0n, other: 0n };
    for (const item of api.history.items) {
      if (item.kind === "reward" && item.source && item.timestamp > since) sums[item.source] += item.amount;
    }
    expect(api.history.items).toHaveLength(api.history.total);
    expect(sums.market + sums.epoch).toBeGreaterThan(0n);
    expect(sums).toEqual(api.staker.earnings30d);
  });

  it("pages the dev account's history by cursor, newest first, every row once", () => {
    const { api } = get();
    const order = api.history.items.map((item) => item.blockNumber);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(api.history.pages, "its history spans several pages, so the cursor is walked").toBeGreaterThan(1);
    expect(api.history.items, "every row once: a row read twice or skipped changes the count").toHaveLength(
      api.history.total,
    );
    const names = new Map(api.proverList.items.map((item) => [lower(item.address), item.name]));
    const named = api.history.items.filter((item) => names.has(lower(item.prover)));
    expect(named.length).toBeGreaterThan(0);
    for (const item of named) expect(item.proverName).toBe(names.get(lower(item.prover)));
  });

  it("answers random and hostile requests to every route with data or a 400/404 in words, never a 500 or silence", () => {
    const { fuzz } = get();
    expect(fuzz.routes).toEqual(
      expect.arrayContaining([
        "/v1/network",
        "/v1/provers",
        "/v1/provers/:address",
        "/v1/provers/:address/series",
        "/v1/stakers/:address/history",
        "/v1/programs/:vk/auctions",
        "/v1/epochs",
      ]),
    );
    expect(fuzz.requests).toBeGreaterThanOrEqual(fuzz.routes.length * 40);
    expect(fuzz.failures).toEqual([]);
  });

  it("counts requests and epochs as the logs do", () => {
    const { api, logs } = get();
    // Several submissions may set one epoch: its amount is the total after the last of them.
    const totals = new Map(logs.epochRewardsSet.map((entry) => [entry.epoch, entry.epochTotal]));
    expect(api.epochs.items.map((item) => [item.epoch, item.amount.toString()])).toEqual(
      [...totals.entries()].reverse().map(([epoch, total]) => [epoch, total.toString()]),
    );
    expect(api.fulfilled.total).toBeGreaterThan(0);
    expect(api.requests.total).toBeGreaterThanOrEqual(api.fulfilled.total);
  });

  it("ends a prover's share-price series at the chain's share price", () => {
    const { api, provers } = get();
    const chainPrice = provers.find((state) => lower(state.prover) === lower(api.prover.prover.address))?.sharePrice;
    expect(api.series.sharePrice.at(-1)?.sharePrice).toBe(chainPrice);
    const times = api.series.sharePrice.map((point) => point.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("picks a series' points by time bucket as downsampling every snapshot would, at any bound", () => {
    const { api, snapshot } = get();
    const address = lower(api.prover.prover.address);
    const from = BigInt(api.series.from);
    const ofProver = snapshot
      .rows("vault_snapshot")
      .filter((row) => text(row, "prover") === address)
      .map((row) => ({
        block: big(row, "block_number"),
        logIndex: big(row, "log_index"),
        timestamp: big(row, "timestamp"),
        sharePrice: big(row, "share_price"),
      }))
      .sort((a, b) => (a.block === b.block ? Number(a.logIndex - b.logIndex) : a.block < b.block ? -1 : 1));
    const start = ofProver.filter((row) => row.timestamp <= from).at(-1);
    const held = [...(start ? [start] : []), ...ofProver.filter((row) => row.timestamp > from)];
    const line = (point: { timestamp: bigint; sharePrice: bigint }) =>
      `${point.timestamp > from ? point.timestamp : from} ${point.sharePrice}`;
    for (const [series, max] of [
      [api.fewPoints, 5],
      [api.series, 400],
    ] as const) {
      expect(held.length).toBeGreaterThan(5);
      expect(series.sharePrice.map((point) => `${point.timestamp} ${point.sharePrice}`)).toEqual(
        downsample(held, max).map(line),
      );
    }
  });

  it("compares a prover's median fee per program with other provers' and times its proofs from the reveal's end", () => {
    const { api, snapshot, network } = get();
    const prover = lower(api.prover.prover.address);
    const fulfilled = snapshot.rows("request").filter((row) => text(row, "status") === "fulfilled");
    const lowerMiddle = (values: bigint[]) =>
      [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.floor((values.length - 1) / 2)] ?? null;
    const feesByVk = (rows: typeof fulfilled) => {
      const map = new Map<string, bigint[]>();
      for (const row of rows) map.set(text(row, "vk"), [...(map.get(text(row, "vk")) ?? []), big(row, "actual_fee")]);
      return map;
    };
    const own = feesByVk(fulfilled.filter((row) => text(row, "winner") === prover));
    const others = feesByVk(fulfilled.filter((row) => text(row, "winner") !== prover));
    const minimum = api.fees.minComparable;
    const expected = [...own.entries()]
      .sort(([vkA, a], [vkB, b]) => b.length - a.length || (vkA < vkB ? -1 : 1))
      .slice(0, 8)
      .map(([vk, fees]) => {
        const other = others.get(vk) ?? [];
        return {
          vk,
          own: { fulfilled: fees.length, medianFee: lowerMiddle(fees) },
          others: { fulfilled: other.length, medianFee: lowerMiddle(other) },
          comparable: fees.length >= minimum && other.length >= minimum,
        };
      });
    expect(minimum).toBeGreaterThan(1);
    expect(api.fees.programs).toEqual(expected);
    expect(expected.some((program) => program.comparable)).toBe(true);
    const phases = network.phases.bidding + network.phases.reveal;
    const delays = fulfilled
      .filter((row) => text(row, "winner") === prover)
      .map((row) => {
        const delay = big(row, "settled_at") - big(row, "created_at") - phases;
        return delay > 0n ? delay : 0n;
      });
    const median = lowerMiddle(delays);
    expect(api.fees.proofDelay).toEqual({ median: median === null ? null : Number(median), proofs: delays.length });
    expect(delays.length).toBeGreaterThan(0);
  });

  it("withholds an APY exactly for the rule's reasons, judged against the chain's vault totals", () => {
    const { api, provers, network } = get();
    const least = MIN_APY_VAULT_TOKENS * 10n ** BigInt(network.tokenDecimals);
    const chainAssets = new Map(provers.map((state) => [lower(state.prover), state]));
    const seen = { shown: 0, young: 0, small: 0 };
    for (const item of api.proverList.items) {
      const state = chainAssets.get(lower(item.address));
      if (!state) throw new Error(`${item.address} is listed but not on chain`);
      const age = BigInt(api.proverList.asOf - item.joinedAt);
      for (const [apy, days] of [
        [item.apy7d, 7],
        [item.apy30d, 30],
      ] as const) {
        const window = BigInt(days * 86_400);
        const where = `${item.address} over ${days} days`;
        if (!("withheld" in apy)) {
          seen.shown += 1;
          expect(state.totalAssets >= least && age >= window, where).toBe(true);
          continue;
        }
        if (apy.withheld === "young") seen.young += 1;
        if (apy.withheld === "small") seen.small += 1;
        if (age < window) expect(apy.withheld, where).toBe("young");
        else if (state.totalAssets < least) expect(apy.withheld, where).toBe("small");
        else expect(apy.withheld, `${where}: large and old enough now, so smaller earlier in the window`).toBe("small");
      }
    }
    expect(
      Math.min(seen.shown, seen.young, seen.small),
      `the seed has rates shown, and withheld for young and for small vaults: ${JSON.stringify(seen)}`,
    ).toBeGreaterThan(0);
  });

  it("refuses bad parameters with 400 and a sentence, and an unknown prover with 404", () => {
    const { refusals } = get().api;
    expect(refusals.hugeLimit).toEqual({ status: 400, message: "limit must be between 1 and 100" });
    expect(refusals.badAddress).toMatchObject({ status: 400, message: expect.stringContaining("is not an address") });
    expect(refusals.unknownWindow).toEqual({ status: 400, message: "window must be one of 7d, 30d, 90d, all" });
    expect(refusals.badSort).toMatchObject({ status: 400, message: expect.stringContaining("sort must be one of") });
    expect(refusals.unknownProver).toMatchObject({ status: 404 });
  });
}
