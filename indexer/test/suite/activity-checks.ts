import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower } from "./compare";

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
    const kinds = run.snapshot
      .rows("stake_event")
      .filter((row) => text(row, "tx_hash") === lower(txHash))
      .map((row) => `${text(row, "kind")} ${text(row, "staker")} ${big(row, "shares")}`)
      .sort();
    expect(kinds).toEqual([`transfer_in ${lower(to)} ${shares}`, `transfer_out ${lower(from)} ${shares}`]);
  });

  it("counts a prover's repeated bid on one request once, as the market does", () => {
    const run = get();
    const { prover, reqid } = run.activity.rebid;
    const request = run.snapshot.byKey("request", "reqid").get(lower(reqid));
    expect(request && num(request, "bids")).toBe(1);
    expect(big(proverRow(run, prover), "bids")).toBe(chainState(run, prover).bids);
  });
}
