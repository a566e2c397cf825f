import { type Address, getAddress, type Hex, parseEther } from "viem";
import { stakingControllerAbi } from "../../../lib/contracts/generated";
import { waitFor } from "../../../scripts/lib/wait.mjs";
import { freshAccount, mined } from "./accounts";
import { activeProvers, type Chain, required } from "./chain";
import type { IndexerRun } from "./indexer";

export type Stake = { prover: Address; amount: bigint; txHash: Hex; block: bigint };

export type ReorgOutcome = {
  staker: Address;
  /** Indexed, then dropped from the chain by the revert. */
  reverted: Stake;
  /** Mined at the same height on the new branch. */
  replacement: Stake;
  /** What the indexer's API said about the staker just before the revert. */
  positionsBeforeRevert: string[];
  positionsAfterReorg: string[];
  /** The directory's vault assets of both provers (the reverted's, the replacement's): at the fork, on the dropped block, and on its replacement at the same height. */
  directoryAssets: { atFork: [bigint, bigint]; onReverted: [bigint, bigint]; onReplacement: [bigint, bigint] };
  forkBlock: bigint;
  head: bigint;
};

async function positionsOf(run: IndexerRun, staker: Address): Promise<string[]> {
  const response = await fetch(`${run.url}/v1/stakers/${staker}`);
  if (!response.ok) throw new Error(`GET /v1/stakers/${staker} answered ${response.status}.`);
  const body = (await response.json()) as { positions: { prover: string }[] };
  return body.positions.map((entry) => entry.prover.toLowerCase());
}

/** The vault assets the directory lists for two provers: the memoised per-block summaries. */
async function directoryAssets(run: IndexerRun, first: Address, second: Address): Promise<[bigint, bigint]> {
  const response = await fetch(`${run.url}/v1/provers?limit=100`);
  if (!response.ok) throw new Error(`GET /v1/provers answered ${response.status}.`);
  const body = (await response.json()) as { items: { address: string; totalAssets: string }[] };
  const assets = (prover: Address) => {
    const item = body.items.find((entry) => entry.address.toLowerCase() === prover.toLowerCase());
    if (!item) throw new Error(`The directory does not list ${prover}.`);
    return BigInt(item.totalAssets);
  };
  return [assets(first), assets(second)];
}

/**
 * A one-block reorg under a live indexer: a fresh staker stakes with one prover, the indexer
 * indexes it, the block is reverted and the same staker stakes a different amount with another
 * prover on a longer branch.
 */
export async function playReorg(chain: Chain, run: IndexerRun): Promise<ReorgOutcome> {
  const { client, wallet, test, deployment } = chain;
  const controller = required(deployment, "StakingController");
  const active = await activeProvers(chain);
  const [first, second] = active;
  if (!first || !second) throw new Error(`The seeded devnet has ${active.length} active provers; the reorg needs two.`);

  const account = await freshAccount(chain, parseEther("10000"), [controller]);
  const stake = async (prover: Address, amount: bigint): Promise<Stake> => {
    const txHash = await wallet.writeContract({
      account,
      chain: client.chain,
      address: controller,
      abi: stakingControllerAbi,
      functionName: "stake",
      args: [prover, amount],
    });
    return { prover: getAddress(prover), amount, txHash, block: await mined(chain, txHash) };
  };

  const forkBlock = await chain.head();
  await run.waitForBlock(forkBlock);
  const atFork = await directoryAssets(run, first, second);
  const snapshot = await test.snapshot();
  const reverted = await stake(first, parseEther("1234.5"));
  await run.waitForBlock(reverted.block);
  const positionsBeforeRevert = await positionsOf(run, account.address);
  const onReverted = await directoryAssets(run, first, second);

  await test.revert({ id: snapshot });
  if ((await chain.head()) !== forkBlock) throw new Error("evm_revert did not return the chain to the fork block.");
  const replacement = await stake(second, parseEther("777"));
  if (replacement.block !== reverted.block)
    throw new Error("The replacement stake was not mined at the dropped block's height.");
  // Read at the replacement's height, before the longer branch: the same block number the dropped
  // one had, so only the block's identity tells the two apart. The staker's positions (never
  // memoised) show when the indexer has taken the new branch.
  await waitFor(async () => (await positionsOf(run, account.address)).join() === replacement.prover.toLowerCase(), {
    what: "The indexer taking the replacement block at the dropped one's height",
    timeoutMs: 120_000,
    intervalMs: 250,
  });
  const onReplacement = await directoryAssets(run, first, second);
  // A longer branch, so that any node (and Ponder) takes it as canonical.
  await test.mine({ blocks: 3 });
  const head = await chain.head();
  await run.waitForBlock(head);
  return {
    staker: account.address,
    reverted,
    replacement,
    positionsBeforeRevert,
    positionsAfterReorg: await positionsOf(run, account.address),
    directoryAssets: { atFork, onReverted, onReplacement },
    forkBlock,
    head,
  };
}
