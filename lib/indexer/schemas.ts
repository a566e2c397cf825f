import { type Address, getAddress, isAddress } from "viem";
import { z } from "zod";
import { REQUEST_PHASES } from "../market/phase";
import { APY_WITHHELD } from "../provers/apy-rule";
import { SOURCE_KINDS } from "./source-kinds";

// The indexer's HTTP responses, one schema per endpoint. The API builds `z.input` values
// (bigints as decimal strings, since JSON has no bigint); the app parses them back, so a
// response that drifts from these shapes fails loudly at the edge instead of deep in a page.

export const wei = z
  .string()
  .regex(/^-?\d+$/, { message: "is not an integer amount" })
  .transform((value) => BigInt(value));
export const address = z
  .string()
  .refine((value) => isAddress(value, { strict: false }), { message: "is not an address" })
  .transform((value): Address => getAddress(value));
export const hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/, { message: "is not a 32-byte hash" });
export const unixSeconds = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const bps = z.number().int();
/** UTC calendar day, YYYY-MM-DD. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const WINDOWS = ["7d", "30d", "90d", "all"] as const;
export type HistoryWindow = (typeof WINDOWS)[number];
/** Each window's length in days; "all" reaches back to the prover's joining. */
export const WINDOW_DAYS: Record<HistoryWindow, number | null> = { "7d": 7, "30d": 30, "90d": 90, all: null };

const page = { total: z.number().int().nonnegative(), limit: z.number().int(), offset: z.number().int() };

/** Why a rate is not shown (`lib/provers/apy-rule.ts`): every rate a person sees answers to it. */
const withheld = z.object({ withheld: z.enum(APY_WITHHELD) });
/** A window's APY, or why it is withheld. */
const apy = z.union([z.object({ grossBps: bps, netBps: bps }), withheld]);
/** A rate of rewards before commission (what the sources paid), or why it is withheld. */
const grossApr = z.union([z.object({ grossBps: bps }), withheld]);
const sourceAmounts = z.object({ market: wei, epoch: wei, other: wei });

/** Market activity as the market counts it (fees after the protocol fee). */
const marketActivity = {
  /** Every bid call, a replaced sealed bid included. */
  bids: count,
  /** Every reveal call (the same bid may be revealed twice). */
  reveals: count,
  fulfilled: count,
  /** Refunds after a missed deadline. */
  refunded: count,
  /** The prover's fees after the protocol fee (the market's `feeReceived`). */
  feeReceived: wei,
};

export const proverSummarySchema = z.object({
  address,
  vault: address,
  name: z.string(),
  iconUrl: z.string(),
  /** 0 Null (retired), 1 Active, 2 Deactivated, 3 Jailed. */
  state: z.number().int().min(0).max(3),
  /** Retired: deleted on chain (state 0, off the controller's lists); never listed, reachable by address. */
  retired: z.boolean(),
  retiredAt: unixSeconds.nullable(),
  /** 1 for a prover's first registration; an address that registers again after retiring starts its next life. */
  life: z.number().int().positive(),
  joinedAt: unixSeconds,
  defaultCommissionBps: bps,
  commissionOverrides: z.array(z.object({ source: address, sourceKind: z.string(), rateBps: bps })),
  /** Vault assets only (the vault's `totalAssets`): what the share price divides. */
  totalAssets: wei,
  /** Pending unstakes: out of the vault, not yet paid, still slashable. */
  pendingUnstake: wei,
  /** Vault assets + pending unstakes: the controller's `getProverTotalAssets`, what a slash takes a share of. */
  slashableAssets: wei,
  /** The slashing scale in bps (10,000 unslashed): what a pending unstake pays of its amount. */
  slashingScaleBps: bps,
  totalSupply: wei,
  /** The vault's share decimals (read from the vault). */
  shareDecimals: count,
  /** Assets for one whole share: the vault's `convertToAssets(10^shareDecimals)`. */
  sharePrice: wei,
  selfStake: wei,
  boundStake: wei,
  /** Addresses holding this prover's shares (the controller's per-prover staker count). */
  stakers: count,
  apy7d: apy,
  apy30d: apy,
  /** RewardsAdded by source; `market` is the prover's fees after the protocol fee. */
  rewards: z.object({ market: wei, epoch: wei, other: wei, toStakers: wei, commission: wei }),
  fees30d: wei,
  reliability: z.object({
    bids: count,
    reveals: count,
    /** Requests it won that settled: fulfilled + failed. */
    wins: count,
    fulfilled: count,
    /** Refunded after it missed the deadline (the market's `requestsRefunded`). */
    failed: count,
    /** Won, pending and past the deadline now: not refunded yet, already a miss. */
    overdue: count,
    /** fulfilled / (fulfilled + failed + overdue), floored, as MarketViewer computes it (0 with no trials). */
    successRateBps: bps,
    /** Wilson lower bound of the same rate, in bps. */
    lowerBoundBps: bps,
  }),
  /** The market's activity in its current stats epoch (its "recent" stats). */
  recentStats: z.object({ statsEpoch: count, startAt: unixSeconds.nullable(), ...marketActivity }),
  slashes: count,
  slashedAmount: wei,
  lastActiveAt: unixSeconds.nullable(),
});
export type ProverSummary = z.output<typeof proverSummarySchema>;

