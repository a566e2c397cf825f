import { Card } from "../ui/card";
import { STAKE_PANEL_BODY, STAKE_PANEL_DESCRIPTION, STAKE_PANEL_TITLE } from "./stake-panel-frame";

function Bar({ className }: { className: string }) {
  return <span className={`block animate-pulse rounded bg-line ${className}`} />;
}

/** Holds the stake panel's place, at its size, while the wallet code loads. */
export function StakePanelSkeleton() {
  return (
    <Card title={STAKE_PANEL_TITLE} description={STAKE_PANEL_DESCRIPTION}>
      <div className={STAKE_PANEL_BODY} role="status" aria-label="Loading the stake panel">
        <div className="space-y-4">
          <Bar className="h-6 w-56" />
          <Bar className="h-4 w-40" />
          <Bar className="h-10 w-full" />
          <Bar className="h-10 w-full" />
        </div>
        <div className="space-y-4">
          <Bar className="h-4 w-48" />
          <Bar className="h-6 w-40" />
          <Bar className="h-4 w-48" />
          <Bar className="h-6 w-40" />
        </div>
      </div>
    </Card>
  );
}
