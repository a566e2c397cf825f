import { index, onchainTable, primaryKey, sql } from "ponder";

// Amounts are BREV wei (bigint); times are unix seconds (bigint); `day` is the UTC day number
// (unix seconds / 86400) so that daily rows join without time zones.

/**
 * One row (id 1): running network totals, and protocol parameters: each is read once from the
 * latest block when first needed and then follows its `*Updated` event, so it is the value in
 * force at the last indexed block (which is all the API uses it for).
 */
export const network = onchainTable("network", (t) => ({
  id: t.integer().primaryKey(),
  /** Σ vault assets of the registered provers (pending unstakes not included). */
  totalAssets: t.bigint().notNull(),
  /** Registered provers (the controller's list: retired provers have left it). */
  provers: t.integer().notNull(),
  activeProvers: t.integer().notNull(),
  /** Unique addresses holding shares in at least one vault: people, not positions. */
  stakers: t.integer().notNull(),
  unstakeDelay: t.bigint(),
  biddingPhaseDuration: t.bigint(),
  revealPhaseDuration: t.bigint(),
  /** The market's current stats epoch (its `statsEpochId`, advanced by `StatsReset`) and how many are scheduled. */
  statsEpoch: t.integer().notNull(),
  statsEpochCount: t.integer().notNull(),
}));

/** One row (id 1): the last indexed block, the API's notion of "now". */
export const chainClock = onchainTable("chain_clock", (t) => ({
  id: t.integer().primaryKey(),
  blockNumber: t.bigint().notNull(),
  /** Tells two blocks of one height apart: after a reorg the number repeats, the hash does not. */
  blockHash: t.hex().notNull(),
  timestamp: t.bigint().notNull(),
}));

/**
 * One row per prover address: its current life, or its last one once retired. `retireProver`
 * deletes a prover on chain (state Null, off the lists): the row stays as a tombstone (state 0,
 * `retired`) that no list or total counts; should the address register again, a new life
 * starts (`life` + 1) with fresh staking figures and the old one moves to `prover_life`.
 */
export const prover = onchainTable(
  "prover",
  (t) => ({
    address: t.hex().primaryKey(),
    vault: t.hex().notNull(),
    /** Read from the vault: its shares' decimals, and their offset over the asset's (OpenZeppelin's virtual shares). */
    shareDecimals: t.integer().notNull(),
    decimalsOffset: t.integer().notNull(),
    state: t.integer().notNull(),
    retired: t.boolean().notNull(),
    retiredAt: t.bigint(),
    life: t.integer().notNull(),
    defaultCommissionBps: t.integer().notNull(),
    name: t.text().notNull(),
    iconUrl: t.text().notNull(),
    joinedAt: t.bigint().notNull(),
    joinedBlock: t.bigint().notNull(),
    // Vault totals, kept from events; sharePrice = convertToAssets(one whole share) at the last change (kept while the vault has no shares).
    totalAssets: t.bigint().notNull(),
    totalSupply: t.bigint().notNull(),
    sharePrice: t.bigint().notNull(),
    /**
     * The controller's `totalUnstaking` for this prover (still slashable, counted by
     * `getProverTotalAssets` = vault assets + this) and its slashing scale in bps, kept with
     * the controller's own arithmetic.
     */
    pendingUnstake: t.bigint().notNull(),
    slashingScale: t.integer().notNull(),
    stakers: t.integer().notNull(),
    staked: t.bigint().notNull(),
    unstaked: t.bigint().notNull(),
    unstakePaid: t.bigint().notNull(),
    rewardsMarket: t.bigint().notNull(),
    rewardsEpoch: t.bigint().notNull(),
    rewardsOther: t.bigint().notNull(),
    toStakers: t.bigint().notNull(),
    commissionAccrued: t.bigint().notNull(),
    commissionClaimed: t.bigint().notNull(),
    slashedAmount: t.bigint().notNull(),
    slashes: t.integer().notNull(),
    // Market activity over the address's whole history (the market keys it by address, across
    // lives): `bids` counts every bid call, replacements included, as the market's stats do;
    // `failed` counts refunds after a missed deadline (the market's `requestsRefunded`).
    bids: t.integer().notNull(),
    reveals: t.integer().notNull(),
    wins: t.integer().notNull(),
    fulfilled: t.integer().notNull(),
    failed: t.integer().notNull(),
    assignedStake: t.bigint().notNull(),
    lastActiveAt: t.bigint(),
  }),
  (table) => ({ stateIdx: index().on(table.state), vaultIdx: index().on(table.vault) }),
);

