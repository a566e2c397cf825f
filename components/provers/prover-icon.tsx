import { safeIconUrl } from "@/lib/provers/icon-url";

function initials(name: string, address: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => Array.from(word)[0] ?? "")
    .join("")
    .slice(0, 2);
  return letters || address.slice(2, 4);
}

/** A prover's icon when its URL is safe to load, else its initials; never markup from chain. */
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
  const box = { width: size, height: size };
  if (src) {
    return (
      // biome-ignore lint/performance/noImgElement: icons come from arbitrary hosts; next/image would need each one allow-listed.
      <img
        src={src}
        alt=""
        style={box}
        className="shrink-0 rounded-lg bg-line/40"
        loading="lazy"
        referrerPolicy="no-referrer"
      />
    );
  }
  return (
    <span
      aria-hidden
      style={box}
      className="grid shrink-0 place-items-center rounded-lg bg-accent/15 font-semibold text-accent text-xs uppercase"
    >
      {initials(name, address)}
    </span>
  );
}
