// Staking moves a spec makes straight on the fork, as the account itself (anvil's dev
// accounts are unlocked): stake, request an unstake, and read what the chain holds.
import { type Address, type Hash, maxUint256 } from "viem";
import deployments from "../../lib/contracts/deployments.json" with { type: "json" };
import { brevTokenAbi, proverVaultAbi, stakingControllerAbi, stakingViewerAbi } from "../../lib/contracts/generated";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";

const viewerAddress = deployments["31337"].contracts.StakingViewer as Address;

async function send(chain: Chain, hash: Promise<Hash>) {
  return chain.receipt(await hash);
}

const controller = (chain: Chain) => ({ address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi });

/** An Active prover that is not `other`, to stake with. */
export async function activeProver(chain: Chain, other?: Address): Promise<Address> {
  const provers = await chain.client.readContract({
    ...controller(chain),
    functionName: "getProvers",
    args: [true, 0n, 1_000n],
  });
  const pick = provers.find((prover) => prover.toLowerCase() !== other?.toLowerCase());
  if (!pick) throw new Error("The devnet has no active prover to stake with.");
  return pick;
}

export const vaultOf = (chain: Chain, prover: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProverVault", args: [prover] });

export async function sharesOf(chain: Chain, prover: Address, staker: Address): Promise<bigint> {
  const vault = await vaultOf(chain, prover);
  return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "balanceOf", args: [staker] });
}

/** Mints `amount` BREV to `owner` and lets the controller take exactly that much. */
async function fundForController(chain: Chain, owner: Address, amount: bigint) {
  await chain.fund(owner, { brev: amount });
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

/** Mints `amount` BREV to the staker and stakes it with `prover`. */
export async function stakeAs(chain: Chain, staker: Address, prover: Address, amount: bigint) {
  await fundForController(chain, staker, amount);
  return send(
    chain,
    chain.client.writeContract({
      account: staker,
      chain: chain.client.chain,
      ...controller(chain),
      functionName: "stake",
      args: [prover, amount],
    }),
  );
}

/** Pays `amount` BREV of rewards to `prover`'s stakers from `source` (an account with the reward-source role). */
export async function addRewardsAs(chain: Chain, source: Address, prover: Address, amount: bigint) {
  await fundForController(chain, source, amount);
  return send(
    chain,
    chain.client.writeContract({
      account: source,
      chain: chain.client.chain,
      ...controller(chain),
      functionName: "addRewards",
      args: [prover, amount],
    }),
  );
}

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
    address: viewerAddress,
    abi: stakingViewerAbi,
    functionName: "getUserPortfolio",
    args: [user],
  });
