import { expect, it } from "vitest";
import { auctionsFromLogs } from "../../../e2e/support/market-auctions";
import { brevisMarketAbi } from "../../../lib/contracts/generated";
import { REQUEST_PHASES, requestPhase } from "../../../lib/market/phase";
import { required } from "../harness/chain";
import type { CleanRun } from "./clean-run";
import { lower } from "./compare";

const isoDay = (timestamp: bigint) => new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);

/** Every request as its logs have it, with its bidders (the market's bidCount) and its phase at the API's time. */
async function chainRequests(run: CleanRun) {
  const { chain, logs, api } = run;
  const market = required(chain.deployment, "BrevisMarket");
  const [auctions, bids] = await Promise.all([
    auctionsFromLogs(chain.client, market, logs.head),
    chain.client.getContractEvents({
      address: market,
      abi: brevisMarketAbi,
      eventName: "NewBid",
      fromBlock: 0n,
      toBlock: logs.head,
      strict: true,
    }),
  ]);
  const bidders = new Map<string, Set<string>>();
  for (const log of bids) {
    const key = lower(log.args.reqid);
    bidders.set(key, (bidders.get(key) ?? new Set()).add(lower(log.args.prover)));
  }
  const now = BigInt(api.market.all.asOf);
  return auctions.map((auction) => {
    const count = bidders.get(lower(auction.reqid))?.size ?? 0;
    return { ...auction, bids: count, phase: requestPhase({ ...auction, bids: count }, run.network.phases, now) };
  });
}

