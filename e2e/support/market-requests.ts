// The market's requests read straight from its logs and views (never from the indexer): what
// /market and /market/<reqid> must show, with the phase rule the app and the indexer share.
import { type Address, encodePacked, type Hex, keccak256, stringToHex } from "viem";
import { brevisMarketAbi, brevTokenAbi, stakingControllerAbi } from "../../lib/contracts/generated";
import { type PhaseDurations, type RequestPhase, requestPhase } from "../../lib/market/phase";
import { DEPLOYER } from "../fixtures/accounts";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";
import { auctionsFromLogs, type ChainAuction } from "./market-auctions";
import { MARKET } from "./prover-console";

const market = { address: MARKET, abi: brevisMarketAbi } as const;

export async function marketDurations(chain: Chain): Promise<PhaseDurations> {
  const [bidding, reveal] = await Promise.all([
    chain.client.readContract({ ...market, functionName: "biddingPhaseDuration" }),
    chain.client.readContract({ ...market, functionName: "revealPhaseDuration" }),
  ]);
  return { bidding: BigInt(bidding), reveal: BigInt(reveal) };
}

/** Every request with its phase at the head, by the shared rule, from the chain's own records. */
export async function requestsWithPhases(chain: Chain) {
  const head = await chain.client.getBlock({ blockTag: "latest" });
  const [auctions, bids, durations] = await Promise.all([
    auctionsFromLogs(chain.client, MARKET, head.number),
    chain.client.getContractEvents({
      ...market,
      eventName: "NewBid",
      fromBlock: 0n,
      toBlock: head.number,
      strict: true,
    }),
    marketDurations(chain),
  ]);
  const bidders = new Map<string, Set<string>>();
  for (const log of bids) {
    const key = log.args.reqid.toLowerCase();
    bidders.set(key, (bidders.get(key) ?? new Set()).add(log.args.prover.toLowerCase()));
  }
  return auctions.map((auction) => ({
    ...auction,
    bids: bidders.get(auction.reqid.toLowerCase())?.size ?? 0,
    phase: requestPhase(
      { ...auction, bids: bidders.get(auction.reqid.toLowerCase())?.size ?? 0 },
      durations,
      head.timestamp,
    ) as RequestPhase,
  }));
}

/** Σ of the controller's RewardsAdded whose source is the market: every fee a winner was paid. */
export async function marketRewardsFromLogs(chain: Chain): Promise<bigint> {
  const logs = await chain.client.getContractEvents({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    eventName: "RewardsAdded",
    fromBlock: 0n,
    strict: true,
  });
  return logs
    .filter((log) => log.args.source.toLowerCase() === MARKET.toLowerCase())
    .reduce((sum, log) => sum + log.args.amount, 0n);
}

/** The fee a request's winner got: the market's RewardsAdded in its ProofSubmitted transaction. */
export async function rewardOfProof(chain: Chain, reqid: Hex): Promise<bigint> {
  const [proof] = await chain.client.getContractEvents({
    ...market,
    eventName: "ProofSubmitted",
    args: { reqid },
    fromBlock: 0n,
    strict: true,
  });
  if (!proof) throw new Error(`No ProofSubmitted for ${reqid}.`);
  const receipt = await chain.client.getTransactionReceipt({ hash: proof.transactionHash });
  const rewards = await chain.client.getContractEvents({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    eventName: "RewardsAdded",
    blockHash: receipt.blockHash,
    strict: true,
  });
  return rewards
    .filter(
      (log) => log.transactionHash === proof.transactionHash && log.args.source.toLowerCase() === MARKET.toLowerCase(),
    )
    .reduce((sum, log) => sum + log.args.amount, 0n);
}

export async function chainRequest(chain: Chain, reqid: Hex) {
  const [request, bidders] = await Promise.all([
    chain.client.readContract({ ...market, functionName: "getRequest", args: [reqid] }),
    chain.client.readContract({ ...market, functionName: "getBidders", args: [reqid] }),
  ]);
  const [status, createdAt, sender, maxFee, minStake, deadline, vk] = request;
  const [winner, winnerFee, second, secondFee] = bidders;
  return { status, createdAt, sender, maxFee, minStake, deadline, vk, winner, winnerFee, second, secondFee };
}

/** Posts a request as the deployer (who holds BREV), due in a day; resolves to its id. */
export async function postRequest(chain: Chain, label: string): Promise<{ reqid: Hex; maxFee: bigint }> {
  const [minMaxFee, minStake, latest] = await Promise.all([
    chain.client.readContract({ ...market, functionName: "minMaxFee" }),
    chain.client.readContract({
      address: stakingControllerAddress(chain.chainId),
      abi: stakingControllerAbi,
      functionName: "minSelfStake",
    }),
    chain.client.getBlock({ blockTag: "latest" }),
  ]);
  const maxFee = minMaxFee * 10n;
  const approve = await chain.client.writeContract({
    account: DEPLOYER,
    chain: chain.client.chain,
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "approve",
    args: [MARKET, maxFee],
  });
  await chain.receipt(approve);
  const vk = keccak256(stringToHex(`e2e-program:${label}`));
  const digest = keccak256(stringToHex(`e2e-digest:${label}`));
  const nonce = BigInt(keccak256(stringToHex(`e2e-nonce:${label}`))) % 2n ** 64n;
  const hash = await chain.client.writeContract({
    account: DEPLOYER,
    chain: chain.client.chain,
    ...market,
    functionName: "requestProof",
    args: [
      {
        nonce,
        vk,
        publicValuesDigest: digest,
        imgURL: "",
        inputData: "0x",
        inputURL: "",
        version: 0,
        fee: { maxFee, minStake, deadline: latest.timestamp + 86_400n },
      },
    ],
  });
  await chain.receipt(hash);
  const reqid = keccak256(encodePacked(["uint64", "bytes32", "bytes32"], [nonce, vk, digest]));
  return { reqid, maxFee };
}

/** A sealed bid and, later, its reveal, as `prover` itself. */
export async function sealedBid(chain: Chain, prover: Address, reqid: Hex, fee: bigint) {
  const nonce = 7n;
  const send = async (functionName: "bid" | "reveal", args: readonly unknown[]) => {
    const hash = await chain.client.writeContract({
      account: prover,
      chain: chain.client.chain,
      ...market,
      functionName,
      args,
    } as Parameters<typeof chain.client.writeContract>[0]);
    await chain.receipt(hash);
  };
  const bidHash = keccak256(encodePacked(["bytes32", "address", "uint256", "uint256"], [reqid, prover, fee, nonce]));
  await send("bid", [reqid, bidHash]);
  return { reveal: () => send("reveal", [reqid, fee, nonce]) };
}

export type { ChainAuction };

/** The first request the market slashed a winner for (the longest story: bids, reveals, refund, slash) and what it asked. */
export async function slashedRequest(chain: Chain): Promise<{ reqid: Hex; requested: bigint }> {
  const [slash] = await chain.client.getContractEvents({
    ...market,
    eventName: "ProverSlashed",
    fromBlock: 0n,
    strict: true,
  });
  if (!slash) throw new Error("The seed slashed no winner.");
  return { reqid: slash.args.reqid, requested: slash.args.slashAmount };
}