export const proverListSchema = z.object({ asOf: unixSeconds, items: z.array(proverSummarySchema), ...page });
export type ProverList = z.output<typeof proverListSchema>;

export const networkSchema = z.object({
  asOf: unixSeconds,
  totals: z.object({
    /** Σ vault assets of the registered provers (the controller's `getTotalVaultAssets(false)`). */
    tvl: wei,
    /** Σ pending unstakes: left the vaults, not yet paid, still slashable. */
    pendingUnstake: wei,
    /** tvl + pendingUnstake: Σ of `getProverTotalAssets`. */
    slashableAssets: wei,
    /** Registered provers (retired ones have left the list). */
    provers: z.number().int(),
    activeProvers: z.number().int(),
    /** People: unique addresses holding shares of at least one prover. */
    stakers: z.number().int(),
    /** Σ of the provers' staker counts, StakingViewer's `totalStakers`: a staker of two provers counts twice. */
    stakerPositions: z.number().int(),
  }),
  /** The market's lifetime counters (Σ over its stats epochs) and its current stats epoch; fees after the protocol fee. */
  market: z.object({
    requests: count,
    fulfilled: count,
    fees: wei,
    statsEpoch: count,
    statsEpochStartAt: unixSeconds.nullable(),
  }),
  decentralization: z.object({
    nakamoto33: z.number().int(),
    nakamoto50: z.number().int(),
    hhiBps: bps,
    giniBps: bps,
    top3Bps: bps,
  }),
  last30d: z.object({
    /** Provers' fees after the protocol fee (RewardsAdded from the market). */
    marketFees: wei,
    epochRewards: wei,
    otherRewards: wei,
    commission: wei,
    requests: z.number().int(),
    fulfilled: z.number().int(),
    refunded: z.number().int(),
  }),
  daily: z.array(
    z.object({
      day: isoDay,
      tvl: wei,
      activeProvers: z.number().int(),
      stakers: z.number().int(),
      staked: wei,
      unstaked: wei,
      marketFees: wei,
      epochRewards: wei,
      otherRewards: wei,
      requests: z.number().int(),
      fulfilled: z.number().int(),
      refunded: z.number().int(),
      slashed: wei,
    }),
  ),
});
export type NetworkOverview = z.output<typeof networkSchema>;

