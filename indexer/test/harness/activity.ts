import { type Address, encodePacked, getAddress, type Hex, keccak256, parseEther, stringToHex } from "viem";
import { brevisMarketAbi, brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "../../../lib/contracts/generated";
import { asAccount, freshAccount, mined } from "./accounts";
import { activeProvers, type Chain, required } from "./chain";

export type Activity = {
  /** BREV sent straight to a vault: on chain it raises totalAssets (and the share price) with no vault event. */
  donation: { prover: Address; amount: bigint; txHash: Hex };
  /** Vault shares moved between two holders, the second holding none before. */
  shareTransfer: { prover: Address; from: Address; to: Address; shares: bigint; txHash: Hex };
  /** One prover bidding twice on one request: the market counts one bid, the second replaces the first. */
  rebid: { prover: Address; reqid: Hex; txHashes: Hex[] };
};

/**
 * Things anyone may do on Base that the seeded history never does: the live indexer must follow
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

  const [biddingPhase, revealPhase] = await Promise.all([
    client.readContract({ address: market, abi: brevisMarketAbi, functionName: "biddingPhaseDuration" }),
    client.readContract({ address: market, abi: brevisMarketAbi, functionName: "revealPhaseDuration" }),
  ]);
  const now = (await client.getBlock()).timestamp;
  const request = {
    nonce: BigInt(Date.now()),
    vk: keccak256(stringToHex("indexer-test circuit")),
    publicValuesDigest: keccak256(stringToHex(`indexer-test digest ${Date.now()}`)),
    imgURL: "",
    inputData: "0x" as Hex,
    inputURL: "",
    version: 1,
    fee: {
      maxFee: parseEther("5"),
      minStake: parseEther("1"),
      deadline: now + BigInt(biddingPhase + revealPhase) + 3600n,
    },
  };
  await mined(
    chain,
    await wallet.writeContract({
      ...send,
      address: market,
      abi: brevisMarketAbi,
      functionName: "requestProof",
      args: [request],
    }),
  );
  const reqid = keccak256(
    encodePacked(["uint64", "bytes32", "bytes32"], [request.nonce, request.vk, request.publicValuesDigest]),
  );
  const bidder = await eligibleBidder(chain, market, reqid, bidders);
  const txHashes = await asAccount(chain, bidder, async () => {
    const hashes: Hex[] = [];
    for (const salt of ["first", "second"]) {
      const hash = await wallet.writeContract({
        account: bidder,
        chain: client.chain,
        address: market,
        abi: brevisMarketAbi,
        functionName: "bid",
        args: [reqid, keccak256(stringToHex(`indexer-test bid ${salt}`))],
        // anvil's estimate runs in the previous block's second: when the bid lands in the next
        // one, rewriting the prover's lastActiveAt costs more than estimated.
        gas: 300_000n,
      });
      await mined(chain, hash);
      hashes.push(hash);
    }
    return hashes;
  });

  return {
    donation: { prover: getAddress(donee), amount: donationAmount, txHash: donationTx },
    shareTransfer: { prover: getAddress(staked), from: account.address, to: receiver, shares, txHash: transferTx },
    rebid: { prover: getAddress(bidder), reqid, txHashes },
  };
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
