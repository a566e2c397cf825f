import { LOCALE } from "./locale";

const PERCENT = new Intl.NumberFormat(LOCALE, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Basis points as a percentage with two decimals: 742 → "7.42%". `742e-4` is an exact decimal to Intl. */
export function formatBps(bps: number | bigint): string {
  return PERCENT.format(`${bps}e-4` as `${number}`);
}