const changeAt = { timestamp: unixSeconds };
export const proverDetailSchema = z.object({
  asOf: unixSeconds,
  prover: proverSummarySchema,
  commissionChanges: z.array(
    z.object({
      source: address,
      sourceKind: z.string(),
      oldRateBps: bps,
      newRateBps: bps,
      useDefault: z.boolean(),
      ...changeAt,
    }),
  ),
  profileChanges: z.array(z.object({ name: z.string(), iconUrl: z.string(), ...changeAt })),
  stateChanges: z.array(z.object({ oldState: z.number().int(), newState: z.number().int(), ...changeAt })),
  slashes: z.array(
    z.object({
      kind: z.enum(["market", "controller"]),
      reqid: hash.nullable(),
      bps: bps.nullable(),
      /** What was taken, from the vault and pending unstakes together. */
      amount: wei,
      /** For a market slash: what the market asked for (minStake × slashBps), before the controller's cap. */
      requestedAmount: wei.nullable(),
      ...changeAt,
    }),
  ),
  /** Earlier lives of this address (it retired, then registered again), oldest first. */
  previousLives: z.array(
    z.object({ life: z.number().int(), vault: address, joinedAt: unixSeconds, retiredAt: unixSeconds }),
  ),
  submitters: z.array(z.object({ submitter: address, active: z.boolean(), registeredAt: unixSeconds })),
});
export type ProverDetail = z.output<typeof proverDetailSchema>;

export const proverSeriesSchema = z.object({
  asOf: unixSeconds,
  window: z.enum(WINDOWS),
  from: unixSeconds,
  sharePrice: z.array(z.object({ timestamp: unixSeconds, sharePrice: wei, totalAssets: wei, totalSupply: wei })),
  apy: apy,
  /** Each day's rewards by source (before commission), the prover's commission by source, and the stakers' part. */
  rewardsDaily: z.array(
    z.object({ day: isoDay, market: wei, epoch: wei, other: wei, commission: sourceAmounts, toStakers: wei }),
  ),
});
export type ProverSeries = z.output<typeof proverSeriesSchema>;

/** A median fee (what requesters paid, the second price) over a count of fulfilled requests. */
const feeMedian = z.object({ fulfilled: count, medianFee: wei.nullable() });
/** How a prover's fees compare with other provers' for the same programs, and how fast it proves. */
export const proverFeesSchema = z.object({
  asOf: unixSeconds,
  /** A program is compared only when the prover and the other provers each fulfilled at least this many of its requests. */
  minComparable: count,
  /** Seconds from the end of the reveal phase to the proof, median over every request the prover fulfilled. */
  proofDelay: z.object({ median: count.nullable(), proofs: count }),
  /** The programs (verification keys) the prover fulfilled most, most first. */
  programs: z.array(z.object({ vk: hash, own: feeMedian, others: feeMedian, comparable: z.boolean() })),
});
export type ProverFees = z.output<typeof proverFeesSchema>;

export const REQUEST_STATUSES = ["pending", "fulfilled", "refunded", "slashed"] as const;
export const requestSchema = z.object({
  reqid: hash,
  requester: address,
  /** The program's verification key. */
  vk: hash,
  status: z.enum(REQUEST_STATUSES),
  /** `requestPhase` (lib/market/phase.ts) at `asOf`, with the durations in force then. */
  phase: z.enum(REQUEST_PHASES),
  /** When that phase ends; null once nothing more is timed (settled or overdue). */
  phaseEndsAt: unixSeconds.nullable(),
  maxFee: wei,
  minStake: wei,
  createdAt: unixSeconds,
  /** Phase ends with the durations in force now: the market reads them when it checks a phase. */
  biddingEnd: unixSeconds,
  revealEnd: unixSeconds,
  deadline: unixSeconds,
  bids: z.number().int(),
  reveals: z.number().int(),
  winner: address.nullable(),
  winnerFee: wei.nullable(),
  secondPlace: address.nullable(),
  secondFee: wei.nullable(),
  /** What the requester paid (the second price); the prover got it less the protocol fee. */
  actualFee: wei.nullable(),
  /** The market's cut of `actualFee`, once fulfilled. */
  protocolFee: wei.nullable(),
  settledAt: unixSeconds.nullable(),
});
export type ProofRequest = z.output<typeof requestSchema>;

/** The most requests one page of `/v1/requests` holds, and how many unless asked. */
export const MAX_REQUESTS_PAGE = 100;
export const DEFAULT_REQUESTS_PAGE = 25;

/**
 * One page of requests, newest first (by creation time, then id); `nextCursor` asks for the page
 * after it (null on the last). `total` counts every request the filters match.
 */
export const requestListSchema = z.object({
  asOf: unixSeconds,
  items: z.array(requestSchema),
  total: count,
  limit: count,
  nextCursor: z.string().nullable(),
});
export type RequestList = z.output<typeof requestListSchema>;