/** A prover's earlier life, kept when its address registered again after retiring. */
export const proverLife = onchainTable(
  "prover_life",
  (t) => ({
    prover: t.hex().notNull(),
    life: t.integer().notNull(),
    vault: t.hex().notNull(),
    joinedAt: t.bigint().notNull(),
    retiredAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.life] }) }),
);

/** Vault address → prover, for the vault's own events. */
export const vault = onchainTable("vault", (t) => ({
  address: t.hex().primaryKey(),
  prover: t.hex().notNull(),
}));

export const proverStateChange = onchainTable(
  "prover_state_change",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    oldState: t.integer().notNull(),
    newState: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp) }),
);

export const profileChange = onchainTable(
  "profile_change",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    name: t.text().notNull(),
    iconUrl: t.text().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp) }),
);

/** `source` is the zero address for the default rate. */
export const commissionChange = onchainTable(
  "commission_change",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    source: t.hex().notNull(),
    sourceKind: t.text().notNull(),
    oldRateBps: t.integer().notNull(),
    newRateBps: t.integer().notNull(),
    useDefault: t.boolean().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp), timeIdx: index().on(table.timestamp) }),
);

/** The per-source overrides in force now. */
export const commissionOverride = onchainTable(
  "commission_override",
  (t) => ({
    prover: t.hex().notNull(),
    source: t.hex().notNull(),
    sourceKind: t.text().notNull(),
    rateBps: t.integer().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.source] }) }),
);

export const vaultSnapshot = onchainTable(
  "vault_snapshot",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    cause: t.text().notNull(),
    totalAssets: t.bigint().notNull(),
    totalSupply: t.bigint().notNull(),
    sharePrice: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    /** Orders snapshots within a block (several changes can share one). */
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp) }),
);

/**
 * Cost basis and withdrawals are valued in BREV at the moment shares arrive or leave
 * (stake amount, unstake amount, or share price for transfers between holders).
 */
export const position = onchainTable(
  "position",
  (t) => ({
    prover: t.hex().notNull(),
    staker: t.hex().notNull(),
    shares: t.bigint().notNull(),
    costBasis: t.bigint().notNull(),
    withdrawn: t.bigint().notNull(),
    /** Unstake requests are numbered per position; those from `unstakeHead` on are pending. */
    unstakeNext: t.integer().notNull(),
    unstakeHead: t.integer().notNull(),
    firstAt: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.staker] }), stakerIdx: index().on(table.staker) }),
);

/**
 * A vault's holders with shares, and each one's shares (same order), kept as shares move, so a
 * reward is split among them from this one row: neither a query (it makes Ponder flush its
 * cache on every reward) nor a position lookup per holder (each a database round trip when the
 * row is not in Ponder's cache, as in live indexing: 40 s for a block of 1,000 rewards).
 */
export const vaultHolders = onchainTable("vault_holders", (t) => ({
  prover: t.hex().primaryKey(),
  holders: t.hex().array().notNull(),
  shares: t.bigint().array().notNull(),
}));

/** A staker counts in the network's stakers while any of its positions holds shares. */
export const staker = onchainTable("staker", (t) => ({
  address: t.hex().primaryKey(),
  openPositions: t.integer().notNull(),
  firstAt: t.bigint().notNull(),
}));

/**
 * A holder's history, one row per entry it sees: every change of its position (from the
 * controller's and the vault's logs) and its part of every reward its vault received while it
 * held shares (`kind` "reward", `source` set). Written as the logs are indexed, so a page of it
 * is read by the index on (staker, block, log index), newest first, never rebuilt.
 */
export const stakerHistory = onchainTable(
  "staker_history",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    staker: t.hex().notNull(),
    kind: t.text().notNull(),
    /** A reward's source kind (market, epoch, other); null for position changes. */
    source: t.text(),
    shares: t.bigint().notNull(),
    /**
     * A position change's running total: the staker's shares with the prover once this row's log
     * is done (stakes and transfers in add, unstake requests and transfers out take away). Null
     * for reward parts, which are no step of the shares.
     */
    sharesAfter: t.bigint(),
    amount: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({
    stakerIdx: index().on(table.staker, table.blockNumber, table.logIndex, table.id),
    // The shares held before a log: one probe, over position changes only.
    ledgerIdx: index()
      .on(table.staker, table.prover, table.blockNumber, table.logIndex)
      .where(sql`shares_after IS NOT NULL`),
    stakerTimeIdx: index().on(table.staker, table.kind, table.timestamp),
    proverIdx: index().on(table.prover, table.timestamp),
  }),
);

