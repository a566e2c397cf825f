import type { ReactNode } from "react";
import { ProverIcon } from "@/components/provers/prover-icon";
import { StateBadge } from "@/components/provers/state-badge";
import type { Deployment } from "@/lib/contracts/addresses";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { CapacityPanel } from "./capacity-panel";
import { CommissionPanel } from "./commission-panel";
import { HealthPanel } from "./health-panel";
import { ObligationsPanel } from "./obligations-panel";
import { PerformancePanel } from "./performance-panel";
import { StakersPanel } from "./stakers-panel";

/** Where the console puts its write controls: the connected prover gets forms, everyone else a note. */
export type ConsoleActions = {
  fix?: ReactNode;
  claim?: ReactNode;
  commission?: ReactNode;
  selfStake?: ReactNode;
  submitters?: ReactNode;
  lifecycle?: ReactNode;
};

/**
 * The console for one prover, from one read of the chain. Pure: the server renders it for watch
 * mode (numbers in the first HTML) and the connected console renders it in the browser.
 */
export function ConsoleView({
  model,
  contracts,
  actions,
  recentMinStakes,
}: {
  model: ConsoleModel;
  contracts: Deployment["contracts"];
  actions: ConsoleActions;
  recentMinStakes?: bigint[];
}) {
  return (
    <div className="space-y-6" data-testid="prover-console" data-prover={model.prover}>
      <header className="flex flex-wrap items-center gap-4">
        <ProverIcon name={model.name} iconUrl={model.iconUrl} address={model.prover} size={48} />
        <div className="min-w-0 flex-1">
          <p className="break-words font-semibold text-ink text-xl" data-testid="console-prover-name">
            {model.name || "Unnamed prover"}
          </p>
          <p className="break-all font-mono text-muted text-xs">{model.prover}</p>
        </div>
        <StateBadge state={model.state} />
      </header>
      <HealthPanel model={model} fixAction={actions.fix} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <CapacityPanel model={model} recentMinStakes={recentMinStakes} />
        <ObligationsPanel obligations={model.obligations} now={model.now} terms={model.slashTerms} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <CommissionPanel
          model={model}
          contracts={contracts}
          claimAction={actions.claim}
          editAction={actions.commission}
        />
        <StakersPanel model={model} />
      </div>
      <PerformancePanel model={model} />
      {actions.selfStake || actions.submitters || actions.lifecycle ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {actions.selfStake}
          {actions.submitters}
          {actions.lifecycle}
        </div>
      ) : null}
    </div>
  );
}
