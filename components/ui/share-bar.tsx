import { formatBps } from "@/lib/format/percent";

/** A share (bps of a whole) as a thin bar; the number beside it is the text the bar draws. */
export function ShareBar({ bps, label }: { bps: number; label: string }) {
  const width = Math.max(0, Math.min(bps, 10_000)) / 100;
  return (
    <div className="flex items-center gap-2 pl-3">
      <div
        className="h-1.5 w-24 overflow-hidden rounded-full bg-line"
        role="img"
        aria-label={`${label}: ${formatBps(bps)}`}
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${width}%` }} />
      </div>
      <span className="text-muted text-xs tabular-nums">{formatBps(bps)}</span>
    </div>
  );
}
