import { expect, it } from "vitest";
import { auctionsFromLogs, type ChainAuction, latestClosedAuctions } from "../../../e2e/support/market-auctions";
import { required } from "../harness/chain";
import type { CleanRun } from "./clean-run";
import { lower } from "./compare";

type Comparable = Pick<ChainAuction, "status" | "maxFee" | "minStake" | "winnerFee" | "actualFee"> & {
  reqid: string;
  createdAt: bigint | number;
  deadline: bigint | number;
  winner: string | null;
  reveals: readonly { prover: string; fee: bigint }[];
};

/** One auction as a line of text, from the chain or the API alike: vitest shows which field of which request differs. */
function line(auction: Comparable): string {
  const reveals = auction.reveals
    .map((reveal) => `${lower(reveal.prover)}=${reveal.fee}`)
    .sort()
    .join(",");
  return [
    lower(auction.reqid),
    auction.status,
    `created=${auction.createdAt} deadline=${auction.deadline} maxFee=${auction.maxFee} minStake=${auction.minStake}`,
    `winner=${auction.winner ? lower(auction.winner) : null} winnerFee=${auction.winnerFee} actualFee=${auction.actualFee}`,
    `reveals=${reveals}`,
  ].join(" ");
}

async function chainAuctions(run: CleanRun) {
  const { chain, logs } = run;
  const [auctions, head] = await Promise.all([
    auctionsFromLogs(chain.client, required(chain.deployment, "BrevisMarket"), logs.head),
    chain.client.getBlock({ blockNumber: logs.head }),
  ]);
  return { auctions, now: head.timestamp };
}

/** The fee simulator's history: each program's auctions with their reveals, as the market's logs have them. */
export function auctionChecks(get: () => CleanRun) {
  it("lists every program the market has had requests for, with its count and latest request time", async () => {
    const run = get();
    const { auctions } = await chainAuctions(run);
    const expected = new Map<string, { requests: number; lastRequestAt: number }>();
    for (const auction of auctions) {
      const vk = lower(auction.vk);
      const seen = expected.get(vk);
      expected.set(vk, {
        requests: (seen?.requests ?? 0) + 1,
        lastRequestAt: Math.max(seen?.lastRequestAt ?? 0, Number(auction.createdAt)),
      });
    }
    const { programs } = run.api;
    expect(programs.total).toBe(expected.size);
    expect(Object.fromEntries(programs.items.map(({ vk, ...rest }) => [vk, rest]))).toEqual(
      Object.fromEntries(expected),
    );
    const times = programs.items.map((item) => item.lastRequestAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("serves a program's auctions whose reveal phase is over, newest first, with every revealed bid", async () => {
    const run = get();
    const { auctions, now } = await chainAuctions(run);
    const { api, network } = run;
    const expected = latestClosedAuctions(auctions, api.auctions.vk, now, network.phases, 500);
    expect(api.auctions.asOf).toBe(Number(now));
    expect(api.auctions.phases).toEqual({
      bidding: Number(network.phases.bidding),
      reveal: Number(network.phases.reveal),
    });
    expect(api.auctions.items.map(line)).toEqual(expected.map(line));
    expect(api.latestAuctions.items.map(line)).toEqual(expected.slice(0, 3).map(line));
    // The seed gives the busiest program real auctions: several provers revealing for one request.
    expect(expected.some((auction) => auction.reveals.length > 1)).toBe(true);
  });

  it("refuses a window past 500 and a malformed verifying key in plain words", () => {
    const { refusals } = get().api;
    expect(refusals.hugeAuctionLimit).toEqual({ status: 400, message: "limit must be between 1 and 500" });
    expect(refusals.badVk).toEqual({
      status: 400,
      message: "vk must be a program's verification key: 0x and 64 hex digits",
    });
  });
}
