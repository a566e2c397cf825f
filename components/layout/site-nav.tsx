import Link from "next/link";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/provers", label: "Provers" },
  { href: "/portfolio", label: "Portfolio" },
] as const;

export function SiteNav() {
  return (
    <nav aria-label="Main" className="flex items-center gap-1 text-sm">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="rounded-lg px-3 py-1.5 text-muted hover:bg-line/40 hover:text-ink"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
