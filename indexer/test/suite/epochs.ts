import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** Foundation reward epochs against EpochRewards' RewardsSet and EpochRewardsSet logs. */
export function epochChecks(get: () => CleanRun) {
  it("has every epoch's per-prover rewards as its RewardsSet logs", () => {
    const { snapshot, logs } = get();
    expect(logs.rewardsSet.length).toBeGreaterThan(0);
    expect(
      record(
        snapshot
          .rows("epoch_prover_reward")
          .map((row) => [`${num(row, "epoch")}/${text(row, "prover")}`, big(row, "amount")]),
      ),
    ).toEqual(record(logs.rewardsSet.map((l) => [`${l.epoch}/${lower(l.prover)}`, l.amount])));
  });

  it("has every epoch's total, prover count and running total as the RewardsSet sums", () => {
    const { snapshot, logs } = get();
    const line = (amount: bigint, provers: number, cumulative: bigint) =>
      `amount=${amount} provers=${provers} cumulative=${cumulative}`;
    const expected = logs.epochRewardsSet.map((set) => {
      const own = logs.rewardsSet.filter((l) => l.epoch === set.epoch);
      const sum = own.reduce((total, l) => total + l.amount, 0n);
      // The contract's own total must agree with its per-prover logs, or the comparison is moot.
      if (sum !== set.newAmount) throw new Error(`Epoch ${set.epoch}: RewardsSet sum ${sum} ≠ ${set.newAmount}.`);
      return [String(set.epoch), line(sum, own.length, set.cumulative)] as const;
    });
    expect(
      record(
        snapshot
          .rows("reward_epoch")
          .map((row) => [
            String(num(row, "epoch")),
            line(big(row, "amount"), num(row, "provers"), big(row, "cumulative")),
          ]),
      ),
    ).toEqual(record(expected));
  });
}
