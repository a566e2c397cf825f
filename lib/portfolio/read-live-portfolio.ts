import type { Address, PublicClient } from "viem";
import { MULTICALL3_ADDRESS } from "../chain/networks";
import { shareUnitsReads, toShareUnits } from "../chain/share-units";
import type { Deployment } from "../contracts/addresses";
import { brevTokenAbi, multicall3Abi, stakingControllerAbi, stakingViewerAbi } from "../contracts/generated";
import type { ShareUnits } from "../math/share-price";
import { type LivePortfolio, shapeLivePortfolio } from "./live-portfolio";

type Client = Pick<PublicClient, "multicall">;

/** Each vault's share units read in one multicall; the browser keeps them in its query cache instead. */
export async function readShareUnits(
  client: Client,
  vaults: readonly Address[],
  asset: Address,
): Promise<Map<Address, ShareUnits>> {
  if (vaults.length === 0) return new Map();
  const answers = await client.multicall({
    allowFailure: false,
    contracts: vaults.flatMap((vault) => shareUnitsReads(vault, asset)),
  });
  return new Map(
    vaults.map((vault, index) => [
      vault,
      toShareUnits([answers[2 * index] as number, answers[2 * index + 1] as number]),
    ]),
  );
}

/**
 * Everything the portfolio shows of one address, in one HTTP request: its positions and pending
 * requests, every listed prover's vault, name and slashing scale, the unstake rules, its BREV and
 * the chain's clock; then the share units of the vaults it holds (`units`, which may cache them).
 * The same reads serve the connected wallet in the browser and a watched address on the server.
 */
export async function readLivePortfolio(
  client: Client,
  contracts: Deployment["contracts"],
  owner: Address,
  units: (vaults: readonly Address[]) => Promise<Map<Address, ShareUnits>> = (vaults) =>
    readShareUnits(client, vaults, contracts.BrevToken),
): Promise<LivePortfolio> {
  const { StakingViewer: viewer, StakingController: controller, BrevToken: token } = contracts;
  // End 0 means "all"; the call reverts only when no prover is listed at all, and then nobody holds a position.
  const listed = client
    .multicall({
      allowFailure: false,
      contracts: [{ address: viewer, abi: stakingViewerAbi, functionName: "getProversInfo", args: [false, 0n, 0n] }],
    })
    .then(
      ([infos]) => infos,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  const [[portfolio, unstakeDelay, minSelfStake, maxPending, walletBalance, chainNow], provers] = await Promise.all([
    client.multicall({
      allowFailure: false,
      contracts: [
        { address: viewer, abi: stakingViewerAbi, functionName: "getUserPortfolio", args: [owner] },
        { address: controller, abi: stakingControllerAbi, functionName: "unstakeDelay" },
        { address: controller, abi: stakingControllerAbi, functionName: "minSelfStake" },
        { address: controller, abi: stakingControllerAbi, functionName: "MAX_PENDING_UNSTAKES" },
        { address: token, abi: brevTokenAbi, functionName: "balanceOf", args: [owner] },
        { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getCurrentBlockTimestamp" },
      ],
    }),
    listed,
  ]);
  if (provers instanceof Error && portfolio.stakes.length > 0) throw provers;
  const infos = provers instanceof Error ? [] : provers;
  const held = new Set(portfolio.stakes.map((stake) => stake.prover));
  const vaults = infos.filter((info) => held.has(info.prover)).map((info) => info.vault);
  return shapeLivePortfolio({
    portfolio,
    provers: infos,
    units: await units(vaults),
    unstakeDelay,
    minSelfStake,
    maxPending,
    walletBalance,
    chainNow,
  });
}
