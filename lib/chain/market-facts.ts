import type { Address, Hex } from "viem";
import type { Deployment } from "../contracts/addresses";
import { brevisMarketAbi } from "../contracts/generated";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";

/** The market as it is now, read in one batched call: the live figures of /market. */
export type MarketFacts = {
  blockTimestamp: bigint;
  protocolFeeBps: bigint;
  /** Every protocol fee the market ever kept (its `cumulativeProtocolFee`), and what is still in it. */
  cumulativeProtocolFee: bigint;
  protocolFeeBalance: bigint;
  biddingPhase: bigint;
  revealPhase: bigint;
  /** The market's lifetime counters (`getGlobalStatsTotal`); fees after the protocol fee. */
  totalRequests: bigint;
  totalFulfilled: bigint;
  totalFees: bigint;
  statsEpochId: bigint;
};

/** Null when the chain does not answer (or no market is deployed): the page then shows the indexer's figures alone. */
export async function readMarketFacts(
  runtime: ChainRuntimeConfig,
  deployment: Deployment,
): Promise<MarketFacts | null> {
  const address = deployment.contracts.BrevisMarket;
  if (!address) return null;
  const client = serverPublicClient(runtime);
  const market = { address, abi: brevisMarketAbi } as const;
  try {
    const [block, feeInfo, cumulative, bidding, reveal, totals, statsEpochId] = await Promise.all([
      client.getBlock({ blockTag: "latest" }),
      client.readContract({ ...market, functionName: "getProtocolFeeInfo" }),
      client.readContract({ ...market, functionName: "cumulativeProtocolFee" }),
      client.readContract({ ...market, functionName: "biddingPhaseDuration" }),
      client.readContract({ ...market, functionName: "revealPhaseDuration" }),
      client.readContract({ ...market, functionName: "getGlobalStatsTotal" }),
      client.readContract({ ...market, functionName: "statsEpochId" }),
    ]);
    return {
      blockTimestamp: block.timestamp,
      protocolFeeBps: feeInfo[0],
      cumulativeProtocolFee: cumulative,
      protocolFeeBalance: feeInfo[1],
      biddingPhase: BigInt(bidding),
      revealPhase: BigInt(reveal),
      totalRequests: BigInt(totals.totalRequests),
      totalFulfilled: BigInt(totals.totalFulfilled),
      totalFees: totals.totalFees,
      statsEpochId: BigInt(statsEpochId),
    };
  } catch {
    return null;
  }
}

/** One request as the market has it now: `getRequest` and `getBidders`. */
export type ChainRequest = {
  status: number;
  createdAt: bigint;
  sender: Address;
  maxFee: bigint;
  minStake: bigint;
  deadline: bigint;
  vk: Hex;
  winner: Address;
  winnerFee: bigint;
  second: Address;
  secondFee: bigint;
};

export async function readChainRequest(
  runtime: ChainRuntimeConfig,
  deployment: Deployment,
  reqid: Hex,
): Promise<ChainRequest | null> {
  const address = deployment.contracts.BrevisMarket;
  if (!address) return null;
  const client = serverPublicClient(runtime);
  const market = { address, abi: brevisMarketAbi } as const;
  try {
    const [request, bidders] = await Promise.all([
      client.readContract({ ...market, functionName: "getRequest", args: [reqid] }),
      client.readContract({ ...market, functionName: "getBidders", args: [reqid] }),
    ]);
    const [status, createdAt, sender, maxFee, minStake, deadline, vk] = request;
    const [winner, winnerFee, second, secondFee] = bidders;
    return {
      status,
      createdAt: BigInt(createdAt),
      sender,
      maxFee,
      minStake,
      deadline: BigInt(deadline),
      vk,
      winner,
      winnerFee,
      second,
      secondFee,
    };
  } catch {
    return null;
  }
}
