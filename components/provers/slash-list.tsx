import { formatBps } from "@/lib/format/percent";
import type { ProverDetail } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { RelativeTime } from "../ui/relative-time";

export function SlashList({ slashes, now }: { slashes: ProverDetail["slashes"]; now: number }) {
  if (slashes.length === 0) return <p className="text-muted text-sm">Never slashed.</p>;
  return (
    <ul className="divide-y divide-line text-sm" data-testid="slash-list">
      {slashes.map((slash) => (
        <li
          key={`${slash.timestamp}-${slash.reqid ?? slash.bps}`}
          className="flex items-baseline justify-between gap-3 py-2"
        >
          <span>
            <Amount wei={slash.amount} /> {slash.kind === "market" ? "for a missed proof deadline" : "by the protocol"}
            {slash.bps !== null ? ` (${formatBps(slash.bps)} of the vault)` : ""}
          </span>
          <RelativeTime at={slash.timestamp} now={now} className="shrink-0 text-muted" />
        </li>
      ))}
    </ul>
  );
}
