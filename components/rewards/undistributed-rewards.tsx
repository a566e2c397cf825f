import type { Address } from "viem";
import type { EpochFacts } from "@/lib/chain/epoch-facts";
import { ProverLink } from "../provers/prover-link";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";

/**
 * Rewards the foundation has set but not yet paid into the vaults, per prover, as the reward
 * contract reports them now: staked shares earn them only once they are distributed.
 */
export function UndistributedRewards({ facts, names }: { facts: EpochFacts; names: ReadonlyMap<Address, string> }) {
  if (facts.status === "unavailable") {
    return (
      <Card title="Set, not yet distributed">
        <p className="text-muted text-sm" data-testid="undistributed-unavailable">
          {facts.reason}
        </p>
      </Card>
    );
  }
  const total = facts.distributable.reduce((sum, entry) => sum + entry.total, 0n);
  const range = facts.range ? `epochs ${facts.range.from} to ${facts.range.to}` : "any epoch";
  return (
    <Card
      title="Set, not yet distributed"
      description={
        <>
          Set for {range} but not yet paid into the vaults: <Amount wei={total} compact testId="undistributed-total" />.
          Vault shares gain them only when they are distributed.
        </>
      }
    >
      {facts.distributable.length === 0 ? (
        <p className="text-muted text-sm">Every reward that was set has been distributed.</p>
      ) : (
        <ul className="divide-y divide-line text-sm" data-testid="undistributed">
          {facts.distributable.map((entry) => (
            <li key={entry.prover} className="flex flex-wrap justify-between gap-x-3 gap-y-1 py-2">
              <span className="min-w-0">
                <ProverLink address={entry.prover} name={names.get(entry.prover) ?? ""} />{" "}
                <span className="text-muted text-xs">
                  epoch{entry.epochs.length === 1 ? "" : "s"} {entry.epochs.join(", ")}
                </span>
              </span>
              <Amount wei={entry.total} compact />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
