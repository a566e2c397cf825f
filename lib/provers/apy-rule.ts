// When a vault's APY means something. The indexer applies the rule to every APY it serves and the
// app words the reason it gives; both read it from here, so a "—" on a page always has a reason.

const DAY = 86_400n;

/**
 * Below this many whole tokens, one epoch's reward moves the share price enough to annualize into
 * a rate no staker would earn by joining (the seeded devnet's 8,000-token vaults read 1,500 %).
 */
export const MIN_APY_VAULT_TOKENS = 10_000n;

/** Shorter than a day, a change in share price says more about one reward than about a rate. */
export const MIN_APY_SECONDS = DAY;

export const APY_WITHHELD = ["retired", "empty", "young", "small"] as const;
export type ApyWithheld = (typeof APY_WITHHELD)[number];

export type ApyVault = {
  retired: boolean;
  /** The vault's assets now, in the asset's smallest unit. */
  totalAssets: bigint;
  /** Amounts the vault held in the window, its least among them (now needn't be repeated). */
  heldInWindow: readonly bigint[];
  /** The asset's decimals, read from the token. */
  assetDecimals: number;
  /** Seconds since the vault's current life began. */
  age: bigint;
};

/**
 * Why a window's APY would mislead, or null when it can be shown. `window` is the window's length
 * in seconds, or null for "since the vault began" (which only needs a day).
 */
export function apyWithheld(vault: ApyVault, window: bigint | null): ApyWithheld | null {
  if (vault.retired) return "retired";
  if (vault.totalAssets === 0n) return "empty";
  if (vault.age < (window ?? MIN_APY_SECONDS)) return "young";
  const least = MIN_APY_VAULT_TOKENS * 10n ** BigInt(vault.assetDecimals);
  if (vault.totalAssets < least || vault.heldInWindow.some((held) => held < least)) return "small";
  return null;
}

/** The reason in words, for the hover and screen readers; `windowDays` null means since the vault began. */
export function describeApyWithheld(reason: ApyWithheld, windowDays: number | null, symbol: string): string {
  const period = windowDays === null ? "since it began" : `over ${windowDays} days`;
  switch (reason) {
    case "retired":
      return "Retired: the vault earns nothing any more.";
    case "empty":
      return "The vault is empty, so there is no rate to show.";
    case "young":
      return windowDays === null
        ? "The vault is less than a day old, too young for a rate."
        : `The vault is younger than ${windowDays} days, so it has no ${windowDays}-day rate yet.`;
    case "small":
      return `The vault held less than ${MIN_APY_VAULT_TOKENS.toLocaleString("en-US")} ${symbol} ${period}: one reward would read as an outsized rate.`;
  }
}
