import type { CREATED_WITHIN, MarketQuery } from "@/lib/market/market-query";
import { PHASE_LABELS, REQUEST_PHASES } from "@/lib/market/phase";

const WITHIN_LABELS: Record<keyof typeof CREATED_WITHIN, string> = {
  "1h": "Last hour",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
};
const field = "w-full rounded-xl border border-line bg-panel px-3 py-2 text-ink text-sm";
const caption = "mb-1 block uppercase tracking-wider";

/** A plain GET form: filtering works before (and without) any JavaScript, and by keyboard alone. */
export function RequestFilters({ query }: { query: MarketQuery }) {
  return (
    <search>
      <form method="get" action="/market" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <label className="text-muted text-xs">
          <span className={caption}>Phase</span>
          <select name="phase" defaultValue={query.phase ?? ""} className={field}>
            <option value="">Every phase</option>
            {REQUEST_PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {PHASE_LABELS[phase]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-muted text-xs">
          <span className={caption}>Winning prover</span>
          <input
            name="prover"
            defaultValue={query.prover ?? ""}
            placeholder="0x… address"
            maxLength={42}
            autoComplete="off"
            spellCheck={false}
            className={`${field} font-mono`}
          />
        </label>
        <label className="text-muted text-xs">
          <span className={caption}>Program (vk)</span>
          <input
            name="vk"
            defaultValue={query.vk ?? ""}
            placeholder="0x… verification key"
            maxLength={66}
            autoComplete="off"
            spellCheck={false}
            className={`${field} font-mono`}
          />
        </label>
        <label className="text-muted text-xs">
          <span className={caption}>Created</span>
          <select name="within" defaultValue={query.within ?? ""} className={field}>
            <option value="">Any time</option>
            {Object.entries(WITHIN_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {query.window !== "30d" ? <input type="hidden" name="window" value={query.window} /> : null}
        <button type="submit" className="rounded-xl bg-accent-fill px-4 py-2 font-medium text-sm text-white">
          Apply filters
        </button>
      </form>
    </search>
  );
}
