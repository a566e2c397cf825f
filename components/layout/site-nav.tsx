import Link from "next/link";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/provers", label: "Provers" },
] as const;

export function SiteNav() {
  return (
    <nav aria-label="Main" className="flex items-center gap-0.5 text-sm sm:gap-1">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="rounded-lg px-2 py-1.5 text-muted sm:px-3 hover:bg-line/40 hover:text-ink"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
