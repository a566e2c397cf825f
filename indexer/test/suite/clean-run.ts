import type { Address } from "viem";
import { DEV_ACCOUNTS } from "../../../scripts/devnet/anvil.mjs";
import { type Activity, playActivity } from "../harness/activity";
import { type ApiAnswers, readApi } from "../harness/api";
import { type Chain, startChain } from "../harness/chain";
import type { Cleanup } from "../harness/cleanup";
import type { DatabaseKind } from "../harness/databases";
import { type FuzzOutcome, fuzzApi } from "../harness/fuzz";
import { startIndexerRun } from "../harness/indexer";
import { type ChainLogs, readChainLogs } from "../harness/logs";
import { playReorg, type ReorgOutcome } from "../harness/reorg";
import { readSnapshot, type Snapshot, text } from "../harness/snapshot";
import { readStakeHistory, type StakeHistory } from "../harness/stake-history";
import {
  type PositionState,
  type ProverState,
  readEpochWindows,
  readNetworkState,
  readPositions,
  readProverStates,
  readRequest,
} from "../harness/state";

/** One indexer run and the chain it indexed, frozen: the indexer stopped, nothing mined since. */
export type CleanRun = {
  chain: Chain;
  snapshot: Snapshot;
  logs: ChainLogs;
  provers: ProverState[];
  network: Awaited<ReturnType<typeof readNetworkState>>;
  positions: PositionState[];
  epochWindows: Awaited<ReturnType<typeof readEpochWindows>>;
  auctionRequest: Awaited<ReturnType<typeof readRequest>>;
  activity: Activity;
  reorg: ReorgOutcome;
  stakeHistory: StakeHistory;
  api: ApiAnswers;
  fuzz: FuzzOutcome;
  seconds: { backfill: number; live: number };
};

export const slug = (kind: DatabaseKind) => kind.name.toLowerCase();

/**
 * The shared run of a suite: a full index of the seeded devnet, then on the live indexer a few
 * things the seed never does and a reorg, then every table and the chain's state read for the
 * checks to compare.
 */
export async function prepareCleanRun(kind: DatabaseKind, cleanup: Cleanup): Promise<CleanRun> {
  // The database first: a missing Postgres fails the suite before anything else starts.
  const location = await kind.fresh(cleanup, "clean");
  const chain = await startChain(cleanup, slug(kind));
  const started = performance.now();
  const run = await startIndexerRun(cleanup, chain, location, `${slug(kind)}-clean`);
  await run.waitForHead(chain);
  const backfill = (performance.now() - started) / 1000;
  const activity = await playActivity(chain);
  const reorg = await playReorg(chain, run);
  const seconds = { backfill, live: (performance.now() - started) / 1000 - backfill };
  // Nothing is mined from here on: the logs, the API's answers and the tables describe one chain.
  const logs = await readChainLogs(chain);
  const api = await readApi(run.url, DEV_ACCOUNTS[0] as Address, {
    auctionWinner: activity.auction.prover,
    retired: logs.proverRetired.map((log) => log.prover),
  });
  const fuzz = await fuzzApi(run.url, {
    addresses: [DEV_ACCOUNTS[0] as Address, ...api.proverList.items.slice(0, 2).map((item) => item.address)],
    vks: api.programs.items.slice(0, 2).map((item) => item.vk),
  });
  await run.stop();

  const snapshot = await readSnapshot(location);
  const vaultOf = new Map(logs.provers.map(({ prover, vault }) => [prover.toLowerCase(), vault]));
  // Every position the indexer knows of, plus every holder the vaults know of: a holder the
  // indexer missed shows up as a position with shares on chain and none indexed.
  const keys = new Map<string, { prover: Address; vault: Address; staker: Address }>();
  const addKey = (prover: string, staker: string) => {
    const vault = vaultOf.get(prover.toLowerCase());
    if (!vault) throw new Error(`Position with ${prover}, which never joined.`);
    keys.set(`${prover}/${staker}`.toLowerCase(), { prover: prover as Address, vault, staker: staker as Address });
  };
  for (const row of snapshot.rows("position")) addKey(text(row, "prover"), text(row, "staker"));
  const provers = await readProverStates(chain, logs.provers);
  for (const state of provers) for (const holder of state.holders) addKey(state.prover, holder);
  const head = await chain.head();
  if (head !== logs.head) throw new Error(`The chain moved (${logs.head} → ${head}) while the checks read it.`);
  return {
    chain,
    snapshot,
    logs,
    provers,
    network: await readNetworkState(chain),
    positions: await readPositions(chain, [...keys.values()]),
    epochWindows: await readEpochWindows(chain, [...new Set(logs.epochRewardsSet.map((log) => log.epoch))]),
    auctionRequest: await readRequest(chain, activity.auction.reqid),
    activity,
    reorg,
    stakeHistory: await readStakeHistory(chain, logs),
    api,
    fuzz,
    seconds,
  };
}
