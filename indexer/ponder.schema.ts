import { index, onchainTable, primaryKey } from "ponder";

// Amounts are BREV wei (bigint); times are unix seconds (bigint); `day` is the UTC day number
// (unix seconds / 86400) so that daily rows join without time zones.

/** One row (id 1): running network totals, and protocol parameters read once from chain. */
export const network = onchainTable("network", (t) => ({
  id: t.integer().primaryKey(),
  totalAssets: t.bigint().notNull(),
  provers: t.integer().notNull(),
  activeProvers: t.integer().notNull(),
  stakers: t.integer().notNull(),
  unstakeDelay: t.bigint(),
  biddingPhaseDuration: t.bigint(),
  revealPhaseDuration: t.bigint(),
}));

/** One row (id 1): the last indexed block, the API's notion of "now". */
export const chainClock = onchainTable("chain_clock", (t) => ({
  id: t.integer().primaryKey(),
  blockNumber: t.bigint().notNull(),
  timestamp: t.bigint().notNull(),
}));

export const prover = onchainTable(
  "prover",
  (t) => ({
    address: t.hex().primaryKey(),
    vault: t.hex().notNull(),
    state: t.integer().notNull(),
    retired: t.boolean().notNull(),
    defaultCommissionBps: t.integer().notNull(),
    name: t.text().notNull(),
    iconUrl: t.text().notNull(),
    joinedAt: t.bigint().notNull(),
    joinedBlock: t.bigint().notNull(),
    // Vault totals, kept from events; sharePrice = convertToAssets(1e18) at the last change.
    totalAssets: t.bigint().notNull(),
    totalSupply: t.bigint().notNull(),
    sharePrice: t.bigint().notNull(),
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
    // Market activity, mirroring the market's own bookkeeping.
    bids: t.integer().notNull(),
    reveals: t.integer().notNull(),
    wins: t.integer().notNull(),
    fulfilled: t.integer().notNull(),
    failed: t.integer().notNull(),
    feesEarned: t.bigint().notNull(),
    assignedStake: t.bigint().notNull(),
    lastActiveAt: t.bigint(),
  }),
  (table) => ({ stateIdx: index().on(table.state), vaultIdx: index().on(table.vault) }),
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
  (table) => ({ proverIdx: index().on(table.prover, table.timestamp) }),
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

/** A staker counts in the network's stakers while any of its positions holds shares. */
export const staker = onchainTable("staker", (t) => ({
  address: t.hex().primaryKey(),
  openPositions: t.integer().notNull(),
  firstAt: t.bigint().notNull(),
}));

/** Every change of a position, for history and CSV export. */
export const stakeEvent = onchainTable(
  "stake_event",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    staker: t.hex().notNull(),
    kind: t.text().notNull(),
    shares: t.bigint().notNull(),
    amount: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({
    stakerIdx: index().on(table.staker, table.timestamp),
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
    amount: t.bigint().notNull(),
    requestedAt: t.bigint().notNull(),
    readyAt: t.bigint().notNull(),
    status: t.text().notNull(),
    completedAt: t.bigint(),
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

/** `kind` market: a missed deadline (reqid set); controller: a slash by the slasher role (bps set). */
export const slash = onchainTable(
  "slash",
  (t) => ({
    id: t.text().primaryKey(),
    prover: t.hex().notNull(),
    kind: t.text().notNull(),
    reqid: t.hex(),
    bps: t.integer(),
    amount: t.bigint().notNull(),
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
    biddingEnd: t.bigint().notNull(),
    revealEnd: t.bigint().notNull(),
    createdAt: t.bigint().notNull(),
    status: t.text().notNull(),
    bids: t.integer().notNull(),
    reveals: t.integer().notNull(),
    winner: t.hex(),
    winnerFee: t.bigint(),
    secondPlace: t.hex(),
    secondFee: t.bigint(),
    actualFee: t.bigint(),
    settledAt: t.bigint(),
    slashedAmount: t.bigint(),
  }),
  (table) => ({
    statusIdx: index().on(table.status, table.deadline),
    winnerIdx: index().on(table.winner, table.status),
    createdIdx: index().on(table.createdAt),
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

export const rewardEpoch = onchainTable("reward_epoch", (t) => ({
  epoch: t.integer().primaryKey(),
  amount: t.bigint().notNull(),
  cumulative: t.bigint().notNull(),
  provers: t.integer().notNull(),
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