export const unstakeRequest = onchainTable(
  "unstake_request",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    staker: t.hex().notNull(),
    shares: t.bigint().notNull(),
    /** As requested; it pays `amount × scale at completion / scaleAtRequest` (slashes reach pending unstakes). */
    amount: t.bigint().notNull(),
    scaleAtRequest: t.integer().notNull(),
    requestedAt: t.bigint().notNull(),
    status: t.text().notNull(),
    completedAt: t.bigint(),
    /** What the completion paid for this request. */
    paid: t.bigint(),
  }),
  (table) => ({
    stakerIdx: index().on(table.staker, table.status),
    proverIdx: index().on(table.prover, table.staker, table.status),
  }),
);

export const reward = onchainTable(
  "reward",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    source: t.hex().notNull(),
    sourceKind: t.text().notNull(),
    amount: t.bigint().notNull(),
    commission: t.bigint().notNull(),
    toStakers: t.bigint().notNull(),
    /** Vault share supply when the reward arrived: a holder's part is toStakers × shares / supply. */
    totalSupply: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp), timeIdx: index().on(table.timestamp) }),
);

export const proverDailyReward = onchainTable(
  "prover_daily_reward",
  (t) => ({
    prover: t.hex().notNull(),
    day: t.integer().notNull(),
    sourceKind: t.text().notNull(),
    amount: t.bigint().notNull(),
    commission: t.bigint().notNull(),
    toStakers: t.bigint().notNull(),
    count: t.integer().notNull(),
  }),
  (table) => ({
    pk: primaryKey({ columns: [table.prover, table.day, table.sourceKind] }),
    dayIdx: index().on(table.day),
  }),
);

/**
 * Every slash the controller executed (its `ProverSlashed`: `amount` taken from vault and
 * pending unstakes together, at `bps`). `kind` market: the market's slash of a missed deadline,
 * with its request and the amount the market asked for (`requested`, capped by the controller's
 * maximum before it is taken); controller: a slash by the slasher role.
 */
/**
 * The market's last reward to a prover, held until the proof it paid for reads it (submitProof
 * adds the reward, then logs the proof), so the proof finds it in the indexing cache.
 */
export const pendingMarketReward = onchainTable("pending_market_reward", (t) => ({
  prover: t.hex().primaryKey(),
  txHash: t.hex().notNull(),
  amount: t.bigint().notNull(),
}));

export const slash = onchainTable(
  "slash",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    kind: t.text().notNull(),
    reqid: t.hex(),
    bps: t.integer().notNull(),
    amount: t.bigint().notNull(),
    requested: t.bigint(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp) }),
);

export const request = onchainTable(
  "request",
  (t) => ({
    reqid: t.hex().primaryKey(),
    requester: t.hex().notNull(),
    nonce: t.bigint().notNull(),
    vk: t.hex().notNull(),
    version: t.integer().notNull(),
    maxFee: t.bigint().notNull(),
    minStake: t.bigint().notNull(),
    deadline: t.bigint().notNull(),
    // Phase ends are not stored: the market computes them from the durations in force when read.
    createdAt: t.bigint().notNull(),
    status: t.text().notNull(),
    /** Distinct provers that bid (the market's `bidCount`) and distinct provers that revealed. */
    bids: t.integer().notNull(),
    reveals: t.integer().notNull(),
    winner: t.hex(),
    winnerFee: t.bigint(),
    secondPlace: t.hex(),
    secondFee: t.bigint(),
    /** What the requester paid (the second price); the prover received it less the protocol fee. */
    actualFee: t.bigint(),
    settledAt: t.bigint(),
    /** What the controller took when the market slashed the winner (the slash row has what was asked). */
    slashedAmount: t.bigint(),
    /**
     * The market's cut of `actualFee` once fulfilled: what it paid less the winner's reward (its
     * RewardsAdded in the same transaction; none when the reward was zero).
     */
    protocolFee: t.bigint(),
  }),
  (table) => ({
    statusIdx: index().on(table.status, table.deadline),
    winnerIdx: index().on(table.winner, table.status),
    /** The list's keyset order: newest first, the id breaking ties. */
    createdIdx: index().on(table.createdAt, table.reqid),
    /** A program's latest auctions, for the fee simulator. */
    vkCreatedIdx: index().on(table.vk, table.createdAt),
  }),
);

export const bid = onchainTable(
  "bid",
  (t) => ({
    reqid: t.hex().notNull(),
    prover: t.hex().notNull(),
    bidHash: t.hex().notNull(),
    placedAt: t.bigint().notNull(),
    fee: t.bigint(),
    revealedAt: t.bigint(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.reqid, table.prover] }), proverIdx: index().on(table.prover) }),
);

