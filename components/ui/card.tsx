import type { ReactNode } from "react";

export function Card({
  title,
  description,
  children,
  className = "",
}: {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-2xl border border-line bg-panel p-5 shadow-sm ${className}`}>
      {title ? <h2 className="font-semibold text-ink text-sm tracking-tight">{title}</h2> : null}
      {description ? <p className="mt-1 text-muted text-sm">{description}</p> : null}
      <div className={title || description ? "mt-4" : ""}>{children}</div>
    </section>
  );
}
