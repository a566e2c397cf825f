import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { Cleanup } from "../harness/cleanup";
import { killMidBackfill } from "../harness/crash";
import type { DatabaseKind } from "../harness/databases";
import { diffTables } from "../harness/digest";
import { startIndexerRun } from "../harness/indexer";
import { readSnapshot, type Snapshot } from "../harness/snapshot";
import { type CleanRun, slug } from "./clean-run";
import { expectedStakeEvents, indexedStakeEvents } from "./events";

type Restarted = { killedAt: bigint; head: bigint; snapshot: Snapshot; recovered: boolean };

/**
 * A second index of the same (now still) chain into a fresh database, killed part-way through
 * and started again on that database: it must end exactly where the clean run ended.
 */
export function restartChecks(kind: DatabaseKind, cleanup: Cleanup, get: () => CleanRun) {
  let restarted: Restarted | undefined;
  const result = () => {
    if (!restarted) throw new Error("The restart run did not complete; see the beforeAll error.");
    return restarted;
  };

  beforeAll(async () => {
    const { chain } = get();
    const started = performance.now();
    const location = await kind.fresh(cleanup, "restart");
    const head = await chain.head();
    const first = await startIndexerRun(cleanup, chain, location, `${slug(kind)}-killed`);
    const killedAt = await killMidBackfill(first, { startBlock: chain.deployment.startBlock, head });
    const second = await startIndexerRun(cleanup, chain, location, `${slug(kind)}-resumed`);
    // Ponder waits out the dead instance's lock (its heartbeat timeout, 25 s) before resuming.
    await second.waitForHead(chain, 300_000);
    await second.stop();
    const recovered = readFileSync(second.logFile, "utf8").includes("Detected crash recovery");
    restarted = { killedAt, head, snapshot: await readSnapshot(location), recovered };
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${kind.name}: killed at block ${killedAt} of ${head}, resumed to the head; ${seconds.toFixed(1)} s in all`,
    );
  }, 600_000);

  it("was killed mid-backfill", () => {
    const { killedAt, head } = result();
    expect(killedAt).toBeGreaterThan(get().chain.deployment.startBlock);
    expect(killedAt).toBeLessThan(head);
  });

  it("resumed its own tables rather than starting over", () => {
    expect(result().recovered).toBe(true);
  });

  it("ends with the same rows in every table as the clean run", () => {
    const { snapshot } = result();
    expect([...snapshot.tables.keys()]).toEqual([...get().snapshot.tables.keys()]);
    expect(diffTables(["clean", "restarted"], get().snapshot, snapshot)).toEqual({});
  });

  it("holds every staking event once, nothing duplicated by the replay", () => {
    const { snapshot } = result();
    expect(indexedStakeEvents(snapshot)).toEqual(expectedStakeEvents(get().logs));
    expect(snapshot.rows("reward")).toHaveLength(get().logs.rewardsAdded.length);
  });
}