/** One request's story: every sealed bid (replacements too) and reveal in order, the slash if any. */
export const requestDetailSchema = z.object({
  asOf: unixSeconds,
  phases: z.object({ bidding: count, reveal: count }),
  request: requestSchema.extend({ version: count }),
  events: z.array(
    z.object({
      kind: z.enum(["bid", "reveal"]),
      prover: address,
      bidHash: hash.nullable(),
      fee: wei.nullable(),
      at: unixSeconds,
      txHash: hash,
    }),
  ),
  /** The market's slash of the winner: what it asked for and what the controller took. */
  slash: z.object({ requested: wei.nullable(), taken: wei, at: unixSeconds }).nullable(),
  /** Names of the provers in the story, as their profiles have them (hostile text). */
  provers: z.array(z.object({ address, name: z.string() })),
});
export type RequestDetail = z.output<typeof requestDetailSchema>;

/** A percentile of fees paid: the smallest fee with at least that share of the fees at or below it. */
const feePercentiles = z.object({ p10: wei, p25: wei, median: wei, p75: wei, p90: wei });

/** The marketplace as a whole over a window (phase counts and stats epochs are for now and all time). */
export const marketSchema = z.object({
  asOf: unixSeconds,
  window: z.enum(WINDOWS),
  /** The first UTC day the window's daily series and figures count from. */
  from: unixSeconds,
  phases: z.object({ bidding: count, reveal: count }),
  /** Requests in each phase now. */
  phaseCounts: z.object(
    Object.fromEntries(REQUEST_PHASES.map((phase) => [phase, count])) as Record<
      (typeof REQUEST_PHASES)[number],
      typeof count
    >,
  ),
  /** Fulfilled requests by the day of their proof: what the winners received and the protocol's cut. */
  feesDaily: z.array(z.object({ day: isoDay, proverRewards: wei, protocolFee: wei, fulfilled: count })),
  /** Refunds, and the market's slashes of winners that missed their deadline, by day. */
  outcomesDaily: z.array(z.object({ day: isoDay, refunded: count, slashed: count, slashedAmount: wei })),
  /** Fees paid per program (fulfilled requests in the window), most fulfilled first. */
  programs: z.array(z.object({ vk: hash, fulfilled: count, fees: feePercentiles })),
  /** Auctions whose reveal phase is over (created in the window): how contested, how much second price saved. */
  auctions: z.object({
    closed: count,
    /** Σ provers that placed a sealed bid, and Σ provers that revealed one. */
    bidders: count,
    revealed: count,
    fulfilled: count,
    /** Σ maxFee and Σ paid of the fulfilled: the difference is what requesters kept. */
    maxFees: wei,
    paid: wei,
    /** Σ (second price − winning bid): what the winners got above their own bids. */
    secondPricePremium: wei,
  }),
  totals: z.object({ proverRewards: wei, protocolFee: wei, fulfilled: count, refunded: count, slashed: count }),
  /** The market's stats epochs (its `statsEpochs`), newest first, with its global counters in each. */
  statsEpochs: z.object({
    current: count,
    items: z.array(
      z.object({
        id: count,
        startAt: unixSeconds,
        endAt: unixSeconds.nullable(),
        requests: count,
        fulfilled: count,
        /** After the protocol fee (the market's `totalFees`). */
        fees: wei,
      }),
    ),
  }),
});
export type MarketSummary = z.output<typeof marketSchema>;

/** Every program (verification key) the market has had requests for, most recently requested first. */
export const programListSchema = z.object({
  asOf: unixSeconds,
  items: z.array(z.object({ vk: hash, requests: count, lastRequestAt: unixSeconds })),
  ...page,
});
export type ProgramList = z.output<typeof programListSchema>;

/** The most past auctions one answer of `/v1/programs/{vk}/auctions` holds, and how many unless asked. */
export const MAX_AUCTIONS = 500;
export const DEFAULT_AUCTIONS = 100;

