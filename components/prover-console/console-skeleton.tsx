import { Card } from "../ui/card";
import { SkeletonBar } from "../ui/skeleton-bar";

/** Holds the console's place while the wallet code and the first chain read load. */
export function ConsoleSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading the prover console">
      <Card>
        <div className="space-y-3">
          <SkeletonBar className="h-6 w-64" />
          <SkeletonBar className="h-4 w-full" />
          <SkeletonBar className="h-4 w-3/4" />
        </div>
      </Card>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <SkeletonBar className="h-32 w-full" />
        </Card>
        <Card>
          <SkeletonBar className="h-32 w-full" />
        </Card>
      </div>
    </div>
  );
}
