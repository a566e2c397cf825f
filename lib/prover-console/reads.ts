import type { Address, Hex, PublicClient } from "viem";
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

/** How many stakers the console reads shares for: the largest ones are what it shows. */
const MAX_STAKERS_READ = 200;

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
  } | null;
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
  ] as const;
}

function roleRound(market: Address, controller: Address, account: Address) {
  return [
    { address: controller, abi: stakingControllerAbi, functionName: "getProverState", args: [account] },
    { address: market, abi: brevisMarketAbi, functionName: "submitterToProver", args: [account] },
    { address: market, abi: brevisMarketAbi, functionName: "submitterConsent", args: [account] },
  ] as const;
}

/**
 * Reads the console of `account` (or of the prover it submits for): one round of independent
 * reads, then one of the reads that need its answers (each held request's minimum stake, each
 * pending unstake, each staker's shares, the vault's share units). Calls in one round leave in
 * one HTTP request (the clients batch), so the console costs two requests on load. The same
 * function serves the server (watch mode) and the browser (the connected console).
 */
export async function readProverConsole(
  client: Pick<PublicClient, "multicall">,
  contracts: Contracts,
  account: Address,
): Promise<ConsoleRead> {
  const { BrevisMarket: market, MarketViewer: marketViewer } = contracts;
  const [core, marketAnswers, role] = await Promise.all([
    client.multicall({ contracts: firstRound(contracts, account), allowFailure: true }),
    market && marketViewer
      ? client.multicall({ contracts: marketRound(market, marketViewer, account), allowFailure: false })
      : null,
    readAccountRole(client, contracts, account),
  ]);
  const [now, info, display, selfShares, selfStake, rates, minSelfStake, unstakeDelay, deactivation, maxPending] = core;
  const [stakers, pendingStakers, balance, allowance] = core.slice(10) as [
    (typeof core)[10],
    (typeof core)[11],
    (typeof core)[12],
    (typeof core)[13],
  ];
  const state = ok(info)[0];
  if (role.kind === "submitter") return { role, reads: (await readProverConsole(client, contracts, role.prover)).reads };
  if (state === 0) return { role, reads: null };
  const prover = account;
  const viewInfo = ok(display);
  const vault = viewInfo.vault;
  const held = marketAnswers?.[5] ?? [];
  const pendingAddresses = ok(pendingStakers);
  const stakerAddresses = ok(stakers).slice(0, MAX_STAKERS_READ);
  const controller = { address: contracts.StakingController, abi: stakingControllerAbi } as const;
  const [units, requests, unstakes, shares] = await Promise.all([
    client.multicall({ contracts: shareUnitsReads(vault, contracts.BrevToken), allowFailure: false }),
    marketViewer && held.length > 0
      ? client.multicall({
          contracts: [
            {
              address: marketViewer,
              abi: marketViewerAbi,
              functionName: "batchGetRequests",
              args: [held.map((item) => item.reqid)],
            },
          ] as const,
          allowFailure: false,
        })
      : null,
    whenAny(pendingAddresses, () =>
      client.multicall({
        contracts: pendingAddresses.map(
          (staker) => ({ ...controller, functionName: "getPendingUnstakes", args: [prover, staker] }) as const,
        ),
        allowFailure: false,
      }),
    ),
    whenAny(stakerAddresses, () =>
      client.multicall({
        contracts: stakerAddresses.map(
          (staker) => ({ ...controller, functionName: "getStakeInfo", args: [prover, staker] }) as const,
        ),
        allowFailure: false,
      }),
    ),
  ]);
  const minStakes = new Map((requests?.[0] ?? []).map((request) => [request.reqid, request.minStake]));
  const [sources, rateValues] = ok(rates);
  const stats = marketAnswers?.[7];
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
        marketAnswers && stats
          ? {
              assignedStake: marketAnswers[0],
              overcommitBps: marketAnswers[1],
              slashBps: marketAnswers[2],
              slashWindow: marketAnswers[3],
              submitters: marketAnswers[4],
              held: held.map((item) => ({
                reqid: item.reqid,
                deadline: BigInt(item.deadline),
                minStake: minStakes.get(item.reqid) ?? 0n,
              })),
              overdue: new Set(marketAnswers[6]),
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
            }
          : null,
    },
  };
}

/** Skips the call when there is nothing to ask about: an empty multicall still costs a request. */
function whenAny<T>(items: readonly unknown[], read: () => Promise<T>): Promise<T | []> {
  return items.length === 0 ? Promise.resolve([]) : read();
}

/** Who `account` is to the market and the controller, in one batched round. */
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
    return state === 0 ? { kind: "none", consentTo: null } : { kind: "prover", prover: account };
  }
  const [state, submitsFor, consent] = await client.multicall({
    contracts: roleRound(market, contracts.StakingController, account),
    allowFailure: false,
  });
  if (state !== 0) return { kind: "prover", prover: account };
  if (submitsFor !== zeroAddress) return { kind: "submitter", prover: submitsFor };
  return { kind: "none", consentTo: consent === zeroAddress ? null : consent };
}

function ok<T>(entry: { status: "success"; result: T } | { status: "failure"; error: Error } | undefined): T {
  if (!entry) throw new Error("The chain's answer is missing a read.");
  if (entry.status === "failure") throw entry.error;
  return entry.result;
}