/**
 * A program's latest requests whose reveal phase is over (every bid that could be revealed was),
 * newest first, each with every revealed bid: what a fee simulation replays. Phase lengths are
 * the market's in force now, as it reads them when it checks a phase.
 */
export const programAuctionsSchema = z.object({
  asOf: unixSeconds,
  vk: hash,
  phases: z.object({ bidding: count, reveal: count }),
  items: z.array(
    z.object({
      reqid: hash,
      status: z.enum(REQUEST_STATUSES),
      createdAt: unixSeconds,
      deadline: unixSeconds,
      maxFee: wei,
      minStake: wei,
      winner: address.nullable(),
      winnerFee: wei.nullable(),
      /** What the requester paid the winner (the second price), once fulfilled. */
      actualFee: wei.nullable(),
      reveals: z.array(z.object({ prover: address, fee: wei, revealedAt: unixSeconds })),
    }),
  ),
});
export type ProgramAuctions = z.output<typeof programAuctionsSchema>;

export const stakerSchema = z.object({
  asOf: unixSeconds,
  address,
  positions: z.array(
    z.object({
      prover: address,
      proverName: z.string(),
      /** The prover retired: the position is closed history. */
      proverRetired: z.boolean(),
      shares: wei,
      /** The vault's share decimals (read from the vault). */
      shareDecimals: count,
      value: wei,
      costBasis: wei,
      withdrawn: wei,
      earnings: wei,
      /** What the position earned since its entry, annualised (net), or why it is withheld. */
      apySinceEntry: z.union([z.object({ netBps: bps }), withheld]),
      firstAt: unixSeconds,
    }),
  ),
  totals: z.object({ value: wei, costBasis: wei, withdrawn: wei, earnings: wei }),
  earnings7d: sourceAmounts,
  earnings30d: sourceAmounts,
  unstakes: z.array(
    z.object({
      prover: address,
      shares: wei,
      /** As requested; `value` is what it pays: less when the prover was slashed since. */
      amount: wei,
      value: wei,
      requestedAt: unixSeconds,
      /** With the unstake delay in force now, which is the one the controller applies. */
      readyAt: unixSeconds,
      status: z.enum(["pending", "completed"]),
      completedAt: unixSeconds.nullable(),
    }),
  ),
});
export type StakerOverview = z.output<typeof stakerSchema>;

