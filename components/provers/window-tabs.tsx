import Link from "next/link";
import { type HistoryWindow, WINDOWS } from "@/lib/indexer/schemas";

const LABEL: Record<HistoryWindow, string> = { "7d": "7 d", "30d": "30 d", "90d": "90 d", all: "All" };

/** Links to the same page with another window; `hrefFor` keeps a page's other parameters. */
export function WindowTabs({
  base,
  active,
  hrefFor = (window) => (window === "30d" ? base : `${base}?window=${window}`),
}: {
  base: string;
  active: HistoryWindow;
  hrefFor?: (window: HistoryWindow) => string;
}) {
  return (
    <nav className="flex gap-1 text-xs" aria-label="Chart window">
      {WINDOWS.map((window) => (
        <Link
          key={window}
          href={hrefFor(window)}
          aria-current={window === active ? "page" : undefined}
          scroll={false}
          className={`rounded-lg px-2 py-1 ${window === active ? "bg-accent-fill text-white" : "text-muted hover:text-ink"}`}
        >
          {LABEL[window]}
        </Link>
      ))}
    </nav>
  );
}
