import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower } from "./compare";
import { positionChanges } from "./events";

/** Focused checks of the live scenarios; the table-wide checks cover them as well. */
export function activityChecks(get: () => CleanRun) {
  const proverRow = (run: CleanRun, prover: string) => {
    const row = run.snapshot.byKey("prover", "address").get(lower(prover));
    if (!row) throw new Error(`No prover row for ${prover}.`);
    return row;
  };
  const chainState = (run: CleanRun, prover: string) => {
    const state = run.provers.find((s) => lower(s.prover) === lower(prover));
    if (!state) throw new Error(`No chain state for ${prover}.`);
    return state;
  };

  it("prices a vault that received a plain BREV transfer as the vault does", () => {
    const run = get();
    const { prover, amount } = run.activity.donation;
    const row = proverRow(run, prover);
    const state = chainState(run, prover);
    expect({
      totalAssets: big(row, "total_assets").toString(),
      sharePrice: big(row, "share_price").toString(),
    }).toEqual({
      totalAssets: state.totalAssets.toString(),
      sharePrice: state.sharePrice.toString(),
    });
    expect(amount).toBeGreaterThan(0n);
  });

  it("moves vault shares between holders, opening the receiver's position", () => {
    const run = get();
    const { prover, from, to, shares, txHash } = run.activity.shareTransfer;
    const positions = run.snapshot.byKey("position", "prover", "staker");
    const sharesOf = (staker: string) => {
      const row = positions.get(`${lower(prover)}/${lower(staker)}`);
      return row ? big(row, "shares") : null;
    };
    const onChain = (staker: string) =>
      run.positions.find((p) => lower(p.prover) === lower(prover) && lower(p.staker) === lower(staker))?.shares ?? null;
    expect({ from: sharesOf(from), to: sharesOf(to) }).toEqual({ from: onChain(from), to: onChain(to) });
    expect(sharesOf(to)).toBe(shares);
    const kinds = positionChanges(run.snapshot)
      .filter((row) => text(row, "tx_hash") === lower(txHash))
      .map((row) => `${text(row, "kind")} ${text(row, "staker")} ${big(row, "shares")}`)
      .sort();
    expect(kinds).toEqual([`transfer_in ${lower(to)} ${shares}`, `transfer_out ${lower(from)} ${shares}`]);
  });

  it("moves a position without Staked: the receiver becomes a staker of the prover", () => {
    const run = get();
    const { prover, to, txHash } = run.activity.shareTransfer;
    expect(run.logs.staked.filter((l) => l.txHash === txHash)).toEqual([]);
    const holders = run.provers.find((s) => lower(s.prover) === lower(prover))?.holders.map(lower) ?? [];
    expect(holders).toContain(lower(to));
    const staker = run.snapshot.byKey("staker", "address").get(lower(to));
    expect(staker && num(staker, "open_positions")).toBe(1);
  });

  it("counts a replaced bid once per request and twice in the prover's stats, and a bid revealed twice as winner and runner-up", () => {
    const run = get();
    const { prover, reqid, fee } = run.activity.auction;
    const request = run.snapshot.byKey("request", "reqid").get(lower(reqid));
    if (!request) throw new Error(`The auction's request ${reqid} was not indexed.`);
    const chain = run.auctionRequest;
    expect({
      bids: num(request, "bids"),
      reveals: num(request, "reveals"),
      winner: text(request, "winner"),
      winnerFee: big(request, "winner_fee"),
      second: text(request, "second_place"),
      secondFee: big(request, "second_fee"),
    }).toEqual({
      bids: 1,
      reveals: 1,
      winner: lower(chain.winner),
      winnerFee: chain.winnerFee,
      second: lower(chain.second),
      secondFee: chain.secondFee,
    });
    expect({ winner: lower(chain.winner), second: lower(chain.second), fee: chain.winnerFee }).toEqual({
      winner: lower(prover),
      second: lower(prover),
      fee,
    });
    const stats = run.snapshot.byKey("prover_stats", "prover", "stats_epoch");
    const current = run.network.globalPerStatsEpoch.length - 1;
    const row = stats.get(`${lower(prover)}/${current}`);
    const chainStats = chainState(run, prover).perStatsEpoch[current];
    expect(row && { bids: big(row, "bids"), reveals: big(row, "reveals") }).toEqual({
      bids: chainStats?.bids,
      reveals: chainStats?.reveals,
    });
    expect((chainStats?.bids ?? 0n) >= 2n && (chainStats?.reveals ?? 0n) >= 2n).toBe(true);
  });

  it("serves the auction's request as overdue, its phase ends under the lengths set after it", () => {
    const run = get();
    const { reqid } = run.activity.auction;
    const served = run.api.auctionWinnerRequests.items.find((item) => lower(item.reqid) === lower(reqid));
    const { phases } = run.network;
    expect(phases).toEqual(run.activity.phases);
    expect(served && { phase: served.phase, biddingEnd: served.biddingEnd, revealEnd: served.revealEnd }).toEqual({
      phase: "overdue",
      biddingEnd: Number(run.auctionRequest.createdAt + phases.bidding),
      revealEnd: Number(run.auctionRequest.createdAt + phases.bidding + phases.reveal),
    });
  });
}
