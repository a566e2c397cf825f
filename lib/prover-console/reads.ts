import type { Address, ContractFunctionParameters, Hex, MulticallReturnType, PublicClient } from "viem";
import { zeroAddress } from "viem";
import { MULTICALL3_ADDRESS } from "../chain/networks";
import { shareUnitsReads, toShareUnits } from "../chain/share-units";
import type { Deployment } from "../contracts/addresses";
import {
  brevisMarketAbi,
  brevTokenAbi,
  marketViewerAbi,
  multicall3Abi,
  stakingControllerAbi,
  stakingViewerAbi,
} from "../contracts/generated";
import type { ShareUnits } from "../math/share-price";

/** How many stats epochs, the current one and those before it, the console reads. */
const STATS_EPOCHS_READ = 6;
/**
 * Stakers whose shares one multicall reads. The largest stakers come from the chain, not the
 * indexer: the console's figures are live, and only every staker's shares can rank them. The
 * chain's list has no order by size, so all of it is read: the first batch rides in the console's
 * second multicall (two requests on load up to this many stakers), each further batch is one
 * more eth_call, sent alongside, kept small enough for a node's eth_call gas cap.
 */
export const STAKER_BATCH = 500;

export type ChainUnstake = { staker: Address; amount: bigint; requestTime: bigint; scaleSnapshot: bigint };
export type HeldRequest = { reqid: Hex; deadline: bigint; minStake: bigint };

/** Everything the console shows from the chain, as the contracts answered, for one prover. */
export type ConsoleReads = {
  prover: Address;
  chainNow: bigint;
  /** 0 Null (never joined or retired), 1 Active, 2 Deactivated, 3 Jailed. */
  state: number;
  vault: Address;
  vaultAssets: bigint;
  vaultShares: bigint;
  pendingUnstakes: bigint;
  slashingScale: bigint;
  pendingCommission: bigint;
  numStakers: bigint;
  joinedAt: bigint;
  name: string;
  iconUrl: string;
  /** The default rate first (source zero), then each source with its own rate. */
  commissionRates: readonly { source: Address; rate: number }[];
  selfShares: bigint;
  selfStake: bigint;
  units: ShareUnits;
  rules: { minSelfStake: bigint; unstakeDelay: bigint; deactivationScale: bigint; maxPending: bigint };
  /** The prover's own BREV wallet and what the controller may pull from it (for a top-up). */
  walletBalance: bigint;
  allowance: bigint;
  stakers: readonly { staker: Address; shares: bigint }[];
  unstakes: readonly ChainUnstake[];
  /** Null where the deployment has no market. */
  market: {
    assignedStake: bigint;
    overcommitBps: bigint;
    slashBps: bigint;
    slashWindow: bigint;
    held: readonly HeldRequest[];
    overdue: ReadonlySet<Hex>;
    submitters: readonly Address[];
    stats: {
      bids: bigint;
      reveals: bigint;
      fulfilled: bigint;
      refunded: bigint;
      pending: bigint;
      overdue: bigint;
      feeReceived: bigint;
      successRateBps: bigint;
    };
    /**
     * The market's counts per stats epoch, the current one (`statsEpochId`) first. `endAt` 0: no
     * later epoch is scheduled yet, so the current one is open-ended.
     */
    statsEpochs: readonly StatsEpochReads[];
  } | null;
};

export type StatsEpochReads = {
  id: bigint;
  startAt: bigint;
  endAt: bigint;
  bids: bigint;
  reveals: bigint;
  fulfilled: bigint;
  refunded: bigint;
  feeReceived: bigint;
  /** The whole market's counts in the epoch (fees after the protocol fee, as the prover's). */
  global: { requests: bigint; fulfilled: bigint; fees: bigint };
};

/** Who an account is to the console: a prover, a submitter of one, or neither (with its pending consent). */
export type AccountRole =
  | { kind: "prover"; prover: Address }
  | { kind: "submitter"; prover: Address }
  | { kind: "none"; consentTo: Address | null };

/** The result of one console read: the role of the account asked about and the prover's state, when it is one. */
export type ConsoleRead = { role: AccountRole; reads: ConsoleReads | null };

type Contracts = Deployment["contracts"];

