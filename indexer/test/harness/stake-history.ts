import { type Address, getAddress } from "viem";
import { brevTokenAbi, stakingControllerAbi } from "../../../lib/contracts/generated";
import { type Chain, required } from "./chain";
import type { ChainLogs } from "./logs";

const DAY = 86_400n;

/** Each UTC day's closing stake of every prover registered then, read back from the chain. */
export type StakeDay = { day: number; stakes: Map<Address, bigint> };

export type StakeHistory = {
  days: StakeDay[];
  /** Every CommissionRateUpdated, oldest first. */
  commissionChanges: { prover: Address; source: Address; oldRate: bigint; newRate: bigint; block: bigint }[];
  /** Block timestamps of the blocks asked for, for windows by day. */
  timestampOf: (block: bigint) => Promise<bigint>;
};

/**
 * A vault's assets are its BREV balance (ERC-4626's `totalAssets`), so every day's closing stake
 * follows from the BREV transfers into and out of the vaults up to the day's last block, found by
 * block time; registration from the controller's join and retire logs. Nothing of the indexer's.
 */
export async function readStakeHistory(chain: Chain, logs: ChainLogs): Promise<StakeHistory> {
  const { client, deployment } = chain;
  const range = { fromBlock: 0n, toBlock: logs.head, strict: true } as const;
  const vaults = logs.provers.map(({ vault }) => vault);
  const token = {
    address: required(deployment, "BrevToken"),
    abi: brevTokenAbi,
    eventName: "Transfer",
    ...range,
  } as const;
  const controller = {
    address: required(deployment, "StakingController"),
    abi: stakingControllerAbi,
    ...range,
  } as const;
  const [inbound, outbound, joined, rates] = await Promise.all([
    client.getContractEvents({ ...token, args: { to: vaults } }),
    client.getContractEvents({ ...token, args: { from: vaults } }),
    client.getContractEvents({ ...controller, eventName: "ProverInitialized" }),
    client.getContractEvents({ ...controller, eventName: "CommissionRateUpdated" }),
  ]);
  const times = new Map<bigint, bigint>();
  const timestampOf = async (block: bigint) => {
    const known = times.get(block);
    if (known !== undefined) return known;
    const { timestamp } = await client.getBlock({ blockNumber: block });
    times.set(block, timestamp);
    return timestamp;
  };
  /** The last block whose time is before `time` (blocks' times never decrease). */
  const lastBlockBefore = async (time: bigint) => {
    let low = 0n;
    let high = logs.head;
    while (low < high) {
      const middle = (low + high + 1n) / 2n;
      if ((await timestampOf(middle)) < time) low = middle;
      else high = middle - 1n;
    }
    return low;
  };

  const firstJoin = joined[0]?.blockNumber ?? logs.head;
  const firstDay = (await timestampOf(firstJoin)) / DAY;
  const lastDay = (await timestampOf(logs.head)) / DAY;
  const days: StakeDay[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const end = await lastBlockBefore((day + 1n) * DAY);
    const balance = (vault: Address) =>
      inbound
        .filter((log) => log.blockNumber <= end && getAddress(log.args.to) === vault)
        .reduce((sum, log) => sum + log.args.value, 0n) -
      outbound
        .filter((log) => log.blockNumber <= end && getAddress(log.args.from) === vault)
        .reduce((sum, log) => sum + log.args.value, 0n);
    const stakes = new Map<Address, bigint>();
    for (const log of joined.filter((entry) => entry.blockNumber <= end)) {
      const prover = getAddress(log.args.prover);
      const retired = logs.proverRetired.some(
        (entry) => entry.prover === prover && entry.block > log.blockNumber && entry.block <= end,
      );
      if (retired) stakes.delete(prover);
      else stakes.set(prover, balance(getAddress(log.args.vault)));
    }
    days.push({ day: Number(day), stakes });
  }
  return {
    days,
    commissionChanges: rates.map((log) => ({
      prover: getAddress(log.args.prover),
      source: getAddress(log.args.source),
      oldRate: log.args.oldRate,
      newRate: log.args.newRate,
      block: log.blockNumber,
    })),
    timestampOf,
  };
}
