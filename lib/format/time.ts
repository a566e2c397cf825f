import { LOCALE } from "./locale";

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];
// "always": "1 day ago", never "yesterday", which would name a calendar day the count does not know.
const RELATIVE = new Intl.RelativeTimeFormat(LOCALE, { numeric: "always" });
/** Chain time moves in blocks: under a minute either way is simply now. */
const NOW = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" }).format(0, "second");

/** "3 days ago" / "in 5 hours" relative to the chain's now, both in unix seconds; whole units, toward zero. */
export function formatRelative(timestamp: number, now: number): string {
  const delta = timestamp - now;
  const unit = UNITS.find(([, seconds]) => Math.abs(delta) >= seconds);
  if (!unit) return NOW;
  return RELATIVE.format(Math.trunc(delta / unit[1]), unit[0]);
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

/** A moment against `now` (both in seconds): "in 5 min 3 s" before it, "passed 2 s ago" from it on. */
export function formatDeadline(at: number, now: number): string {
  return at > now ? `in ${formatCountdown(at - now)}` : `passed ${formatCountdown(now - at)} ago`;
}
