import { type Address, getAddress, type Hex, parseEther } from "viem";
import { stakingControllerAbi } from "../../../lib/contracts/generated";
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
  forkBlock: bigint;
  head: bigint;
};

async function positionsOf(run: IndexerRun, staker: Address): Promise<string[]> {
  const response = await fetch(`${run.url}/v1/stakers/${staker}`);
  if (!response.ok) throw new Error(`GET /v1/stakers/${staker} answered ${response.status}.`);
  const body = (await response.json()) as { positions: { prover: string }[] };
  return body.positions.map((entry) => entry.prover.toLowerCase());
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
  const snapshot = await test.snapshot();
  const reverted = await stake(first, parseEther("1234.5"));
  await run.waitForBlock(reverted.block);
  const positionsBeforeRevert = await positionsOf(run, account.address);

  await test.revert({ id: snapshot });
  if ((await chain.head()) !== forkBlock) throw new Error("evm_revert did not return the chain to the fork block.");
  const replacement = await stake(second, parseEther("777"));
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
    forkBlock,
    head,
  };
}
