import type { Address } from "viem";

/**
 * A stake flow whose approval is confirmed but whose stake is not sent yet: the amount it approved,
 * kept in the browser so the portfolio does not offer to take back an allowance a stake still needs.
 */
const storageKey = (chainId: number, account: Address) =>
  `provernet:pending-approval:${chainId}:${account.toLowerCase()}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off: then no flow is remembered as pending.
    return null;
  }
}

export function readPendingApproval(chainId: number, account: Address): bigint {
  const value = storage()?.getItem(storageKey(chainId, account));
  return value && /^\d{1,78}$/.test(value) ? BigInt(value) : 0n;
}

export function savePendingApproval(chainId: number, account: Address, wei: bigint): void {
  storage()?.setItem(storageKey(chainId, account), wei.toString());
}

export function clearPendingApproval(chainId: number, account: Address): void {
  storage()?.removeItem(storageKey(chainId, account));
}

/** The allowance is more than the pending flow needs (all of it when none is pending): offer to reset it. */
export function allowanceExceedsNeed(allowance: bigint, pendingNeed: bigint): boolean {
  return allowance > 0n && allowance > pendingNeed;
}
