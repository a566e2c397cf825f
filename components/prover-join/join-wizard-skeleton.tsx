import { SkeletonBar } from "../ui/skeleton-bar";

/** Holds the wizard's place while the wallet code and the account's chain state load. */
export function JoinWizardSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading the join wizard">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <div key={key} className="h-24 animate-pulse rounded-xl border border-line bg-panel" />
        ))}
      </div>
      <div className="space-y-3 rounded-2xl border border-line bg-panel p-5">
        <SkeletonBar className="h-5 w-48" />
        <SkeletonBar className="h-4 w-full" />
        <SkeletonBar className="h-24 w-full" />
        <SkeletonBar className="h-10 w-full" />
      </div>
    </div>
  );
}
