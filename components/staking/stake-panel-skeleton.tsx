import { Card } from "../ui/card";
import { SkeletonBar } from "../ui/skeleton-bar";
import { STAKE_PANEL_BODY, STAKE_PANEL_DESCRIPTION, STAKE_PANEL_TITLE } from "./stake-panel-frame";

/** Holds the stake panel's place, at its size, while the wallet code loads. */
export function StakePanelSkeleton() {
  return (
    <Card title={STAKE_PANEL_TITLE} description={STAKE_PANEL_DESCRIPTION}>
      <div className={STAKE_PANEL_BODY} role="status" aria-label="Loading the stake panel">
        <div className="space-y-4">
          <SkeletonBar className="h-6 w-56" />
          <SkeletonBar className="h-4 w-40" />
          <SkeletonBar className="h-10 w-full" />
          <SkeletonBar className="h-10 w-full" />
        </div>
        <div className="space-y-4">
          <SkeletonBar className="h-4 w-48" />
          <SkeletonBar className="h-6 w-40" />
          <SkeletonBar className="h-4 w-48" />
          <SkeletonBar className="h-6 w-40" />
        </div>
      </div>
    </Card>
  );
}
