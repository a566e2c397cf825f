import { Card } from "../ui/card";
import { SkeletonBar } from "../ui/skeleton-bar";

/** Holds the bid settings' place while the wallet code and the account's role load. */
export function BidSettingsSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading the bid settings">
      <Card>
        <div className="space-y-3">
          <SkeletonBar className="h-6 w-48" />
          <SkeletonBar className="h-4 w-full" />
          <SkeletonBar className="h-4 w-2/3" />
        </div>
      </Card>
      <Card>
        <SkeletonBar className="h-40 w-full" />
      </Card>
    </div>
  );
}
