import type { ReactNode } from "react";
import { formatBps } from "@/lib/format/percent";
import { Amount } from "./amount";

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

/** A table row of one holder's share: who it is as the row's header, any cells of the caller's, the amount, the bar. */
export function ShareRow({
  holder,
  amount,
  bps,
  label,
  children,
}: {
  holder: ReactNode;
  amount: bigint;
  bps: number;
  label: string;
  children?: ReactNode;
}) {
  return (
    <tr>
      <th scope="row" className="max-w-48 py-1.5 text-left font-normal">
        {holder}
      </th>
      {children}
      <td className="py-1.5 text-right">
        <Amount wei={amount} compact />
      </td>
      <td className="py-1.5">
        <ShareBar bps={bps} label={label} />
      </td>
    </tr>
  );
}
