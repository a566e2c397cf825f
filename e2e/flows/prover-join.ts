// The prover's way into the join wizard: a fresh address with gas and BREV, the wallet on it,
// /prover/join (or the profile editor) opened and connected through RainbowKit's modal, and the
// reads a spec checks the wizard against.
import { expect, type Locator, type Page } from "@playwright/test";
import { type Address, getAddress, keccak256, parseEther, stringToHex } from "viem";
import { brevTokenAbi, stakingControllerAbi, vaultFactoryAbi } from "../../lib/contracts/generated";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

const controller = (chain: Chain) => ({ address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi });

/** An address no seed account uses, different per label: nobody has ever staked or approved from it. */
export function freshAccount(label: string): Address {
  return getAddress(`0x${keccak256(stringToHex(`prover-join:${label}`)).slice(-40)}`);
}

export const minSelfStake = (chain: Chain) =>
  chain.client.readContract({ ...controller(chain), functionName: "minSelfStake" });

/** Gives `account` ETH for gas and `brev` BREV (minSelfStake unless said). */
export async function fundNewcomer(chain: Chain, account: Address, brev?: bigint): Promise<void> {
  await chain.fund(account, { eth: parseEther("10"), brev: brev ?? (await minSelfStake(chain)) });
}

/** Opens the wizard (or with `?step=profile` the profile editor) as `account` and waits for its chain read. */
export async function openJoinWizard(
  page: Page,
  wallet: Wallet,
  account: Address,
  { profile = false } = {},
): Promise<Locator> {
  await wallet.use(account);
  await page.goto(profile ? "/prover/join?step=profile" : "/prover/join");
  await connectWallet(page, wallet);
  const wizard = page.getByTestId("join-wizard");
  await expect(wizard).toBeVisible();
  return wizard;
}

/** The step the wizard marks as the one the account is at. */
export const currentStep = (wizard: Locator) => wizard.getByTestId("join-steps").locator('[aria-current="step"]');

export const proverInfo = (chain: Chain, prover: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProverInfo", args: [prover] });

export const listedProvers = (chain: Chain) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProvers", args: [false, 0n, 0n] });

export const joinAllowance = (chain: Chain, owner: Address) =>
  chain.client.readContract({
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "allowance",
    args: [owner, stakingControllerAddress(chain.chainId)],
  });

/** Where the factory will deploy `prover`'s vault, asked the way the app asks it. */
export async function predictedVault(chain: Chain, prover: Address): Promise<Address> {
  const factory = await chain.client.readContract({ ...controller(chain), functionName: "vaultFactory" });
  return chain.client.readContract({
    address: factory,
    abi: vaultFactoryAbi,
    functionName: "predictVaultAddress",
    args: [chain.brevToken, prover, stakingControllerAddress(chain.chainId)],
  });
}