/** /market and /market/<reqid>: the list by keyset pages, each request's live phase, the fee flow and the stats epochs. */
export function marketPageChecks(get: () => CleanRun) {
  it("pages every request exactly once, newest first, by following nextCursor", async () => {
    const run = get();
    const { all } = run.api.market;
    const expected = (await chainRequests(run)).sort((a, b) =>
      a.createdAt !== b.createdAt ? Number(b.createdAt - a.createdAt) : lower(b.reqid).localeCompare(lower(a.reqid)),
    );
    expect(all.pages, "more than one page, so the cursor is exercised").toBeGreaterThan(1);
    expect(all.total).toBe(expected.length);
    expect(all.items.map((item) => lower(item.reqid))).toEqual(expected.map((auction) => lower(auction.reqid)));
  });

  it("serves each request's phase by the shared rule at its time, and each phase filter finds exactly those", async () => {
    const run = get();
    const expected = await chainRequests(run);
    const { all, byPhase } = run.api.market;
    const byId = new Map(expected.map((auction) => [lower(auction.reqid), auction.phase]));
    expect(Object.fromEntries(all.items.map((item) => [lower(item.reqid), item.phase]))).toEqual(
      Object.fromEntries(byId),
    );
    for (const phase of REQUEST_PHASES) {
      const found = (byPhase[phase]?.items ?? []).map((item) => lower(item.reqid)).sort();
      const wanted = expected
        .filter((auction) => auction.phase === phase)
        .map((auction) => lower(auction.reqid))
        .sort();
      expect(found, `phase=${phase}`).toEqual(wanted);
      expect(run.api.market.summary.phaseCounts[phase], `count of ${phase}`).toBe(wanted.length);
    }
    for (const phase of ["overdue", "fulfilled", "refunded", "slashed"] as const) {
      expect(byPhase[phase]?.total, `the seed and the live scenarios leave requests ${phase}`).toBeGreaterThan(0);
    }
  });

  it("sums fees by day to the market's RewardsAdded, day by day, and the protocol fee to its cumulativeProtocolFee", async () => {
    const run = get();
    const { chain, logs, api } = run;
    const market = required(chain.deployment, "BrevisMarket");
    const fromMarket = logs.rewardsAdded.filter((log) => lower(log.source) === lower(market));
    const blocks = [...new Set(fromMarket.map((log) => log.block))];
    const times = new Map(
      await Promise.all(
        blocks.map(
          async (blockNumber) => [blockNumber, (await chain.client.getBlock({ blockNumber })).timestamp] as const,
        ),
      ),
    );
    const byDay = new Map<string, bigint>();
    for (const log of fromMarket) {
      const day = isoDay(times.get(log.block) ?? 0n);
      byDay.set(day, (byDay.get(day) ?? 0n) + log.amount);
    }
    const served = api.market.summary.feesDaily;
    expect(
      Object.fromEntries(served.filter((day) => day.proverRewards > 0n).map((day) => [day.day, day.proverRewards])),
    ).toEqual(Object.fromEntries(byDay));
    const cumulative = await chain.client.readContract({
      address: market,
      abi: brevisMarketAbi,
      functionName: "cumulativeProtocolFee",
      blockNumber: logs.head,
    });
    expect(cumulative).toBeGreaterThan(0n);
    expect(served.reduce((sum, day) => sum + day.protocolFee, 0n)).toBe(cumulative);
    expect(api.market.summary.totals.protocolFee).toBe(cumulative);
    expect(api.market.summary.totals.proverRewards).toBe(fromMarket.reduce((sum, log) => sum + log.amount, 0n));
  });

  it("serves the market's stats epochs with its own counters in each", () => {
    const run = get();
    const { statsEpochs } = run.api.market.summary;
    const onChain = run.network.globalPerStatsEpoch;
    expect(statsEpochs.current).toBe(onChain.length - 1);
    const served = new Map(statsEpochs.items.map((epoch) => [epoch.id, epoch]));
    onChain.forEach((stats, id) => {
      expect(served.get(id), `stats epoch ${id}`).toEqual({
        id,
        startAt: Number(stats.startAt),
        endAt: stats.endAt === 0n ? null : Number(stats.endAt),
        requests: Number(stats.totalRequests),
        fulfilled: Number(stats.totalFulfilled),
        fees: stats.totalFees,
      });
    });
  });

  it("tells a request's story: every bid and reveal in order, the slash as the controller took it", async () => {
    const run = get();
    const { chain, logs } = run;
    const market = required(chain.deployment, "BrevisMarket");
    for (const story of run.api.market.stories) {
      const { reqid } = story.request;
      const range = { address: market, abi: brevisMarketAbi, fromBlock: 0n, toBlock: logs.head, strict: true } as const;
      const [bids, reveals] = await Promise.all([
        chain.client.getContractEvents({ ...range, eventName: "NewBid", args: { reqid: reqid as `0x${string}` } }),
        chain.client.getContractEvents({ ...range, eventName: "BidRevealed", args: { reqid: reqid as `0x${string}` } }),
      ]);
      const expected = [...bids, ...reveals]
        .sort((a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex)
        .map((log) =>
          log.eventName === "NewBid"
            ? `bid ${lower(log.args.prover)} ${log.args.bidHash}`
            : `reveal ${lower(log.args.prover)} ${log.args.fee}`,
        );
      expect(
        story.events.map((event) =>
          event.kind === "bid"
            ? `bid ${lower(event.prover)} ${event.bidHash}`
            : `reveal ${lower(event.prover)} ${event.fee}`,
        ),
      ).toEqual(expected);
    }
    // The market's ProverSlashed says what it asked; the controller's, in the same transaction, what it took.
    const [slashed] = run.api.market.stories;
    const [asked] = await chain.client.getContractEvents({
      address: market,
      abi: brevisMarketAbi,
      eventName: "ProverSlashed",
      args: { reqid: slashed?.request.reqid as `0x${string}` },
      fromBlock: 0n,
      toBlock: logs.head,
      strict: true,
    });
    const taken = logs.proverSlashed.find((log) => log.txHash === asked?.transactionHash);
    expect(slashed?.slash).toMatchObject({ requested: asked?.args.slashAmount, taken: taken?.amount });
  });

  it("refuses a page past 100, a cursor it did not give, an unknown phase and an unknown request in plain words", () => {
    const { refusals } = get().api.market;
    expect(refusals.hugePage).toEqual({ status: 400, message: "limit must be between 1 and 100" });
    expect(refusals.badCursor).toEqual({ status: 400, message: "cursor must be the nextCursor of the page before" });
    expect(refusals.badPhase).toMatchObject({ status: 400 });
    expect(refusals.unknownRequest).toEqual({ status: 404, message: `No request 0x${"ab".repeat(32)} is indexed.` });
  });
}
