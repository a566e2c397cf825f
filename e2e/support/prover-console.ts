// The seeded provers the console specs look at, and the chain reads they check the page against.
import type { Address } from "viem";
import deployments from "../../lib/contracts/deployments.json" with { type: "json" };
import { brevisMarketAbi, marketViewerAbi, stakingControllerAbi } from "../../lib/contracts/generated";
import { DEPLOYER } from "../fixtures/accounts";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";
import { requestUnstakeAs } from "./staking";

const contracts = deployments["31337"].contracts;
export const MARKET = contracts.BrevisMarket as Address;
export const MARKET_VIEWER = contracts.MarketViewer as Address;

const controller = (chain: Chain) => ({ address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi });

/** A seeded prover's address, from the seed's own plan (scripts/seed/provers.mjs). */
export async function seededProver(
  key: "tundra" | "mosaic" | "sparrow" | "obsidian" | "hostile" | "unicode",
): Promise<Address> {
  const { PROVERS } = (await import("../../scripts/seed/provers.mjs")) as {
    PROVERS: { key: string; address: Address }[];
  };
  const plan = PROVERS.find((entry) => entry.key === key);
  if (!plan) throw new Error(`The seed has no prover ${key}.`);
  return plan.address;
}

export const proverInfo = (chain: Chain, prover: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProverInfo", args: [prover] });

export const proverState = (chain: Chain, prover: Address) =>
  chain.client.readContract({ ...controller(chain), functionName: "getProverState", args: [prover] });

export const overdueRequests = (chain: Chain, prover: Address) =>
  chain.client.readContract({
    address: MARKET_VIEWER,
    abi: marketViewerAbi,
    functionName: "getProverOverdueRequests",
    args: [prover],
  });

export const submitterOf = (chain: Chain, submitter: Address) =>
  chain.client.readContract({
    address: MARKET,
    abi: brevisMarketAbi,
    functionName: "submitterToProver",
    args: [submitter],
  });

export const submittersOf = (chain: Chain, prover: Address) =>
  chain.client.readContract({
    address: MARKET,
    abi: brevisMarketAbi,
    functionName: "getSubmittersForProver",
    args: [prover],
  });

/** The submitter the seed registers for the dev prover (the deployer). */
export async function seededSubmitter(chain: Chain): Promise<Address> {
  const [submitter] = await submittersOf(chain, DEPLOYER);
  if (!submitter) throw new Error("The seed registers no submitter for the dev prover.");
  return submitter;
}

/** The prover's own profile change, straight on the fork. */
export async function setProfileAs(chain: Chain, prover: Address, name: string, iconUrl: string): Promise<void> {
  const hash = await chain.client.writeContract({
    ...controller(chain),
    account: prover,
    chain: chain.client.chain,
    functionName: "setProverProfile",
    args: [name, iconUrl],
  });
  await chain.receipt(hash);
}

export const consentOf = (chain: Chain, submitter: Address) =>
  chain.client.readContract({
    address: MARKET,
    abi: brevisMarketAbi,
    functionName: "submitterConsent",
    args: [submitter],
  });

/** The deployer, owner of the controller on the devnet, as the network's operators. */
export async function asOperator(
  chain: Chain,
  functionName: "jailProver" | "deactivateProver",
  prover: Address,
): Promise<void> {
  const hash = await chain.client.writeContract({
    ...controller(chain),
    account: DEPLOYER,
    chain: chain.client.chain,
    functionName,
    args: [prover],
  });
  await chain.receipt(hash);
}

/** A prover's own full exit, matured and withdrawn: afterwards it holds nothing in its vault. */
export async function exitCompletely(chain: Chain, prover: Address): Promise<void> {
  const shares = await chain.client.readContract({
    ...controller(chain),
    functionName: "getStakeInfo",
    args: [prover, prover],
  });
  await requestUnstakeAs(chain, prover, prover, shares);
  const delay = await chain.client.readContract({ ...controller(chain), functionName: "unstakeDelay" });
  await chain.increaseTime(Number(delay) + 1);
  const hash = await chain.client.writeContract({
    ...controller(chain),
    account: prover,
    chain: chain.client.chain,
    functionName: "completeUnstake",
    args: [prover],
  });
  await chain.receipt(hash);
}
