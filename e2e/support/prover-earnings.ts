// What the console's earnings and performance cards should show, read straight from the chain's
// logs and views (never from the indexer the page reads), for the specs to check the page against.
import type { Address, Hex } from "viem";
import deployments from "../../lib/contracts/deployments.json" with { type: "json" };
import { brevisMarketAbi, marketViewerAbi, stakingControllerAbi } from "../../lib/contracts/generated";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";
import { MARKET, MARKET_VIEWER } from "./prover-console";

const EPOCH_REWARDS = deployments["31337"].contracts.EpochRewards as Address;
const DAY = 86_400n;
type Sources = { market: bigint; epoch: bigint; other: bigint };

async function blockTimes(chain: Chain, blocks: readonly bigint[]): Promise<Map<bigint, bigint>> {
  const unique = [...new Set(blocks)];
  const times = await Promise.all(unique.map((blockNumber) => chain.client.getBlock({ blockNumber })));
  return new Map(times.map((block) => [block.number, block.timestamp]));
}

/**
 * The prover's commission by source over the last `days` UTC days before `asOf` (days after the
 * one `days` back), from the controller's RewardsAdded logs and their blocks' times.
 */
export async function commissionFromLogs(chain: Chain, prover: Address, asOf: bigint, windows: readonly number[]) {
  const logs = await chain.client.getContractEvents({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    eventName: "RewardsAdded",
    args: { prover },
    fromBlock: 0n,
  });
  const times = await blockTimes(
    chain,
    logs.map((log) => log.blockNumber),
  );
  return windows.map((days) => {
    const fromDay = (asOf - BigInt(days) * DAY) / DAY;
    const sums: Sources = { market: 0n, epoch: 0n, other: 0n };
    for (const log of logs) {
      if ((times.get(log.blockNumber) ?? 0n) / DAY <= fromDay) continue;
      const source = log.args.source;
      const kind = source === MARKET ? "market" : source === EPOCH_REWARDS ? "epoch" : "other";
      sums[kind] += log.args.commission ?? 0n;
    }
    return { days, ...sums, total: sums.market + sums.epoch + sums.other };
  });
}

/** The market's counts for the prover and for everyone in its current stats epoch and up to `limit` - 1 before. */
export async function statsEpochsFromChain(chain: Chain, prover: Address, limit: number) {
  const market = { address: MARKET, abi: brevisMarketAbi } as const;
  const current = await chain.client.readContract({ ...market, functionName: "statsEpochId" });
  const ids = Array.from({ length: Math.min(limit, Number(current) + 1) }, (_, index) => current - BigInt(index));
  return Promise.all(
    ids.map(async (id) => {
      const [[own, startAt, endAt], [global]] = await Promise.all([
        chain.client.readContract({ ...market, functionName: "getProverStatsForStatsEpoch", args: [prover, id] }),
        chain.client.readContract({ ...market, functionName: "getGlobalStatsForStatsEpoch", args: [id] }),
      ]);
      return { id, startAt, endAt, own, global };
    }),
  );
}

const lowerMiddle = (values: readonly bigint[]) =>
  [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.floor((values.length - 1) / 2)] ?? null;

/** Every fulfilled request: who proved it, what the requester paid, its program, and when it was made and proved. */
export async function fulfilledFromChain(chain: Chain) {
  const proofs = await chain.client.getContractEvents({
    address: MARKET,
    abi: brevisMarketAbi,
    eventName: "ProofSubmitted",
    fromBlock: 0n,
  });
  const reqids = proofs.map((log) => log.args.reqid as Hex);
  const chunks = Array.from({ length: Math.ceil(reqids.length / 200) }, (_, index) =>
    reqids.slice(index * 200, index * 200 + 200),
  );
  const requests = (
    await Promise.all(
      chunks.map((chunk) =>
        chain.client.readContract({
          address: MARKET_VIEWER,
          abi: marketViewerAbi,
          functionName: "batchGetRequests",
          args: [chunk],
        }),
      ),
    )
  ).flat();
  return proofs.map((log, index) => ({
    prover: log.args.prover as Address,
    fee: log.args.actualFee as bigint,
    block: log.blockNumber,
    vk: (requests[index]?.vk ?? "0x") as Hex,
    createdAt: requests[index]?.timestamp ?? 0n,
  }));
}

type Fulfilled = Awaited<ReturnType<typeof fulfilledFromChain>>;

/** The prover's median fee per program (most fulfilled first) against other provers', as the console compares them. */
export function feesByProgram(fulfilled: Fulfilled, prover: Address, minComparable: number, maxPrograms: number) {
  const group = (rows: Fulfilled) => {
    const map = new Map<string, bigint[]>();
    for (const row of rows) map.set(row.vk.toLowerCase(), [...(map.get(row.vk.toLowerCase()) ?? []), row.fee]);
    return map;
  };
  const own = group(fulfilled.filter((row) => row.prover === prover));
  const others = group(fulfilled.filter((row) => row.prover !== prover));
  return [...own.entries()]
    .sort(([vkA, a], [vkB, b]) => b.length - a.length || (vkA < vkB ? -1 : 1))
    .slice(0, maxPrograms)
    .map(([vk, fees]) => {
      const other = others.get(vk) ?? [];
      return {
        vk,
        own: lowerMiddle(fees),
        others: lowerMiddle(other),
        comparable: fees.length >= minComparable && other.length >= minComparable,
      };
    });
}

/** Median seconds from the end of the reveal phase (phase lengths in force now) to the proof, over the prover's proofs. */
export async function medianProofDelay(chain: Chain, fulfilled: Fulfilled, prover: Address): Promise<number | null> {
  const market = { address: MARKET, abi: brevisMarketAbi } as const;
  const [bidding, reveal] = await Promise.all([
    chain.client.readContract({ ...market, functionName: "biddingPhaseDuration" }),
    chain.client.readContract({ ...market, functionName: "revealPhaseDuration" }),
  ]);
  const own = fulfilled.filter((row) => row.prover === prover);
  const times = await blockTimes(
    chain,
    own.map((row) => row.block),
  );
  const median = lowerMiddle(
    own.map((row) => {
      const delay = (times.get(row.block) ?? 0n) - row.createdAt - BigInt(bidding) - BigInt(reveal);
      return delay > 0n ? delay : 0n;
    }),
  );
  return median === null ? null : Number(median);
}
