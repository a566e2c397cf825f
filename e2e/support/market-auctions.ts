// Every auction of the market read straight from its logs (never from the indexer): what the
// fee simulator's history must be, for the e2e specs and the indexer's suite to check it against.
import type { Address, Hex, PublicClient } from "viem";
import { getAddress } from "viem";
import { brevisMarketAbi } from "../../lib/contracts/generated";

export type ChainAuction = {
  reqid: Hex;
  vk: Hex;
  /** Pending until ProofSubmitted (fulfilled) or Refunded; a refunded request whose winner the market slashed is slashed. */
  status: "pending" | "fulfilled" | "refunded" | "slashed";
  createdAt: bigint;
  deadline: bigint;
  maxFee: bigint;
  minStake: bigint;
  /** Each prover's revealed fee, in the order the reveals were mined. */
  reveals: { prover: Address; fee: bigint }[];
  /** The lowest reveal, the earliest of equal ones, as the market ranks them. */
  winner: Address | null;
  winnerFee: bigint | null;
  /** What ProofSubmitted says the requester paid. */
  actualFee: bigint | null;
};

/** NewRequest, BidRevealed and the settling events up to `toBlock` (the head when absent), joined per request. */
export async function auctionsFromLogs(
  client: PublicClient,
  market: Address,
  toBlock?: bigint,
): Promise<ChainAuction[]> {
  const range = { address: market, abi: brevisMarketAbi, fromBlock: 0n, toBlock, strict: true } as const;
  const [requests, reveals, proofs, refunds, slashes] = await Promise.all([
    client.getContractEvents({ ...range, eventName: "NewRequest" }),
    client.getContractEvents({ ...range, eventName: "BidRevealed" }),
    client.getContractEvents({ ...range, eventName: "ProofSubmitted" }),
    client.getContractEvents({ ...range, eventName: "Refunded" }),
    client.getContractEvents({ ...range, eventName: "ProverSlashed" }),
  ]);
  const blocks = [...new Set(requests.map((log) => log.blockNumber))];
  const times = new Map(
    await Promise.all(
      blocks.map(async (blockNumber) => [blockNumber, (await client.getBlock({ blockNumber })).timestamp] as const),
    ),
  );
  const byReqid = new Map<string, ChainAuction>();
  for (const log of requests) {
    const { reqid, req } = log.args;
    byReqid.set(reqid.toLowerCase(), {
      reqid,
      vk: req.vk,
      status: "pending",
      createdAt: times.get(log.blockNumber) ?? 0n,
      deadline: req.fee.deadline,
      maxFee: req.fee.maxFee,
      minStake: req.fee.minStake,
      reveals: [],
      winner: null,
      winnerFee: null,
      actualFee: null,
    });
  }
  for (const log of reveals) {
    const auction = byReqid.get(log.args.reqid.toLowerCase());
    if (!auction) throw new Error(`BidRevealed for ${log.args.reqid}, which no NewRequest announced.`);
    const prover = getAddress(log.args.prover);
    // A bid revealed twice is the same fee (it has to match the same hash): one reveal per prover.
    if (!auction.reveals.some((reveal) => reveal.prover === prover))
      auction.reveals.push({ prover, fee: log.args.fee });
    if (auction.winnerFee === null || log.args.fee < auction.winnerFee) {
      auction.winner = prover;
      auction.winnerFee = log.args.fee;
    }
  }
  const settled = (reqid: Hex) => {
    const auction = byReqid.get(reqid.toLowerCase());
    if (!auction) throw new Error(`A settling event for ${reqid}, which no NewRequest announced.`);
    return auction;
  };
  for (const log of proofs) {
    const auction = settled(log.args.reqid);
    auction.status = "fulfilled";
    auction.actualFee = log.args.actualFee;
  }
  for (const log of refunds) settled(log.args.reqid).status = "refunded";
  for (const log of slashes) settled(log.args.reqid).status = "slashed";
  return [...byReqid.values()];
}

/**
 * A program's latest `limit` auctions whose reveal phase is over at `now` (reveals are taken
 * until its last second), newest first: what the indexer serves the simulator.
 */
export function latestClosedAuctions(
  auctions: readonly ChainAuction[],
  vk: string,
  now: bigint,
  phases: { bidding: bigint; reveal: bigint },
  limit: number,
): ChainAuction[] {
  return auctions
    .filter((auction) => auction.vk.toLowerCase() === vk.toLowerCase())
    .filter((auction) => auction.createdAt + phases.bidding + phases.reveal < now)
    .sort((a, b) =>
      a.createdAt !== b.createdAt
        ? Number(b.createdAt - a.createdAt)
        : b.reqid.toLowerCase().localeCompare(a.reqid.toLowerCase()),
    )
    .slice(0, limit);
}
