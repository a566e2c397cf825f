/** Holds the live panel's space while the wallet code and the chain read load. */
export function PortfolioSkeleton() {
  return (
    <div className="space-y-4" role="status" aria-label="Loading your positions">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {[0, 1, 2, 3].map((key) => (
          <div key={key} className="h-24 animate-pulse rounded-2xl border border-line bg-panel" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-2xl border border-line bg-panel" />
    </div>
  );
}
