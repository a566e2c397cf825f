import { BoundStakeBar } from "@/components/provers/bound-stake-bar";
import { servableShare } from "@/lib/prover-console/capacity";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./health-panel";

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
        {share && share.total > 0 ? (
          <p className="text-muted text-sm" data-testid="servable-share">
            Of the market's last {share.total} requests, you could serve {share.servable} (
            {Math.round((share.servable * 100) / share.total)} %) at your capacity now.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
