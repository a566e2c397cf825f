import Link from "next/link";

const TABS = [
  { id: "console", label: "Console", href: "/prover" },
  { id: "bid-settings", label: "Bid settings", href: "/prover/bid-settings" },
] as const;

export type ConsoleTab = (typeof TABS)[number]["id"];

/** The connected prover's console sections, each a page of its own so links and reloads keep the tab. */
export function ConsoleTabs({ active }: { active: ConsoleTab }) {
  return (
    <nav className="flex gap-1 border-line border-b text-sm" aria-label="Prover console sections">
      {TABS.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={tab.id === active ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 font-medium ${
            tab.id === active ? "border-accent text-ink" : "border-transparent text-muted hover:text-ink"
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
