import { type Address, encodePacked, getAddress, type Hex, keccak256, parseEther, stringToHex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";
import { brevisMarketAbi, brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "../../../lib/contracts/generated";
import { DEV_ACCOUNTS } from "../../../scripts/devnet/anvil.mjs";
import { asAccount, freshAccount, mined } from "./accounts";
import { activeProvers, type Chain, required } from "./chain";

export type Activity = {
  /** BREV sent straight to a vault: on chain it raises totalAssets (and the share price) with no vault event. */
  donation: { prover: Address; amount: bigint; txHash: Hex };
  /** Vault shares moved between two holders, the second holding none before: no Staked, no controller event. */
  shareTransfer: { prover: Address; from: Address; to: Address; shares: bigint; txHash: Hex };
  /**
   * One request won by a prover that bid twice (the second bid replaces the first), revealed the
   * same bid twice (so it is both winner and runner-up) and let the deadline pass: overdue.
   */
  auction: { prover: Address; reqid: Hex; fee: bigint; bidTxs: Hex[]; revealTxs: Hex[] };
  /** The market's bidding and reveal phases lengthened after the auction: every request's phase ends move. */
  phases: { bidding: bigint; reveal: bigint };
  /**
   * The stats epoch scheduled for later withdrawn (`popped` is its start), then two started back
   * to back before the auction: the first stays idle, so on chain the auction's winner restarts
   * its lifetime snapshot.
   */
  statsEpochs: { started: number; popped: bigint };
};

/** The market's owner: the deployer, dev account 0. */
const OWNER = DEV_ACCOUNTS[0];

/**
 * Things anyone may do on Base that the seeded history may not: the live indexer must follow
 * them as the contracts count them.
 */
export async function playActivity(chain: Chain): Promise<Activity> {
  const { client, wallet, deployment } = chain;
  const controller = required(deployment, "StakingController");
  const market = required(deployment, "BrevisMarket");
  const active = await activeProvers(chain);
  // The first two are the reorg's; these are others, so that each scenario's rows are its own.
  const [donee, staked, ...bidders] = active.slice(2);
  if (!donee || !staked || bidders.length === 0)
    throw new Error(`The seeded devnet has only ${active.length} active provers.`);
  const vaultOf = (prover: Address) =>
    client.readContract({
      address: controller,
      abi: stakingControllerAbi,
      functionName: "getProverVault",
      args: [prover],
    });
  const account = await freshAccount(chain, parseEther("10000"), [controller, market]);
  const send = { account, chain: client.chain } as const;

  const donationAmount = parseEther("100");
  const donationTx = await wallet.writeContract({
    ...send,
    address: required(deployment, "BrevToken"),
    abi: brevTokenAbi,
    functionName: "transfer",
    args: [await vaultOf(donee), donationAmount],
  });
  await mined(chain, donationTx);

  await mined(
    chain,
    await wallet.writeContract({
      ...send,
      address: controller,
      abi: stakingControllerAbi,
      functionName: "stake",
      args: [staked, parseEther("500")],
    }),
  );
  const vault = await vaultOf(staked);
  const held = await client.readContract({
    address: vault,
    abi: proverVaultAbi,
    functionName: "balanceOf",
    args: [account.address],
  });
  const receiver = getAddress(keccak256(stringToHex(`indexer-test receiver ${Date.now()}`)).slice(0, 42));
  const shares = held / 3n;
  const transferTx = await wallet.writeContract({
    ...send,
    address: vault,
    abi: proverVaultAbi,
    functionName: "transfer",
    args: [receiver, shares],
  });
  await mined(chain, transferTx);

  const statsEpochs = await restartStatsEpochs(chain);
  const auction = await playOverdueAuction(chain, account, bidders);
  return {
    donation: { prover: getAddress(donee), amount: donationAmount, txHash: donationTx },
    shareTransfer: { prover: getAddress(staked), from: account.address, to: receiver, shares, txHash: transferTx },
    auction,
    phases: await lengthenPhases(chain),
    statsEpochs,
  };
}

/**
 * As the market's epoch updater (the deployer): withdraw the epoch scheduled to start later
 * (scheduling one first when there is none), then start two epochs now.
 */
async function restartStatsEpochs(chain: Chain): Promise<Activity["statsEpochs"]> {
  const { client, wallet, test, deployment } = chain;
  const market = { address: required(deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const asOwner = { account: OWNER, chain: client.chain } as const;
  const [scheduled, current] = await Promise.all([
    client.readContract({ ...market, functionName: "statsEpochsLength" }),
    client.readContract({ ...market, functionName: "statsEpochId" }),
  ]);
  if (scheduled === current + 1n) {
    const tomorrow = (await client.getBlock()).timestamp + 86_400n;
    await mined(
      chain,
      await wallet.writeContract({ ...asOwner, ...market, functionName: "scheduleStatsEpoch", args: [tomorrow] }),
    );
  }
  const last = (await client.readContract({ ...market, functionName: "statsEpochsLength" })) - 1n;
  const [popped] = await client.readContract({ ...market, functionName: "statsEpochs", args: [last] });
  await mined(chain, await wallet.writeContract({ ...asOwner, ...market, functionName: "popStatsEpoch" }));
  const started = 2;
  for (let i = 0; i < started; i++) {
    // A start strictly after the last one: a later second.
    await test.increaseTime({ seconds: 10 });
    await mined(
      chain,
      await wallet.writeContract({ ...asOwner, ...market, functionName: "scheduleStatsEpoch", args: [0n] }),
    );
  }
  return { started, popped: BigInt(popped) };
}

async function marketPhases({ client, deployment }: Chain) {
  const market = { address: required(deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const [bidding, reveal] = await Promise.all([
    client.readContract({ ...market, functionName: "biddingPhaseDuration" }),
    client.readContract({ ...market, functionName: "revealPhaseDuration" }),
  ]);
  return { bidding: BigInt(bidding), reveal: BigInt(reveal) };
}

/** Moves the chain's clock past `until` with one mined block. */
async function advancePast(chain: Chain, until: bigint) {
  const now = (await chain.client.getBlock()).timestamp;
  if (now <= until) await chain.test.increaseTime({ seconds: Number(until - now + 1n) });
  await chain.test.mine({ blocks: 1 });
}

async function playOverdueAuction(
  chain: Chain,
  requester: PrivateKeyAccount,
  candidates: Address[],
): Promise<Activity["auction"]> {
  const { client, wallet, deployment } = chain;
  const market = required(deployment, "BrevisMarket");
  const phases = await marketPhases(chain);
  const minSelfStake = await client.readContract({
    address: required(deployment, "StakingController"),
    abi: stakingControllerAbi,
    functionName: "minSelfStake",
  });
  const now = (await client.getBlock()).timestamp;
  const request = {
    nonce: BigInt(Date.now()),
    vk: keccak256(stringToHex("indexer-test circuit")),
    publicValuesDigest: keccak256(stringToHex(`indexer-test digest ${Date.now()}`)),
    imgURL: "",
    inputData: "0x" as Hex,
    inputURL: "",
    // The verifier is registered as version 0, on Base as on the devnet.
    version: 0,
    // The market refuses a minStake below the controller's minSelfStake.
    fee: { maxFee: parseEther("5"), minStake: minSelfStake, deadline: now + phases.bidding + phases.reveal + 120n },
  };
  const requestBlock = await mined(
    chain,
    await wallet.writeContract({
      account: requester,
      chain: client.chain,
      address: market,
      abi: brevisMarketAbi,
      functionName: "requestProof",
      args: [request],
    }),
  );
  const reqid = keccak256(
    encodePacked(["uint64", "bytes32", "bytes32"], [request.nonce, request.vk, request.publicValuesDigest]),
  );
  const prover = await eligibleBidder(chain, market, reqid, candidates);
  const fee = parseEther("2");
  const nonce = 7n;
  const sealed = keccak256(encodePacked(["bytes32", "address", "uint256", "uint256"], [reqid, prover, fee, nonce]));
  const sendAs = async (functionName: "bid" | "reveal", args: readonly [Hex, Hex] | readonly [Hex, bigint, bigint]) =>
    asAccount(chain, prover, async () => {
      const hash = await wallet.writeContract({
        account: prover,
        chain: client.chain,
        address: market,
        abi: brevisMarketAbi,
        functionName,
        args,
        // anvil's estimate runs in the previous block's second: when the call lands in the next
        // one, rewriting the prover's stats costs more than estimated.
        gas: 400_000n,
      } as Parameters<typeof wallet.writeContract>[0]);
      await mined(chain, hash);
      return hash;
    });
  // A first sealed bid, then its replacement: the market counts one bidder and two bids.
  const bidTxs = [
    await sendAs("bid", [reqid, keccak256(stringToHex("indexer-test first sealed bid"))]),
    await sendAs("bid", [reqid, sealed]),
  ];
  const { timestamp: createdAt } = await client.getBlock({ blockNumber: requestBlock });
  await advancePast(chain, createdAt + phases.bidding);
  const revealTxs = [await sendAs("reveal", [reqid, fee, nonce]), await sendAs("reveal", [reqid, fee, nonce])];
  await advancePast(chain, request.fee.deadline);
  return { prover: getAddress(prover), reqid, fee, bidTxs, revealTxs };
}

/** The owner lengthens both phases by a minute: the market applies the new lengths to every request at once. */
async function lengthenPhases(chain: Chain): Promise<Activity["phases"]> {
  const { client, wallet, deployment } = chain;
  const market = required(deployment, "BrevisMarket");
  const before = await marketPhases(chain);
  const next = { bidding: before.bidding + 60n, reveal: before.reveal + 60n };
  for (const [functionName, value] of [
    ["setBiddingPhaseDuration", next.bidding],
    ["setRevealPhaseDuration", next.reveal],
  ] as const) {
    await mined(
      chain,
      await wallet.writeContract({
        account: OWNER,
        chain: client.chain,
        address: market,
        abi: brevisMarketAbi,
        functionName,
        args: [value],
      }),
    );
  }
  return next;
}

/**
 * The first prover the market lets bid on `reqid` (a seeded prover may be bound to its pending
 * work beyond its stake); naming the refusals when none may, so a changed seed fails in words.
 */
async function eligibleBidder(chain: Chain, market: Address, reqid: Hex, candidates: Address[]): Promise<Address> {
  const refusals: string[] = [];
  for (const candidate of candidates) {
    try {
      await chain.client.simulateContract({
        account: candidate,
        address: market,
        abi: brevisMarketAbi,
        functionName: "bid",
        args: [reqid, keccak256(stringToHex("indexer-test eligibility"))],
      });
      return candidate;
    } catch (error) {
      refusals.push(`${candidate}: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`);
    }
  }
  throw new Error(`No seeded prover may bid on the test request:\n${refusals.join("\n")}`);
}
