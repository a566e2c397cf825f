"use client";

import { useCallback, useState } from "react";
import { safeIconUrl } from "@/lib/provers/icon-url";

function initials(name: string, address: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => Array.from(word)[0] ?? "")
    .join("")
    .slice(0, 2);
  return letters || address.slice(2, 4);
}

/**
 * A prover's icon when its URL is safe to load and loads, else its initials; never markup from
 * chain. A client component because an icon that fails (a dead host, an ipfs gateway timing out)
 * must fall back after the server has rendered it.
 */
export function ProverIcon({
  name,
  iconUrl,
  address,
  size = 32,
}: {
  name: string;
  iconUrl: string;
  address: string;
  size?: number;
}) {
  const src = safeIconUrl(iconUrl);
  const [failed, setFailed] = useState<string | null>(null);
  // An image can fail before React attaches onError (it loads with the server's HTML): the ref sees that.
  const watch = useCallback(
    (img: HTMLImageElement | null) => {
      if (img?.complete && img.naturalWidth === 0 && src) setFailed(src);
    },
    [src],
  );
  const box = { width: size, height: size };
  if (src && failed !== src) {
    return (
      // biome-ignore lint/performance/noImgElement: icons come from arbitrary hosts; next/image would need each one allow-listed.
      <img
        ref={watch}
        src={src}
        alt=""
        style={box}
        className="shrink-0 rounded-lg bg-line/40"
        loading="lazy"
        referrerPolicy="no-referrer"
        onError={() => setFailed(src)}
        data-testid="prover-icon-image"
      />
    );
  }
  return (
    <span
      aria-hidden
      style={box}
      className="grid shrink-0 place-items-center rounded-lg bg-accent/15 font-semibold text-accent text-xs uppercase"
      data-testid="prover-icon-initials"
    >
      {initials(name, address)}
    </span>
  );
}
