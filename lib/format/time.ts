const UNITS = [
  { seconds: 365 * 86_400, name: "y" },
  { seconds: 30 * 86_400, name: "mo" },
  { seconds: 86_400, name: "d" },
  { seconds: 3_600, name: "h" },
  { seconds: 60, name: "min" },
] as const;

/** "3 d ago" / "in 5 h" relative to the chain's now, both in unix seconds. */
export function formatRelative(timestamp: number, now: number): string {
  const delta = timestamp - now;
  const magnitude = Math.abs(delta);
  const unit = UNITS.find((candidate) => magnitude >= candidate.seconds);
  if (!unit) return delta > 0 ? "in under a minute" : "just now";
  const count = Math.floor(magnitude / unit.seconds);
  return delta >= 0 ? `in ${count} ${unit.name}` : `${count} ${unit.name} ago`;
}

/** The absolute time for a tooltip, in UTC so every reader sees the same text. */
export function formatAbsolute(timestamp: number): string {
  return new Date(timestamp * 1000)
    .toISOString()
    .replace("T", " ")
    .replace(/:\d\d\.\d+Z$/, " UTC");
}

const COUNTDOWN_UNITS = [
  { seconds: 86_400, name: "d" },
  { seconds: 3_600, name: "h" },
  { seconds: 60, name: "min" },
  { seconds: 1, name: "s" },
] as const;

/**
 * Time left as "6 d 23 h 5 min 9 s", from the largest non-zero unit down to the last non-zero
 * one ("7 d", "1 h 0 min 5 s"); "0 s" once it has passed.
 */
export function formatCountdown(secondsLeft: number): string {
  let rest = Math.max(0, Math.floor(secondsLeft));
  const parts: string[] = [];
  for (const unit of COUNTDOWN_UNITS) {
    const count = Math.floor(rest / unit.seconds);
    rest -= count * unit.seconds;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${unit.name}`);
  }
  while (parts.at(-1)?.startsWith("0 ")) parts.pop();
  return parts.length ? parts.join(" ") : "0 s";
}
