import Link from "next/link";
import { type MarketQuery, marketHref } from "@/lib/market/market-query";
import { PHASE_LABELS, REQUEST_PHASES, type RequestPhase } from "@/lib/market/phase";

/** How many requests are in each phase now, each a link that filters the list to it. */
export function PhaseTabs({ query, counts }: { query: MarketQuery; counts: Record<RequestPhase, number> }) {
  return (
    <nav aria-label="Requests by phase">
      <ul className="flex flex-wrap gap-2 text-xs">
        {REQUEST_PHASES.map((phase) => {
          const active = query.phase === phase;
          return (
            <li key={phase}>
              <Link
                href={marketHref(query, { phase: active ? undefined : phase, cursor: undefined })}
                aria-current={active ? "page" : undefined}
                scroll={false}
                className={`inline-flex gap-1 rounded-full border px-3 py-1 ${
                  active ? "border-accent-fill bg-accent-fill text-white" : "border-line text-muted hover:text-ink"
                }`}
              >
                {PHASE_LABELS[phase]}
                <span className="font-semibold tabular-nums" data-testid={`phase-count-${phase}`}>
                  {counts[phase]}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
