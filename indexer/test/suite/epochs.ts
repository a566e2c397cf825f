import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** Foundation reward epochs against EpochRewards' RewardsSet and EpochRewardsSet logs and its schedule. */
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

  it("has every epoch's total over all its submissions, their number and its provers", () => {
    const { snapshot, logs } = get();
    const line = (amount: bigint, submissions: number, provers: number) =>
      `amount=${amount} submissions=${submissions} provers=${provers}`;
    const epochs = [...new Set(logs.epochRewardsSet.map((l) => l.epoch))];
    const expected = epochs.map((epoch) => {
      const submissions = logs.epochRewardsSet.filter((l) => l.epoch === epoch);
      const own = logs.rewardsSet.filter((l) => l.epoch === epoch);
      const total = submissions.at(-1)?.epochTotal ?? 0n;
      // The contract's own figures must agree (each submission's sum, the running total, the
      // per-prover logs), or the comparison is moot.
      const summed = submissions.reduce((sum, l) => sum + l.newAmount, 0n);
      const perProver = own.reduce((sum, l) => sum + l.amount, 0n);
      if (summed !== total || perProver !== total) {
        throw new Error(`Epoch ${epoch}: submissions add up to ${summed}, RewardsSet to ${perProver}, total ${total}.`);
      }
      return [String(epoch), line(total, submissions.length, own.length)] as const;
    });
    expect(logs.epochRewardsSet.length).toBeGreaterThan(epochs.length);
    expect(
      record(
        snapshot
          .rows("reward_epoch")
          .map((row) => [
            String(num(row, "epoch")),
            line(big(row, "amount"), num(row, "submissions"), num(row, "provers")),
          ]),
      ),
    ).toEqual(record(expected));
  });

  it("serves each epoch's window as the schedule in force computes it, and the running total", () => {
    const { api, epochWindows } = get();
    expect(
      record(
        api.epochs.items.map((item) => [
          String(item.epoch),
          [String(item.window?.startsAt), String(item.window?.endsAt)],
        ]),
      ),
    ).toEqual(
      record(
        [...epochWindows.entries()].map(([epoch, window]) => [
          String(epoch),
          [String(window.startsAt), String(window.endsAt)],
        ]),
      ),
    );
    const oldestFirst = [...api.epochs.items].reverse();
    let total = 0n;
    expect(oldestFirst.map((item) => item.cumulative)).toEqual(oldestFirst.map((item) => (total += item.amount)));
  });
}
