// What the read pages must show, read from the chain with the deployed contracts' own
// semantics: vault assets are not total assets, stake positions are not stakers, a share price
// is per whole share of the vault's own decimals, reliability counts overdue requests.
import type { Address } from "viem";
import deployments from "../../lib/contracts/deployments.json" with { type: "json" };
import {
  marketViewerAbi,
  proverVaultAbi,
  stakingControllerAbi,
  stakingViewerAbi,
  vaultFactoryAbi,
} from "../../lib/contracts/generated";
import { reliabilityBps } from "../../lib/math/reliability";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress, stakingViewerAddress } from "../fixtures/contracts";
import { listedProvers, vaultOf } from "./staking";

const controller = (chain: Chain) => ({ address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi });

/** The overview's figures: vault assets of the listed provers, people and positions. */
export async function networkFigures(chain: Chain) {
  const [overview, provers] = await Promise.all([
    chain.client.readContract({
      address: stakingViewerAddress(chain.chainId),
      abi: stakingViewerAbi,
      functionName: "getSystemOverview",
    }),
    listedProvers(chain, false),
  ]);
  const stakers = await Promise.all(
    provers.map((prover) =>
      chain.client.readContract({ ...controller(chain), functionName: "getProverStakers", args: [prover] }),
    ),
  );
  return {
    /** `getTotalVaultAssets(false)`: pending unstakes not included. */
    vaultAssets: overview.totalVaultAssets,
    /** Σ per-prover staker counts: a staker of two provers counts twice. */
    stakePositions: overview.totalStakers,
    /** Distinct addresses across every listed prover's stakers: people. */
    uniqueStakers: new Set(stakers.flat().map((address) => address.toLowerCase())).size,
  };
}

/** A prover page's figures. */
export async function proverFigures(chain: Chain, prover: Address) {
  const vault = await vaultOf(chain, prover);
  const vaultContract = { address: vault, abi: proverVaultAbi } as const;
  const [totalAssets, pending, info, selfShares, vaultAssets, decimals, market] = await Promise.all([
    chain.client.readContract({ ...controller(chain), functionName: "getProverTotalAssets", args: [prover] }),
    chain.client.readContract({ ...controller(chain), functionName: "getProverTotalUnstaking", args: [prover] }),
    chain.client.readContract({ ...controller(chain), functionName: "getProverInfo", args: [prover] }),
    chain.client.readContract({ ...controller(chain), functionName: "getStakeInfo", args: [prover, prover] }),
    chain.client.readContract({ ...vaultContract, functionName: "totalAssets" }),
    chain.client.readContract({ ...vaultContract, functionName: "decimals" }),
    chain.client.readContract({
      address: deployments["31337"].contracts.MarketViewer as Address,
      abi: marketViewerAbi,
      functionName: "getProverStatsComposite",
      args: [prover],
    }),
  ]);
  const [sharePrice, selfStake] = await Promise.all([
    chain.client.readContract({ ...vaultContract, functionName: "convertToAssets", args: [10n ** BigInt(decimals)] }),
    chain.client.readContract({ ...vaultContract, functionName: "convertToAssets", args: [selfShares] }),
  ]);
  const trials = Number(market.fulfilled + market.refunded + market.overdueCount);
  return {
    /** `getProverTotalAssets`: vault assets + pending unstakes. */
    totalAssets,
    vaultAssets,
    pending,
    /** `convertToAssets(10 ** decimals)`: BREV per whole share. */
    sharePrice,
    selfStake,
    stakers: info[4],
    /** Wilson lower bound of fulfilled / (fulfilled + refunded + overdue). */
    reliabilityBps: reliabilityBps(Number(market.fulfilled), trials),
    overdue: market.overdueCount,
  };
}

/** Provers whose vault the factory made but whom the controller no longer knows: they retired. */
export async function retiredProvers(chain: Chain): Promise<Address[]> {
  const factory = {
    address: await chain.client.readContract({ ...controller(chain), functionName: "vaultFactory" }),
    abi: vaultFactoryAbi,
  } as const;
  const count = await chain.client.readContract({ ...factory, functionName: "getVaultCount" });
  const provers = await Promise.all(
    Array.from({ length: Number(count) }, async (_, index) => {
      const vault = await chain.client.readContract({
        ...factory,
        functionName: "getVaultAtIndex",
        args: [BigInt(index)],
      });
      return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "prover" });
    }),
  );
  const states = await Promise.all(
    provers.map((prover) =>
      chain.client.readContract({ ...controller(chain), functionName: "getProverState", args: [prover] }),
    ),
  );
  return provers.filter((_, index) => states[index] === 0);
}
