// Staking moves a spec makes straight on the fork, as the account itself (anvil's dev
// accounts are unlocked): approve, stake, request an unstake, pay rewards, deactivate a prover
// as the admin, and read what the chain holds.
import { type Address, type Hash, maxUint256, parseEther } from "viem";
import {
  brevTokenAbi,
  proverVaultAbi,
  stakingControllerAbi,
  stakingViewerAbi,
  vaultFactoryAbi,
} from "../../lib/contracts/generated";
import { ALICE, BOB, DEPLOYER } from "../fixtures/accounts";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress, stakingViewerAddress } from "../fixtures/contracts";

async function send(chain: Chain, hash: Promise<Hash>) {
  return chain.receipt(await hash);
}

const controller = (chain: Chain) => ({ address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi });

/** The listed provers (Active only, or all), as the controller returns them: end 0 means the whole list. */
export const listedProvers = (chain: Chain, activeOnly: boolean) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProvers", args: [activeOnly, 0n, 0n] });

/** An Active prover that is not `other`, to stake with. */
export async function activeProver(chain: Chain, other?: Address): Promise<Address> {
  const provers = await listedProvers(chain, true);
  const pick = provers.find((prover) => prover.toLowerCase() !== other?.toLowerCase());
  if (!pick) throw new Error("The devnet has no active prover to stake with.");
  return pick;
}

export const vaultOf = (chain: Chain, prover: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProverVault", args: [prover] });

/** The vault's share decimals, as the app must read them. */
export async function shareDecimalsOf(chain: Chain, prover: Address): Promise<number> {
  const vault = await vaultOf(chain, prover);
  return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "decimals" });
}

export async function sharesOf(chain: Chain, prover: Address, staker: Address): Promise<bigint> {
  const vault = await vaultOf(chain, prover);
  return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "balanceOf", args: [staker] });
}

/**
 * Mints `amount` BREV to `account`, lets the controller take exactly that much, and spends it
 * through the controller's `functionName(prover, amount)`.
 */
async function payIntoController(
  chain: Chain,
  account: Address,
  functionName: "stake" | "addRewards",
  prover: Address,
  amount: bigint,
) {
  await chain.fund(account, { brev: amount });
  await approveStaking(chain, account, amount);
  return send(
    chain,
    chain.client.writeContract({
      account,
      chain: chain.client.chain,
      ...controller(chain),
      functionName,
      args: [prover, amount],
    }),
  );
}

/** Mints `amount` BREV to the staker and stakes it with `prover`. */
export const stakeAs = (chain: Chain, staker: Address, prover: Address, amount: bigint) =>
  payIntoController(chain, staker, "stake", prover, amount);

/** Pays `amount` BREV of rewards to an Active `prover`'s vault from `source` (anyone may pay). */
export const addRewardsAs = (chain: Chain, source: Address, prover: Address, amount: bigint) =>
  payIntoController(chain, source, "addRewards", prover, amount);

/** Requests an unstake of `shares`, approving the controller to burn them first. */
export async function requestUnstakeAs(chain: Chain, staker: Address, prover: Address, shares: bigint) {
  const vault = await vaultOf(chain, prover);
  await send(
    chain,
    chain.client.writeContract({
      account: staker,
      chain: chain.client.chain,
      address: vault,
      abi: proverVaultAbi,
      functionName: "approve",
      args: [controller(chain).address, maxUint256],
    }),
  );
  return send(
    chain,
    chain.client.writeContract({
      account: staker,
      chain: chain.client.chain,
      ...controller(chain),
      functionName: "requestUnstake",
      args: [prover, shares],
    }),
  );
}

