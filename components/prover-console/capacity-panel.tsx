import { BoundStakeBar } from "@/components/provers/bound-stake-bar";
import { minStakeBuckets, servableShare } from "@/lib/prover-console/capacity";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./figure";

/** Vault assets, bound against free, and the largest request the prover can still win. */
export function CapacityPanel({ model, recentMinStakes }: { model: ConsoleModel; recentMinStakes?: bigint[] }) {
  const capacity = model.capacity;
  if (!capacity) {
    return (
      <Card title="Capacity">
        <p className="text-muted text-sm">This network has no market configured.</p>
      </Card>
    );
  }
  const share = recentMinStakes ? servableShare(recentMinStakes, capacity.winnable) : null;
  return (
    <Card
      title="Capacity"
      description="The market lets you win a request while your vault covers its minimum stake plus a reserve on what is already bound."
    >
      <div className="space-y-4">
        <p className="text-ink text-sm" data-testid="largest-winnable">
          {capacity.winnable === null ? (
            <>You can win no request while {model.health.state}.</>
          ) : (
            <>
              You can still win requests with a minimum stake up to{" "}
              <span className="font-semibold">
                <Amount wei={capacity.winnable} testId="winnable-amount" />
              </span>
              .
            </>
          )}
        </p>
        <BoundStakeBar bound={capacity.bound} total={capacity.vaultAssets} />
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <Figure label="Vault assets">
            <Amount wei={capacity.vaultAssets} testId="vault-assets" />
          </Figure>
          <Figure label="Bound (held requests)">
            <Amount wei={capacity.bound} testId="bound-stake" />
          </Figure>
          <Figure label="Free">
            <Amount wei={capacity.free} />
          </Figure>
          <Figure label="Overcommit reserve">
            <Amount wei={capacity.overcommitReserve} />
          </Figure>
        </dl>
        {share && recentMinStakes && share.total > 0 ? (
          <div className="space-y-2">
            <p className="text-muted text-sm" data-testid="servable-share">
              Of the market's last {share.total} requests, you could serve {share.servable} (
              {Math.round((share.servable * 100) / share.total)} %) at your capacity now.
            </p>
            <ul className="space-y-1 text-xs" aria-label="Recent requests by minimum stake">
              {minStakeBuckets(recentMinStakes, capacity.winnable).map((bucket) => (
                <li key={bucket.from.toString()} className="flex items-center gap-2">
                  <span className="w-28 shrink-0 tabular-nums">
                    from <Amount wei={bucket.from} compact />
                  </span>
                  <span className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-line/50">
                    <span
                      className={`block h-full rounded-full ${bucket.servable ? "bg-success" : "bg-muted/60"}`}
                      style={{ width: `${(bucket.count * 100) / share.total}%` }}
                    />
                  </span>
                  <span className="w-8 shrink-0 text-right tabular-nums">{bucket.count}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