/**
 * Every sealed bid (a replaced one included) and every reveal, in order: a request's story. The
 * `bid` table keeps only each prover's latest.
 */
export const bidEvent = onchainTable(
  "bid_event",
  (t) => ({
    id: t.text().primaryKey(),
    reqid: t.hex().notNull(),
    prover: t.hex().notNull(),
    kind: t.text().notNull(),
    bidHash: t.hex(),
    fee: t.bigint(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ reqidIdx: index().on(table.reqid, table.blockNumber, table.logIndex) }),
);

export const submitter = onchainTable(
  "submitter",
  (t) => ({
    prover: t.hex().notNull(),
    submitter: t.hex().notNull(),
    active: t.boolean().notNull(),
    registeredAt: t.bigint().notNull(),
    unregisteredAt: t.bigint(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.submitter] }) }),
);

/** An epoch's rewards as set so far: `amount` is the epoch's total over its submissions. */
export const rewardEpoch = onchainTable("reward_epoch", (t) => ({
  epoch: t.integer().primaryKey(),
  amount: t.bigint().notNull(),
  submissions: t.integer().notNull(),
  provers: t.integer().notNull(),
  firstSetAt: t.bigint().notNull(),
  setAt: t.bigint().notNull(),
}));

export const epochProverReward = onchainTable(
  "epoch_prover_reward",
  (t) => ({
    epoch: t.integer().notNull(),
    prover: t.hex().notNull(),
    amount: t.bigint().notNull(),
    setAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.epoch, table.prover] }), proverIdx: index().on(table.prover) }),
);

export const epochConfig = onchainTable("epoch_config", (t) => ({
  fromEpoch: t.integer().primaryKey(),
  fromTime: t.bigint().notNull(),
  epochLength: t.bigint().notNull(),
  maxEpochReward: t.bigint().notNull(),
  setAt: t.bigint().notNull(),
}));

/**
 * The market's stats epochs as scheduled (`StatsEpochScheduled` appends, `StatsEpochPopped`
 * removes a future one); `endAt` null while it is the last scheduled.
 */
export const statsEpoch = onchainTable("stats_epoch", (t) => ({
  id: t.integer().primaryKey(),
  startAt: t.bigint().notNull(),
  endAt: t.bigint(),
}));

/**
 * A prover's market activity within one stats epoch, attributed as the market does: to its
 * `statsEpochId` at the time (advanced lazily by `StatsReset`, so a refund before the next
 * bid counts in the old epoch). `feeReceived` is after the protocol fee.
 */
export const proverStats = onchainTable(
  "prover_stats",
  (t) => ({
    prover: t.hex().notNull(),
    statsEpoch: t.integer().notNull(),
    bids: t.integer().notNull(),
    reveals: t.integer().notNull(),
    fulfilled: t.integer().notNull(),
    refunded: t.integer().notNull(),
    feeReceived: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.statsEpoch] }) }),
);

/** The market's global counters within one stats epoch; `fees` is after the protocol fee. */
export const marketStats = onchainTable("market_stats", (t) => ({
  statsEpoch: t.integer().primaryKey(),
  requests: t.integer().notNull(),
  fulfilled: t.integer().notNull(),
  fees: t.bigint().notNull(),
}));

/** Flows are summed over the day; tvl, provers and stakers are the values at the day's last event. */
export const networkDaily = onchainTable("network_daily", (t) => ({
  day: t.integer().primaryKey(),
  tvl: t.bigint().notNull(),
  activeProvers: t.integer().notNull(),
  stakers: t.integer().notNull(),
  staked: t.bigint().notNull(),
  unstaked: t.bigint().notNull(),
  marketFees: t.bigint().notNull(),
  epochRewards: t.bigint().notNull(),
  otherRewards: t.bigint().notNull(),
  commission: t.bigint().notNull(),
  requests: t.integer().notNull(),
  fulfilled: t.integer().notNull(),
  refunded: t.integer().notNull(),
  slashed: t.bigint().notNull(),
}));

/**
 * Each prover's vault assets at the end of each UTC day it changed (the day's last change), and
 * whether the prover was still registered then: the history decentralization is measured over.
 * A day without a row keeps the prover's previous one.
 */
export const proverDailyStake = onchainTable(
  "prover_daily_stake",
  (t) => ({
    prover: t.hex().notNull(),
    day: t.integer().notNull(),
    stake: t.bigint().notNull(),
    registered: t.boolean().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.prover, table.day] }), dayIdx: index().on(table.day) }),
);