export const STAKE_EVENT_KINDS = [
  "stake",
  "unstake_request",
  "unstake_complete",
  "transfer_in",
  "transfer_out",
] as const;
/** A history row is one of the staker's own events, or its part of a reward its vault received. */
export const STAKER_HISTORY_KINDS = [...STAKE_EVENT_KINDS, "reward"] as const;
export const stakerHistorySchema = z.object({
  items: z.array(
    z.object({
      prover: address,
      /** The prover's name as set on chain (untrusted text). */
      proverName: z.string(),
      kind: z.enum(STAKER_HISTORY_KINDS),
      /** For a reward: where it came from (market fees, foundation epochs, anything else). */
      source: z.enum(SOURCE_KINDS).nullable(),
      shares: wei,
      amount: wei,
      timestamp: unixSeconds,
      blockNumber: z.number().int(),
      txHash: hash,
    }),
  ),
  total: z.number().int().nonnegative(),
  limit: z.number().int(),
  /** Pass it back as `before` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type StakerHistory = z.output<typeof stakerHistorySchema>;

const epochWindow = z.object({ startsAt: unixSeconds, endsAt: unixSeconds }).nullable();

/** The foundation's reward epochs: the schedule, the running epoch and one page of set epochs. */
export const epochsSchema = z.object({
  asOf: unixSeconds,
  /** Under the schedule in force at the last indexed block; `maxReward` caps what one epoch may set. */
  current: z
    .object({
      epoch: z.number().int(),
      startsAt: unixSeconds,
      endsAt: unixSeconds,
      epochLength: count,
      maxReward: wei,
    })
    .nullable(),
  /** The schedule's configs in force, oldest first: from an epoch (and its start time) on, this length and cap. */
  configs: z.array(
    z.object({ fromEpoch: z.number().int(), fromTime: unixSeconds, epochLength: count, maxEpochReward: wei }),
  ),
  /** Every epoch that set rewards, and their sum. */
  totals: z.object({ epochs: count, amount: wei }),
  /** Newest first. */
  items: z.array(
    z.object({
      epoch: z.number().int(),
      /** The epoch's rewards as set so far (all its submissions). */
      amount: wei,
      /** All epochs' rewards up to and including this one. */
      cumulative: wei,
      /** The cap of the config in force for this epoch (null before any schedule covers it). */
      maxReward: wei.nullable(),
      /** How many `setRewards` calls set this epoch (several are allowed while the total stays under the cap). */
      submissions: z.number().int().positive(),
      /** How many provers it rewarded. */
      provers: count,
      /** The epoch's time window under the schedule in force now (null before any schedule covers it). */
      window: epochWindow,
      /** When the last submission landed. */
      setAt: unixSeconds,
      /** With `prover` asked: that prover's reward in this epoch (0 when it got none); otherwise null. */
      proverAmount: wei.nullable(),
    }),
  ),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type Epochs = z.output<typeof epochsSchema>;

/** One epoch's distribution: every prover it rewarded, largest first. */
export const epochDetailSchema = z.object({
  asOf: unixSeconds,
  epoch: z.number().int(),
  amount: wei,
  maxReward: wei.nullable(),
  submissions: z.number().int().positive(),
  window: epochWindow,
  setAt: unixSeconds,
  rewards: z.array(z.object({ prover: address, name: z.string(), amount: wei, shareBps: bps })),
});
export type EpochDetail = z.output<typeof epochDetailSchema>;

/** Commission rate changes, newest first (they apply at once, to every staker). */
export const commissionChangesSchema = z.object({
  asOf: unixSeconds,
  items: z.array(
    z.object({
      prover: address,
      proverName: z.string(),
      /** The zero address for the default rate. */
      source: address,
      sourceKind: z.string(),
      oldRateBps: bps,
      newRateBps: bps,
      /** The source went back to the default rate (its own rate was removed). */
      useDefault: z.boolean(),
      timestamp: unixSeconds,
    }),
  ),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type CommissionChanges = z.output<typeof commissionChangesSchema>;

const concentration = {
  /** Fewest provers holding more than a third, and more than half, of all stake. */
  nakamoto33: count,
  nakamoto50: count,
  hhiBps: bps,
  giniBps: bps,
  top3Bps: bps,
};

/** How concentrated stake is, per day and now, and where new stake spreads it out. */
export const decentralizationSchema = z.object({
  asOf: unixSeconds,
  /** A prover slashed within this many days is not suggested. */
  healthyDays: count,
  now: z.object({ totalStake: wei, medianStake: wei, ...concentration }),
  /** Oldest first: each day's closing stakes of the provers registered then. */
  daily: z.array(z.object({ day: isoDay, provers: count, totalStake: wei, ...concentration })),
  /** Registered provers, largest stake first. */
  provers: z.array(
    z.object({
      address,
      name: z.string(),
      state: z.number().int().min(0).max(3),
      stake: wei,
      shareBps: bps,
      recentlySlashed: z.boolean(),
      /** Active, not slashed lately, and below the median stake: new stake here lowers concentration. */
      suggested: z.boolean(),
    }),
  ),
});
export type Decentralization = z.output<typeof decentralizationSchema>;

const rewardRates = {
  /** Mean of the closing stakes over the days the vault was registered in the window. */
  averageStake: wei,
  days: count,
  /** Paid to the vault in the window, before commission. */
  epochRewards: wei,
  marketFees: wei,
  /** Annualised: paid / average stake × 365 / days, withheld by the APY rule where it would mislead. */
  foundationApr: grossApr,
  marketApr: grossApr,
};

/** Foundation-epoch and market-fee APR over the last whole days, network-wide and per registered prover. */
export const yieldsSchema = z.object({
  asOf: unixSeconds,
  from: isoDay,
  to: isoDay,
  network: z.object(rewardRates),
  provers: z.array(z.object({ address, name: z.string(), ...rewardRates })),
});
export type Yields = z.output<typeof yieldsSchema>;

export const apiErrorSchema = z.object({ error: z.string() });
