import { proverReward, secondPrice, winsAuction } from "./auction";
import { bidFee, CYCLES_PER_PRICE_UNIT } from "./bid-fee";
import { type BidSettings, vkKey } from "./schema";

/** The rules the simulation applies: the ones that decide from a request's on-chain facts alone. */
export type SimulationRule = Pick<BidSettings, "max_fee" | "prove_min_duration" | "vk_whitelist" | "vk_blacklist">;

/** A past request whose reveal phase is over: its program, times, fee cap and every revealed bid. */
export type PastAuction = {
  vk: string;
  createdAt: bigint;
  deadline: bigint;
  maxFee: bigint;
  minStake: bigint;
  reveals: readonly { prover: string; fee: bigint }[];
};

export type SimulationInput = {
  /** The prover's rule; null applies none of its skips (only the price counts). */
  rule: SimulationRule | null;
  proverGasPrice: bigint;
  /** Cycles of one proof of the program: at least 1 (a zero-cycle bid is 1 wei at every price). */
  cycles: bigint;
  /** The prover simulated: its own past reveals give way to the simulated bid. */
  prover: string;
  /**
   * The prover's vault assets now, standing in for its stake at each request: the market refuses
   * a bid when they are below the request's minStake (plus a share of the stake already bound,
   * which varies with the prover's other work and is left out). Null skips the check.
   */
  vaultAssets: bigint | null;
  protocolFeeBps: bigint;
  /** The market's bidding and reveal phase lengths, in seconds. */
  phases: { bidding: bigint; reveal: bigint };
  auctions: readonly PastAuction[];
};

/**
 * Why the simulated bid takes no part in an auction: the bidder's own skips, in the order it
 * checks them (the deadline, the blacklist then the whitelist, its max fee), then the market's
 * refusals: of the bid when the prover's stake is below the request's minStake, of the reveal
 * when the fee is above the request's maxFee.
 */
export const SKIP_REASONS = ["proveMinDuration", "vkList", "maxFee", "minStake", "requestMaxFee"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type Simulation = {
  considered: number;
  /** What the bidder bids for every request of the program. */
  bid: bigint;
  won: number;
  /** Σ over the auctions won of the second price less the protocol fee, in wei. */
  earned: bigint;
  skipped: Record<SkipReason, number>;
  /** The highest gas price that wins at least half of the auctions considered; null when none does. */
  halfWinPrice: bigint | null;
};

type Outcome = { skipped: SkipReason } | { won: false } | { won: true; payment: bigint };

function listed(list: readonly string[], vk: string): boolean {
  return list.some((entry) => vkKey(entry) === vkKey(vk));
}

/** What the bidder and then the market would have done with a bid of `fee` for one past auction. */
function outcome(input: SimulationInput, fee: bigint, auction: PastAuction): Outcome {
  const { rule, phases } = input;
  if (rule) {
    const proveFrom = auction.createdAt + phases.bidding + phases.reveal;
    if (proveFrom + BigInt(rule.prove_min_duration) > auction.deadline) return { skipped: "proveMinDuration" };
    if (listed(rule.vk_blacklist, auction.vk)) return { skipped: "vkList" };
    if (rule.vk_whitelist.length > 0 && !listed(rule.vk_whitelist, auction.vk)) return { skipped: "vkList" };
    if (fee > BigInt(rule.max_fee)) return { skipped: "maxFee" };
  }
  if (input.vaultAssets !== null && input.vaultAssets < auction.minStake) return { skipped: "minStake" };
  if (fee > auction.maxFee) return { skipped: "requestMaxFee" };
  const prover = input.prover.toLowerCase();
  const others = auction.reveals.filter((reveal) => reveal.prover.toLowerCase() !== prover).map(({ fee }) => fee);
  if (!winsAuction(fee, auction.maxFee, others)) return { won: false };
  return { won: true, payment: secondPrice(fee, others) };
}

function wins(input: SimulationInput, price: bigint): number {
  const fee = bidFee(input.cycles, price);
  return input.auctions.filter((auction) => {
    const result = outcome(input, fee, auction);
    return "won" in result && result.won;
  }).length;
}

/**
 * The highest price winning at least half (rounded up) of the auctions. Wins only fall as the
 * price rises, and at (largest maxFee + 1) × 10^12 every bid is above every request's cap, so a
 * binary search between 0 and there finds it.
 */
function halfWinPrice(input: SimulationInput): bigint | null {
  const need = Math.ceil(input.auctions.length / 2);
  if (need === 0 || wins(input, 0n) < need) return null;
  let largestCap = 0n;
  for (const { maxFee } of input.auctions) if (maxFee > largestCap) largestCap = maxFee;
  let low = 0n;
  let high = (largestCap + 1n) * CYCLES_PER_PRICE_UNIT;
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (wins(input, middle) >= need) low = middle;
    else high = middle;
  }
  return low;
}

/** The prover's bid replayed against the program's past auctions: what it would have won and earned, and what its rule would have skipped. */
export function simulateBids(input: SimulationInput): Simulation {
  if (input.cycles < 1n) throw new RangeError("Cycles per proof must be at least 1.");
  const bid = bidFee(input.cycles, input.proverGasPrice);
  const skipped: Record<SkipReason, number> = {
    proveMinDuration: 0,
    vkList: 0,
    maxFee: 0,
    minStake: 0,
    requestMaxFee: 0,
  };
  let won = 0;
  let earned = 0n;
  for (const auction of input.auctions) {
    const result = outcome(input, bid, auction);
    if ("skipped" in result) skipped[result.skipped] += 1;
    else if (result.won) {
      won += 1;
      earned += proverReward(result.payment, input.protocolFeeBps);
    }
  }
  return { considered: input.auctions.length, bid, won, earned, skipped, halfWinPrice: halfWinPrice(input) };
}
