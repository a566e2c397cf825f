// Moves the stake specs share: picking provers from the chain, reading a staker's vault
// shares, and opening the stake panel with a connected wallet.
import { expect, type Page } from "@playwright/test";
import { type Address, maxUint256 } from "viem";
import { brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "../../lib/contracts/generated";
import { DEPLOYER } from "../fixtures/accounts";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

const controller = (chain: Chain) => ({
  address: stakingControllerAddress(chain.chainId),
  abi: stakingControllerAbi,
});

/** The Active provers with their vault assets, largest first. */
export async function activeProvers(chain: Chain): Promise<{ prover: Address; assets: bigint }[]> {
  const provers = await chain.client.readContract({
    ...controller(chain),
    functionName: "getProvers",
    args: [true, 0n, maxUint256],
  });
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

export async function vaultShares(chain: Chain, prover: Address, owner: Address): Promise<bigint> {
  const vault = await chain.client.readContract({
    ...controller(chain),
    functionName: "getProverVault",
    args: [prover],
  });
  return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "balanceOf", args: [owner] });
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
  const hash = await chain.client.writeContract({
    account: owner,
    chain: chain.client.chain,
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "approve",
    args: [stakingControllerAddress(chain.chainId), amount],
  });
  await chain.receipt(hash);
}

/** The admin deactivates a prover, as if it happened while the staker had the page open. */
export async function deactivateProver(chain: Chain, prover: Address): Promise<void> {
  const hash = await chain.client.writeContract({
    ...controller(chain),
    account: DEPLOYER,
    chain: chain.client.chain,
    functionName: "deactivateProver",
    args: [prover],
  });
  await chain.receipt(hash);
}

/** Opens the prover's page, connects through RainbowKit and waits for the panel to know the balance. */
export async function openStakePanel(page: Page, wallet: Wallet, prover: Address, balance: bigint) {
  await page.goto(`/provers/${prover}`);
  await connectWallet(page, wallet);
  const panel = page.getByTestId("stake-panel");
  await expect(panel.getByTestId("stake-balance")).toHaveAttribute("data-wei", balance.toString());
  return panel;
}
