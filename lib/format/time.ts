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
  if (!unit) return delta >= 0 ? "in under a minute" : "just now";
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
