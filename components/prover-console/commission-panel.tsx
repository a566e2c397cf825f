import { type Address, zeroAddress } from "viem";
import type { Deployment } from "@/lib/contracts/addresses";
import { formatBps } from "@/lib/format/percent";
import { SOURCE_LABEL } from "@/lib/format/source";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";

/** A commission source in words: the market, the foundation's epoch rewards, or the address itself. */
export function sourceLabel(source: Address, contracts: Deployment["contracts"]): string {
  if (source === zeroAddress) return "Default rate";
  if (source === contracts.BrevisMarket) return SOURCE_LABEL.market;
  if (source === contracts.EpochRewards) return SOURCE_LABEL.epoch;
  return source;
}

/** Commission waiting to be claimed and the rates in force now, default first. */
export function CommissionPanel({
  model,
  contracts,
  claimAction,
  editAction,
}: {
  model: ConsoleModel;
  contracts: Deployment["contracts"];
  claimAction?: React.ReactNode;
  editAction?: React.ReactNode;
}) {
  return (
    <Card title="Commission" description="Your share of every reward, per source; the rest goes to your stakers.">
      <div className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <p className="text-muted text-xs">Pending commission</p>
            <p className="font-semibold text-ink text-xl">
              <Amount wei={model.pendingCommission} testId="pending-commission" />
            </p>
          </div>
          {claimAction}
        </div>
        <ul className="divide-y divide-line text-sm" data-testid="commission-rates">
          {model.commissionRates.map((entry) => (
            <li key={entry.source} className="flex justify-between gap-3 py-1.5" data-source={entry.source}>
              <span className="min-w-0 break-all">{sourceLabel(entry.source, contracts)}</span>
              <span className="shrink-0 font-medium tabular-nums" data-testid="commission-rate">
                {formatBps(entry.rate)}
              </span>
            </li>
          ))}
        </ul>
        {editAction}
      </div>
    </Card>
  );
}
