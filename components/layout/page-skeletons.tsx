import { SkeletonBar } from "../ui/skeleton-bar";
import { DirectoryHeading, OverviewHeading } from "./page-headings";

// Placeholders shaped like the read pages, shown by their loading.tsx while the server reads
// the indexer and the chain. Static blocks with a pulse: the page replaces them when it streams in.

function StatSkeleton() {
  return (
    <div className="rounded-2xl border border-line bg-panel p-5 shadow-sm">
      <SkeletonBar className="h-3 w-24" />
      <SkeletonBar className="mt-3 h-7 w-32" />
      <SkeletonBar className="mt-2 h-3 w-40" />
    </div>
  );
}

function CardSkeleton({ className = "", height = "h-48" }: { className?: string; height?: string }) {
  return (
    <div className={`rounded-2xl border border-line bg-panel p-5 shadow-sm ${className}`}>
      <SkeletonBar className="h-4 w-40" />
      <SkeletonBar className="mt-2 h-3 w-64 max-w-full" />
      <SkeletonBar className={`mt-4 w-full ${height}`} />
    </div>
  );
}

/** Tells screen readers the figures are on their way. */
function Loading({ what }: { what: string }) {
  return <span role="status" className="sr-only">{`Loading ${what}…`}</span>;
}

export function OverviewSkeleton({ networkName }: { networkName: string }) {
  return (
    <div className="space-y-8" data-testid="page-skeleton">
      <OverviewHeading networkName={networkName} />
      <Loading what="the network overview" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {["block", "supply", "network"].map((key) => (
          <StatSkeleton key={key} />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {["staked", "stakers", "fees", "rewards"].map((key) => (
          <StatSkeleton key={key} />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <CardSkeleton className="lg:col-span-2" height="h-56" />
        <CardSkeleton height="h-56" />
      </div>
    </div>
  );
}

export function DirectorySkeleton() {
  return (
    <div className="space-y-6" data-testid="page-skeleton">
      <DirectoryHeading />
      <Loading what="the provers" />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <SkeletonBar className="h-10 flex-1" />
        <SkeletonBar className="h-10 w-40" />
        <SkeletonBar className="h-10 w-24" />
      </div>
      <div className="divide-y divide-line rounded-2xl border border-line bg-panel shadow-sm">
        {Array.from({ length: 8 }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder rows that never reorder.
          <div key={row} className="flex items-center gap-3 px-3 py-3">
            <SkeletonBar className="size-8 shrink-0 rounded-full" />
            <SkeletonBar className="h-4 w-32" />
            <SkeletonBar className="ml-auto h-4 w-20" />
            <SkeletonBar className="hidden h-4 w-24 sm:block" />
            <SkeletonBar className="hidden h-4 w-16 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}

export function ProverSkeleton() {
  return (
    <div className="space-y-6" data-testid="page-skeleton">
      <Loading what="the prover" />
      <div className="flex items-center gap-4">
        <SkeletonBar className="size-14 shrink-0 rounded-full" />
        <div className="min-w-0 flex-1">
          <SkeletonBar className="h-8 w-56 max-w-full" />
          <SkeletonBar className="mt-2 h-3 w-80 max-w-full" />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {["stake", "apy", "commission", "reliability"].map((key) => (
          <StatSkeleton key={key} />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <CardSkeleton className="lg:col-span-2" height="h-64" />
        <CardSkeleton height="h-64" />
      </div>
    </div>
  );
}
