import { formatBps } from "@/lib/format/percent";
import { formatToken } from "@/lib/format/token";

/** How much of a vault the market holds as collateral for requests the prover has won. */
export function BoundStakeBar({ bound, total }: { bound: bigint; total: bigint }) {
  const boundBps = total > 0n ? Number((bound * 10_000n) / total) : 0;
  const free = total > bound ? total - bound : 0n;
  const label = `${formatToken(bound, { symbol: "BREV", compact: true })} bound, ${formatToken(free, { symbol: "BREV", compact: true })} free (${formatBps(boundBps)} bound)`;
  return (
    <div className="w-28" title={label}>
      <div className="h-1.5 overflow-hidden rounded-full bg-success/25" role="img" aria-label={label}>
        <div className="h-full rounded-full bg-accent" style={{ width: `${Math.min(boundBps, 10_000) / 100}%` }} />
      </div>
      <p className="mt-1 text-muted text-xs tabular-nums">{formatBps(boundBps)} bound</p>
    </div>
  );
}
