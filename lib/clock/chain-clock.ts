/** A chain time read at a wall-clock moment: what the countdowns count from. */
export type ClockAnchor = { chainNow: number; wallMs: number };

/**
 * The chain's time now, in seconds, from the time read at `anchor` and the wall clock since: the
 * chain's clock may be far from the wall's (a devnet), so only the elapsed wall time is added.
 */
export function chainNowAt(anchor: ClockAnchor, wallMs: number): number {
  return anchor.chainNow + Math.max(0, Math.floor((wallMs - anchor.wallMs) / 1_000));
}
