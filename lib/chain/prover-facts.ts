import type { Address } from "viem";
import type { Deployment } from "../contracts/addresses";
import { brevisMarketAbi, marketViewerAbi, proverVaultAbi, stakingControllerAbi } from "../contracts/generated";
import { convertToAssets, type ShareUnits, sharePrice } from "../math/share-price";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";
import { shareUnitsReads, toShareUnits } from "./share-units";

/** What the market says of a prover: its work and what binds its stake. */
export type ProverMarketFacts = {
  /** The market's own success rate, fulfilled / (fulfilled + refunded + overdue), in bps. */
  successRateBps: bigint;
  fulfilled: bigint;
  /** Requests it won, missed and were refunded after the deadline. */
  refunded: bigint;
  /** Requests it won whose deadline passed without a proof, not yet refunded. */
  overdue: bigint;
  /** Fees paid to it over its life, after the protocol fee. */
  feeReceived: bigint;
  /** Σ minStake of the requests it holds as winner and has not settled: bound stake. */
  assignedStake: bigint;
  overcommitBps: bigint;
};

/** A prover as the contracts see it now, read in one batched call. */
export type ProverFacts = {
  /** 0 Null (never joined, or retired), 1 Active, 2 Deactivated, 3 Jailed. */
  state: number;
  units: ShareUnits;
  /** BREV in its vault and the vault's share supply. */
  vaultAssets: bigint;
  vaultShares: bigint;
  /** Requested unstakes not yet withdrawn: out of the vault but still slashable. */
  pendingUnstakes: bigint;
  /** `getProverTotalAssets`: vault assets + pending unstakes. */
  totalAssets: bigint;
  /** BREV per whole share, `convertToAssets(10 ** decimals)`. */
  sharePrice: bigint;
  /** What the prover's own shares are worth. */
  selfStake: bigint;
  /** Accounts holding shares in its vault (the controller's count for this prover). */
  stakers: bigint;
  /** Null where the deployment has no market. */
  market: ProverMarketFacts | null;
};

/**
 * Reads a prover's live figures with calls that answer for any prover, a retired one included
 * (never the viewer's getProverInfo or getCommissionRates, which revert for those). Null when the
 * chain does not answer: the page then falls back to the indexer's figures and says so.
 */
export async function readProverFacts(
  runtime: ChainRuntimeConfig,
  deployment: Deployment,
  prover: Address,
  vault: Address,
): Promise<ProverFacts | null> {
  const client = serverPublicClient(runtime);
  const controller = { address: deployment.contracts.StakingController, abi: stakingControllerAbi } as const;
  const vaultContract = { address: vault, abi: proverVaultAbi } as const;
  const { BrevisMarket: market, MarketViewer: marketViewer } = deployment.contracts;
  const [shareDecimals, assetDecimals] = shareUnitsReads(vault, deployment.contracts.BrevToken);
  try {
    const [info, totalAssets, pendingUnstakes, selfShares, vaultAssets, vaultShares, decimals, marketFacts] =
      await Promise.all([
        client.readContract({ ...controller, functionName: "getProverInfo", args: [prover] }),
        client.readContract({ ...controller, functionName: "getProverTotalAssets", args: [prover] }),
        client.readContract({ ...controller, functionName: "getProverTotalUnstaking", args: [prover] }),
        client.readContract({ ...controller, functionName: "getStakeInfo", args: [prover, prover] }),
        client.readContract({ ...vaultContract, functionName: "totalAssets" }),
        client.readContract({ ...vaultContract, functionName: "totalSupply" }),
        Promise.all([client.readContract(shareDecimals), client.readContract(assetDecimals)]),
        market && marketViewer
          ? Promise.all([
              client.readContract({
                address: marketViewer,
                abi: marketViewerAbi,
                functionName: "getProverStatsComposite",
                args: [prover],
              }),
              client.readContract({
                address: market,
                abi: brevisMarketAbi,
                functionName: "assignedStake",
                args: [prover],
              }),
              client.readContract({ address: market, abi: brevisMarketAbi, functionName: "overcommitBps" }),
            ])
          : null,
      ]);
    const units = toShareUnits(decimals);
    const [state, , , , stakers] = info;
    return {
      state,
      units,
      vaultAssets,
      vaultShares,
      pendingUnstakes,
      totalAssets,
      sharePrice: sharePrice(vaultAssets, vaultShares, units),
      selfStake: convertToAssets(selfShares, vaultAssets, vaultShares, units),
      stakers,
      market: marketFacts
        ? {
            successRateBps: marketFacts[0].successRateBps,
            fulfilled: marketFacts[0].fulfilled,
            refunded: marketFacts[0].refunded,
            overdue: marketFacts[0].overdueCount,
            feeReceived: marketFacts[0].total.feeReceived,
            assignedStake: marketFacts[1],
            overcommitBps: marketFacts[2],
          }
        : null,
    };
  } catch {
    return null;
  }
}
