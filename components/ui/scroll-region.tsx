import type { ReactNode } from "react";

/**
 * A box that may scroll (a wide or long table): focusable and named, so a keyboard can scroll it
 * too (axe's scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard.
      tabIndex={0}
      aria-label={label}
      className={`rounded-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-accent ${className}`}
    >
      {children}
    </section>
  );
}
