"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Renders `children` once its box comes near the viewport; a same-size pulse until then. The
 * overview's chart sits below the fold on a phone, and loading recharts there at once would
 * block the main thread while the page is still becoming interactive.
 */
export function WhenVisible({ children, className }: { children: ReactNode; className: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (visible) return children;
  return <div ref={box} className={`animate-pulse rounded-xl bg-line/30 ${className}`} />;
}
