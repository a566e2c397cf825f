import type { Address } from "viem";

export type SourceKind = "market" | "epoch" | "other" | "default";

/** Reward sources the dashboard names: the market pays proof fees, EpochRewards the foundation's. */
export function sourceKindOf(
  source: Address,
  contracts: { BrevisMarket: { address: Address }; EpochRewards: { address: Address } },
): SourceKind {
  const lower = source.toLowerCase();
  if (lower === contracts.BrevisMarket.address.toLowerCase()) return "market";
  if (lower === contracts.EpochRewards.address.toLowerCase()) return "epoch";
  if (/^0x0{40}$/.test(lower)) return "default";
  return "other";
}