function firstRound(contracts: Contracts, prover: Address) {
  const controller = { address: contracts.StakingController, abi: stakingControllerAbi } as const;
  return [
    { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getCurrentBlockTimestamp" },
    { ...controller, functionName: "getProverInfo", args: [prover] },
    { address: contracts.StakingViewer, abi: stakingViewerAbi, functionName: "getProverInfo", args: [prover] },
    { ...controller, functionName: "getStakeInfo", args: [prover, prover] },
    { ...controller, functionName: "maxWithdraw", args: [prover, prover] },
    { ...controller, functionName: "getCommissionRates", args: [prover] },
    { ...controller, functionName: "minSelfStake" },
    { ...controller, functionName: "unstakeDelay" },
    { ...controller, functionName: "DEACTIVATION_SCALE" },
    { ...controller, functionName: "MAX_PENDING_UNSTAKES" },
    { ...controller, functionName: "getProverStakers", args: [prover] },
    { ...controller, functionName: "getStakersWithPendingUnstakes", args: [prover] },
    { address: contracts.BrevToken, abi: brevTokenAbi, functionName: "balanceOf", args: [prover] },
    {
      address: contracts.BrevToken,
      abi: brevTokenAbi,
      functionName: "allowance",
      args: [prover, contracts.StakingController],
    },
  ] as const;
}

function marketRound(market: Address, viewer: Address, prover: Address) {
  const m = { address: market, abi: brevisMarketAbi } as const;
  const v = { address: viewer, abi: marketViewerAbi } as const;
  return [
    { ...m, functionName: "assignedStake", args: [prover] },
    { ...m, functionName: "overcommitBps" },
    { ...m, functionName: "slashBps" },
    { ...m, functionName: "slashWindow" },
    { ...m, functionName: "getSubmittersForProver", args: [prover] },
    { ...v, functionName: "getProverPendingRequests", args: [prover] },
    { ...v, functionName: "getProverOverdueRequests", args: [prover] },
    { ...v, functionName: "getProverStatsComposite", args: [prover] },
    { ...m, functionName: "statsEpochId" },
  ] as const;
}

/** The prover's counts in each of the stats epochs `ids`, with each epoch's start and end. */
function proverEpochRound(market: Address, prover: Address, ids: readonly bigint[]) {
  return ids.map(
    (id) =>
      ({
        address: market,
        abi: brevisMarketAbi,
        functionName: "getProverStatsForStatsEpoch",
        args: [prover, id],
      }) as const,
  );
}

/** The whole market's counts in each of the stats epochs `ids`. */
function globalEpochRound(market: Address, ids: readonly bigint[]) {
  return ids.map(
    (id) =>
      ({ address: market, abi: brevisMarketAbi, functionName: "getGlobalStatsForStatsEpoch", args: [id] }) as const,
  );
}

/** The current stats epoch and up to STATS_EPOCHS_READ - 1 before it, newest first. */
function recentEpochIds(current: bigint): bigint[] {
  return Array.from(
    { length: Math.min(STATS_EPOCHS_READ, Number(current) + 1) },
    (_, index) => current - BigInt(index),
  );
}

function requestRound(viewer: Address, reqids: Hex[]) {
  return [{ address: viewer, abi: marketViewerAbi, functionName: "batchGetRequests", args: [reqids] }] as const;
}

function roleRound(market: Address, controller: Address, account: Address) {
  return [
    { address: controller, abi: stakingControllerAbi, functionName: "getProverState", args: [account] },
    { address: market, abi: brevisMarketAbi, functionName: "submitterToProver", args: [account] },
    { address: market, abi: brevisMarketAbi, functionName: "submitterConsent", args: [account] },
  ] as const;
}

/** Several groups of reads in ONE multicall (one eth_call), answered group by group. */
async function inOneCall<const T extends readonly (readonly ContractFunctionParameters[])[]>(
  client: Pick<PublicClient, "multicall">,
  groups: T,
): Promise<{ [K in keyof T]: MulticallReturnType<T[K], true> }> {
  const contracts: readonly ContractFunctionParameters[] = groups.flat();
  // batchSize 0: viem would otherwise split calldata over 1 kB into several eth_calls.
  const answers = await client.multicall({ contracts, allowFailure: true, batchSize: 0 });
  let offset = 0;
  return groups.map((group) => {
    const part = answers.slice(offset, offset + group.length);
    offset += group.length;
    return part;
  }) as never;
}

function roleOf(
  account: Address,
  [state, submitsFor, consent]: readonly [number | undefined, Address | undefined, Address | undefined],
): AccountRole {
  if (state !== undefined && state !== 0) return { kind: "prover", prover: account };
  if (submitsFor && submitsFor !== zeroAddress) return { kind: "submitter", prover: submitsFor };
  return { kind: "none", consentTo: consent && consent !== zeroAddress ? consent : null };
}

/**
 * Reads the console of `account` (or of the prover it submits for) in two multicalls: one of
 * independent reads (the prover, the rules, the market, the account's role), then one of the
 * reads that need its answers (each held request's minimum stake, each pending unstake, each
 * staker's shares, the vault's share units, the last stats epochs' counts). Two requests to the
 * chain on load; the same function serves the server (watch mode) and the browser (the connected
 * console).
 */
export async function readProverConsole(
  client: Pick<PublicClient, "multicall">,
  contracts: Contracts,
  account: Address,
): Promise<ConsoleRead> {
  const { BrevisMarket: market, MarketViewer: marketViewer } = contracts;
  const [core, marketGroup, roleGroup] = await inOneCall(client, [
    firstRound(contracts, account),
    market && marketViewer ? marketRound(market, marketViewer, account) : [],
    market ? roleRound(market, contracts.StakingController, account) : [],
  ] as const);
  const [now, info, display, selfShares, selfStake, rates, minSelfStake, unstakeDelay, deactivation, maxPending] = core;
  const [stakers, pendingStakers, balance, allowance] = core.slice(10) as [
    (typeof core)[10],
    (typeof core)[11],
    (typeof core)[12],
    (typeof core)[13],
  ];
  const state = ok(info)[0];
  const roleAnswers = roleGroup as MulticallReturnType<ReturnType<typeof roleRound>, true>;
  const role = roleOf(account, [
    state,
    roleAnswers[1]?.status === "success" ? roleAnswers[1].result : undefined,
    roleAnswers[2]?.status === "success" ? roleAnswers[2].result : undefined,
  ]);
  if (role.kind === "submitter")
    return { role, reads: (await readProverConsole(client, contracts, role.prover)).reads };
  if (state === 0) return { role, reads: null };
  const typedMarket =
    marketGroup.length > 0
      ? ((marketGroup as readonly Answer[]).map((entry) => ok(entry)) as MulticallReturnType<
          ReturnType<typeof marketRound>,
          false
        >)
      : null;
  const prover = account;
  const viewInfo = ok(display);
  const vault = viewInfo.vault;
  const held = typedMarket?.[5] ?? [];
  const pendingAddresses = ok(pendingStakers);
  const stakerAddresses = ok(stakers);
  const controller = { address: contracts.StakingController, abi: stakingControllerAbi } as const;
  const epochIds = market && typedMarket ? recentEpochIds(typedMarket[8]) : [];
  const shareReads = (batch: readonly Address[]) =>
    batch.map((staker) => ({ ...controller, functionName: "getStakeInfo", args: [prover, staker] }) as const);
  const laterBatches: Address[][] = [];
  for (let start = STAKER_BATCH; start < stakerAddresses.length; start += STAKER_BATCH) {
    laterBatches.push(stakerAddresses.slice(start, start + STAKER_BATCH));
  }
  const [[unitAnswers, requestAnswers, unstakeAnswers, firstShares, proverEpochs, globalEpochs], ...laterShares] =
    await Promise.all([
      inOneCall(client, [
        shareUnitsReads(vault, contracts.BrevToken),
        marketViewer && held.length > 0
          ? requestRound(
              marketViewer,
              held.map((item) => item.reqid),
            )
          : [],
        pendingAddresses.map(
          (staker) => ({ ...controller, functionName: "getPendingUnstakes", args: [prover, staker] }) as const,
        ),
        shareReads(stakerAddresses.slice(0, STAKER_BATCH)),
        market ? proverEpochRound(market, prover, epochIds) : [],
        market ? globalEpochRound(market, epochIds) : [],
      ] as const),
      ...laterBatches.map((batch) => inOneCall(client, [shareReads(batch)] as const).then(([answers]) => answers)),
    ]);
  const shareAnswers = [...firstShares, ...laterShares.flat()];
  const units = unitAnswers.map((entry) => ok(entry)) as [number, number];
  const requests =
    requestAnswers.length > 0
      ? ok((requestAnswers as MulticallReturnType<ReturnType<typeof requestRound>, true>)[0])
      : [];
  const unstakes = unstakeAnswers.map((entry) => ok(entry));
  const shares = shareAnswers.map((entry) => ok(entry));
  const minStakes = new Map(requests.map((request) => [request.reqid, request.minStake]));
  const [sources, rateValues] = ok(rates);
  const stats = typedMarket?.[7];
  const statsEpochs = epochIds.map((id, index): StatsEpochReads => {
    const [own, startAt, endAt] = ok(proverEpochs[index]);
    const [global] = ok(globalEpochs[index]);
    return {
      id,
      startAt,
      endAt,
      bids: own.bids,
      reveals: own.reveals,
      fulfilled: own.requestsFulfilled,
      refunded: own.requestsRefunded,
      feeReceived: own.feeReceived,
      global: { requests: global.totalRequests, fulfilled: global.totalFulfilled, fees: global.totalFees },
    };
  });
  return {
    role: { kind: "prover", prover },
    reads: {
      prover,
      chainNow: ok(now),
      state,
      vault,
      vaultAssets: viewInfo.vaultAssets,
      vaultShares: viewInfo.vaultShares,
      pendingUnstakes: viewInfo.totalUnstaking,
      slashingScale: viewInfo.slashingScale,
      pendingCommission: viewInfo.pendingCommission,
      numStakers: viewInfo.numStakers,
      joinedAt: viewInfo.joinedAt,
      name: viewInfo.name,
      iconUrl: viewInfo.iconUrl,
      commissionRates: sources.map((source, index) => ({ source, rate: Number(rateValues[index] ?? 0n) })),
      selfShares: ok(selfShares),
      selfStake: ok(selfStake),
      units: toShareUnits(units),
      rules: {
        minSelfStake: ok(minSelfStake),
        unstakeDelay: ok(unstakeDelay),
        deactivationScale: ok(deactivation),
        maxPending: ok(maxPending),
      },
      walletBalance: ok(balance),
      allowance: ok(allowance),
      stakers: stakerAddresses.map((staker, index) => ({ staker, shares: shares[index] ?? 0n })),
      unstakes: pendingAddresses.flatMap((staker, index) =>
        (unstakes[index] ?? []).map((request) => ({ staker, ...request })),
      ),
      market:
        typedMarket && stats
          ? {
              assignedStake: typedMarket[0],
              overcommitBps: typedMarket[1],
              slashBps: typedMarket[2],
              slashWindow: typedMarket[3],
              submitters: typedMarket[4],
              held: held.map((item) => ({
                reqid: item.reqid,
                deadline: BigInt(item.deadline),
                minStake: minStakes.get(item.reqid) ?? 0n,
              })),
              overdue: new Set(typedMarket[6]),
              stats: {
                bids: BigInt(stats.total.bids),
                reveals: BigInt(stats.total.reveals),
                fulfilled: BigInt(stats.fulfilled),
                refunded: BigInt(stats.refunded),
                pending: BigInt(stats.pendingCount),
                overdue: BigInt(stats.overdueCount),
                feeReceived: stats.total.feeReceived,
                successRateBps: BigInt(stats.successRateBps),
              },
              statsEpochs,
            }
          : null,
    },
  };
}

/** Who `account` is to the market and the controller, in one multicall. */
export async function readAccountRole(
  client: Pick<PublicClient, "multicall">,
  contracts: Contracts,
  account: Address,
): Promise<AccountRole> {
  const market = contracts.BrevisMarket;
  if (!market) {
    const [state] = await client.multicall({
      contracts: [roleRound(zeroAddress, contracts.StakingController, account)[0]],
      allowFailure: false,
    });
    return roleOf(account, [state, undefined, undefined]);
  }
  return roleOf(
    account,
    await client.multicall({ contracts: roleRound(market, contracts.StakingController, account), allowFailure: false }),
  );
}

type Answer = { status: "success"; result: unknown } | { status: "failure"; error: Error };

function ok<T>(entry: { status: "success"; result: T } | { status: "failure"; error: Error } | undefined): T {
  if (!entry) throw new Error("The chain's answer is missing a read.");
  if (entry.status === "failure") throw entry.error;
  return entry.result;
}
