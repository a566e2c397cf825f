import { type Address, getAddress, type Hex, zeroAddress } from "viem";
import { brevTokenAbi, epochRewardsAbi, proverVaultAbi, stakingControllerAbi } from "../../../lib/contracts/generated";
import { type Chain, required } from "./chain";

/** Where a log sits: enough to match it with the row the indexer made of it. */
type At = { block: bigint; logIndex: number; txHash: Hex };

export type ChainLogs = {
  head: bigint;
  /** Provers in the order they joined, and their vaults (checksummed). */
  provers: { prover: Address; vault: Address }[];
  staked: (At & { prover: Address; staker: Address; shares: bigint; amount: bigint })[];
  unstakeRequested: (At & { prover: Address; staker: Address; shares: bigint; amount: bigint })[];
  unstakeCompleted: (At & { prover: Address; staker: Address; amount: bigint })[];
  rewardsAdded: (At & { prover: Address; source: Address; amount: bigint; commission: bigint; toStakers: bigint })[];
  commissionClaimed: (At & { prover: Address; amount: bigint })[];
  /** StakingController ProverSlashed: from the vault and from pending unstakes together. */
  proverSlashed: (At & { prover: Address; amount: bigint; bps: bigint })[];
  /** ProverVault ControllerSlash, by prover: a slash, or the sweep of a retiring prover's vault (both to the controller). */
  controllerSlash: (At & { prover: Address; assets: bigint; to: Address })[];
  /** Vault share transfers between two holders (not mints or burns). */
  shareTransfers: (At & { prover: Address; from: Address; to: Address; value: bigint })[];
  /** BREV sent to a vault by anyone but the controller: assets no vault event announces. */
  donations: (At & { prover: Address; amount: bigint })[];
  /** Provers the controller deleted (retireProver). */
  proverRetired: (At & { prover: Address })[];
  rewardsSet: (At & { epoch: number; prover: Address; amount: bigint })[];
  /** One per setRewards call: this submission's sum and the epoch's total so far. */
  epochRewardsSet: (At & { epoch: number; newAmount: bigint; epochTotal: bigint })[];
};

function at(log: { blockNumber: bigint; logIndex: number; transactionHash: Hex }): At {
  return { block: log.blockNumber, logIndex: log.logIndex, txHash: log.transactionHash };
}

/** The events the checks compare against, read straight from the node up to the current head. */
export async function readChainLogs(chain: Chain): Promise<ChainLogs> {
  const { client, deployment } = chain;
  const head = await chain.head();
  const range = { fromBlock: 0n, toBlock: head, strict: true } as const;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi, ...range };
  const controllerEvents = async <const N extends "ProverInitialized" | "Staked" | "UnstakeRequested">(eventName: N) =>
    client.getContractEvents({ ...controller, eventName });

  const initialized = await controllerEvents("ProverInitialized");
  const provers = initialized.map((log) => ({
    prover: getAddress(log.args.prover),
    vault: getAddress(log.args.vault),
  }));
  const proverOfVault = new Map(provers.map(({ prover, vault }) => [vault, prover]));
  const ownerOf = (vault: Address) => {
    const prover = proverOfVault.get(getAddress(vault));
    if (!prover) throw new Error(`${vault} is no prover's vault.`);
    return prover;
  };
  const vaults = provers.map(({ vault }) => vault);
  const vaultEvents = { address: vaults, abi: proverVaultAbi, ...range };

  const [staked, unstakeRequested, unstakeCompleted, rewardsAdded, claimed, proverSlashed, slashes, transfers, brev] =
    await Promise.all([
      controllerEvents("Staked"),
      controllerEvents("UnstakeRequested"),
      client.getContractEvents({ ...controller, eventName: "UnstakeCompleted" }),
      client.getContractEvents({ ...controller, eventName: "RewardsAdded" }),
      client.getContractEvents({ ...controller, eventName: "CommissionClaimed" }),
      client.getContractEvents({ ...controller, eventName: "ProverSlashed" }),
      client.getContractEvents({ ...vaultEvents, eventName: "ControllerSlash" }),
      client.getContractEvents({ ...vaultEvents, eventName: "Transfer" }),
      client.getContractEvents({
        address: required(deployment, "BrevToken"),
        abi: brevTokenAbi,
        eventName: "Transfer",
        args: { to: vaults },
        ...range,
      }),
    ]);
  const epochRewards = { address: required(deployment, "EpochRewards"), abi: epochRewardsAbi, ...range };
  const [rewardsSet, epochRewardsSet, retired] = await Promise.all([
    client.getContractEvents({ ...epochRewards, eventName: "RewardsSet" }),
    client.getContractEvents({ ...epochRewards, eventName: "EpochRewardsSet" }),
    client.getContractEvents({ ...controller, eventName: "ProverRetired" }),
  ]);

  type Flow = { args: { prover: Address; staker: Address; shares: bigint; amount: bigint } };
  const flow = (log: Flow & Parameters<typeof at>[0]) => ({
    ...at(log),
    prover: getAddress(log.args.prover),
    staker: getAddress(log.args.staker),
    shares: log.args.shares,
    amount: log.args.amount,
  });
  return {
    head,
    provers,
    staked: staked.map(flow),
    unstakeRequested: unstakeRequested.map(flow),
    unstakeCompleted: unstakeCompleted.map((log) => ({
      ...at(log),
      prover: getAddress(log.args.prover),
      staker: getAddress(log.args.staker),
      amount: log.args.amount,
    })),
    rewardsAdded: rewardsAdded.map((log) => ({ ...at(log), ...log.args, prover: getAddress(log.args.prover) })),
    commissionClaimed: claimed.map((log) => ({
      ...at(log),
      prover: getAddress(log.args.prover),
      amount: log.args.amount,
    })),
    proverSlashed: proverSlashed.map((log) => ({ ...at(log), ...log.args, prover: getAddress(log.args.prover) })),
    controllerSlash: slashes.map((log) => ({
      ...at(log),
      prover: ownerOf(log.address),
      assets: log.args.assets,
      to: getAddress(log.args.to),
    })),
    shareTransfers: transfers
      .filter((log) => log.args.from !== zeroAddress && log.args.to !== zeroAddress)
      .map((log) => ({ ...at(log), prover: ownerOf(log.address), ...log.args })),
    donations: brev
      .filter((log) => getAddress(log.args.from) !== controller.address)
      .map((log) => ({ ...at(log), prover: ownerOf(log.args.to), amount: log.args.value })),
    proverRetired: retired.map((log) => ({ ...at(log), prover: getAddress(log.args.prover) })),
    rewardsSet: rewardsSet.map((log) => ({ ...at(log), ...log.args, prover: getAddress(log.args.prover) })),
    epochRewardsSet: epochRewardsSet.map((log) => ({
      ...at(log),
      epoch: log.args.epoch,
      newAmount: log.args.newAmount,
      epochTotal: log.args.cumulativeAmount,
    })),
  };
}

/** Σ of `value` over `items`, grouped by `key` (lowercased, like the indexer's addresses). */
export function sumBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => bigint,
): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const item of items) {
    const k = key(item).toLowerCase();
    sums.set(k, (sums.get(k) ?? 0n) + value(item));
  }
  return sums;
}

/** Σ of `value` per prover. */
export const byProver = <T extends { prover: string }>(items: readonly T[], value: (item: T) => bigint) =>
  sumBy(items, (item) => item.prover, value);
