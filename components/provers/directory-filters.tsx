import { SEARCH_MAX_LENGTH } from "@/lib/provers/directory-params";
import { type DirectoryQuery, PAGE_SIZES } from "@/lib/provers/directory-query";

const STATE_OPTIONS = [
  { value: "all", label: "Every state" },
  { value: "active", label: "Active" },
  { value: "deactivated", label: "Deactivated" },
  { value: "jailed", label: "Jailed" },
] as const;

/** A plain GET form: search and filter work before (and without) any JavaScript. */
export function DirectoryFilters({ query }: { query: DirectoryQuery }) {
  return (
    <search>
      <form method="get" action="/provers" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className="flex-1 text-muted text-xs">
          <span className="mb-1 block uppercase tracking-wider">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={SEARCH_MAX_LENGTH}
            placeholder="Name or address"
            className="w-full rounded-xl border border-line bg-panel px-3 py-2 text-ink text-sm"
          />
        </label>
        <label className="text-muted text-xs">
          <span className="mb-1 block uppercase tracking-wider">State</span>
          <select
            name="state"
            defaultValue={query.state}
            className="w-full rounded-xl border border-line bg-panel px-3 py-2 text-ink text-sm sm:w-auto"
          >
            {STATE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-muted text-xs">
          <span className="mb-1 block uppercase tracking-wider">Per page</span>
          <select
            name="size"
            defaultValue={String(query.size)}
            className="w-full rounded-xl border border-line bg-panel px-3 py-2 text-ink text-sm sm:w-auto"
          >
            {/* A size set by hand in the URL stays on offer, so applying filters keeps it. */}
            {[...new Set([...PAGE_SIZES, query.size])]
              .sort((a, b) => a - b)
              .map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
          </select>
        </label>
        {query.sort !== "stake" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.order !== "desc" ? <input type="hidden" name="order" value={query.order} /> : null}
        <button type="submit" className="rounded-xl bg-accent-fill px-4 py-2 font-medium text-sm text-white">
          Apply
        </button>
      </form>
    </search>
  );
}
