import type { ReactNode } from "react";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Figure } from "./figure";
import { HealthVerdict } from "./health-verdict";

/** The verdict at the top of the console with the figures it rests on. */
export function HealthPanel({ model, fixAction }: { model: ConsoleModel; fixAction?: ReactNode }) {
  return (
    <HealthVerdict
      health={model.health}
      facts={model.healthFacts}
      obligations={model.obligations}
      readAt={model.now}
      terms={model.slashTerms}
      fixAction={fixAction}
    >
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Figure label="Own stake">
          <Amount wei={model.selfStake} testId="self-stake" />
        </Figure>
        <Figure label="Minimum self-stake">
          <Amount wei={model.rules.minSelfStake} />
        </Figure>
        <Figure label="Slashing scale">
          <span data-testid="slashing-scale">{Number(model.slashingScale) / 100} %</span>
        </Figure>
        <Figure label="Deactivation line">{Number(model.rules.deactivationScale) / 100} %</Figure>
      </dl>
    </HealthVerdict>
  );
}