export const pendingUnstakes = (chain: Chain, prover: Address, staker: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getPendingUnstakes", args: [prover, staker] });

export const portfolioOf = (chain: Chain, user: Address) =>
  chain.client.readContract({
    address: stakingViewerAddress(chain.chainId),
    abi: stakingViewerAbi,
    functionName: "getUserPortfolio",
    args: [user],
  });

/** The Active provers with their total assets (vault + pending unstakes), largest first. */
export async function activeProvers(chain: Chain): Promise<{ prover: Address; assets: bigint }[]> {
  const provers = await listedProvers(chain, true);
  const withAssets = await Promise.all(
    provers.map(async (prover) => ({
      prover,
      assets: await chain.client.readContract({
        ...controller(chain),
        functionName: "getProverTotalAssets",
        args: [prover],
      }),
    })),
  );
  return withAssets.sort((a, b) => (a.assets === b.assets ? 0 : a.assets > b.assets ? -1 : 1));
}

/** An Active prover in the middle of the pack: a stake of a few hundred BREV moves no line. */
export async function ordinaryActiveProver(chain: Chain): Promise<Address> {
  const provers = await activeProvers(chain);
  const middle = provers[Math.floor(provers.length / 2)];
  if (!middle) throw new Error("The devnet has no Active prover.");
  return middle.prover;
}

export async function stakeAllowance(chain: Chain, owner: Address): Promise<bigint> {
  return chain.client.readContract({
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "allowance",
    args: [owner, stakingControllerAddress(chain.chainId)],
  });
}

/** The owner approves the controller outside the page, so the panel goes straight to Stake. */
export async function approveStaking(chain: Chain, owner: Address, amount: bigint): Promise<void> {
  await send(
    chain,
    chain.client.writeContract({
      account: owner,
      chain: chain.client.chain,
      address: chain.brevToken,
      abi: brevTokenAbi,
      functionName: "approve",
      args: [controller(chain).address, amount],
    }),
  );
}

/** The deployer, which holds the slasher role on the devnet, slashes `bps` of a prover's stake. */
export async function slashAs(chain: Chain, prover: Address, bps: bigint): Promise<void> {
  await send(
    chain,
    chain.client.writeContract({
      ...controller(chain),
      account: DEPLOYER,
      chain: chain.client.chain,
      functionName: "slash",
      args: [prover, bps],
    }),
  );
}

export const unstakingInfo = (chain: Chain, prover: Address, staker: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getUnstakingInfo", args: [prover, staker] });

/** The admin deactivates a prover, as if it happened while the staker had the page open. */
export async function deactivateProver(chain: Chain, prover: Address): Promise<void> {
  await send(
    chain,
    chain.client.writeContract({
      ...controller(chain),
      account: DEPLOYER,
      chain: chain.client.chain,
      functionName: "deactivateProver",
      args: [prover],
    }),
  );
}

/**
 * ALICE holding 100 BREV more, of which the controller may take `approved`, the indexer caught
 * up, and a middling Active prover to stake with.
 */
export async function readyToStake(
  chain: Chain,
  indexer: { caughtUp(): Promise<void> },
  approved: bigint,
): Promise<Address> {
  await chain.fund(ALICE, { brev: parseEther("100") });
  if (approved > 0n) await approveStaking(chain, ALICE, approved);
  await indexer.caughtUp();
  return ordinaryActiveProver(chain);
}

/** Anvil account 3: the seed never uses it, so a test can make it a new prover. */
export const NEWCOMER: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

/**
 * BOB sends `amount` BREV straight to the vault `prover` will get, before it joins: the factory
 * deploys vaults with CREATE2, so the address is known in advance.
 */
export async function donateToFutureVault(chain: Chain, prover: Address, amount: bigint): Promise<Address> {
  const factory = await chain.client.readContract({ ...controller(chain), functionName: "vaultFactory" });
  const vault = await chain.client.readContract({
    address: factory,
    abi: vaultFactoryAbi,
    functionName: "predictVaultAddress",
    args: [chain.brevToken, prover, controller(chain).address],
  });
  await chain.fund(BOB, { brev: amount });
  await send(
    chain,
    chain.client.writeContract({
      account: BOB,
      chain: chain.client.chain,
      address: chain.brevToken,
      abi: brevTokenAbi,
      functionName: "transfer",
      args: [vault, amount],
    }),
  );
  return vault;
}

/** `prover` joins: it gets the minimum self-stake, approves it and calls initializeProver. */
export async function joinAsProver(chain: Chain, prover: Address, commissionBps: bigint): Promise<void> {
  const minSelfStake = await chain.client.readContract({ ...controller(chain), functionName: "minSelfStake" });
  await chain.fund(prover, { brev: minSelfStake });
  await approveStaking(chain, prover, minSelfStake);
  await send(
    chain,
    chain.client.writeContract({
      account: prover,
      chain: chain.client.chain,
      ...controller(chain),
      functionName: "initializeProver",
      args: [commissionBps],
    }),
  );
}
