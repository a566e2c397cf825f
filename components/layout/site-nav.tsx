import Link from "next/link";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/provers", label: "Provers" },
  { href: "/market", label: "Market" },
  { href: "/rewards", label: "Rewards" },
  { href: "/network", label: "Network" },
  { href: "/portfolio", label: "Portfolio" },
  { href: "/prover", label: "Console" },
] as const;

export function SiteNav() {
  return (
    <nav aria-label="Main" className="flex flex-wrap items-center text-sm sm:flex-nowrap sm:gap-1">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="rounded-lg px-1.5 py-1.5 text-muted hover:bg-line/40 hover:text-ink sm:px-3"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
