import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { EXAMPLE_RULE } from "@/lib/bid-settings/example-rule";
import { bidSettingsRepository } from "@/lib/server/app-db/bid-settings-repository";
import { openAppDatabase } from "@/lib/server/app-db/database";
import { migrate } from "@/lib/server/app-db/migrate";
import type { Cleanup } from "../harness/cleanup";
import { killMidBackfill } from "../harness/crash";
import type { DatabaseKind } from "../harness/databases";
import { diffTables } from "../harness/digest";
import { startIndexerRun } from "../harness/indexer";
import { readSnapshot, type Snapshot } from "../harness/snapshot";
import { type CleanRun, slug } from "./clean-run";
import { expectedStakeEvents, indexedStakeEvents } from "./events";

type Restarted = {
  killedAt: bigint;
  head: bigint;
  snapshot: Snapshot;
  recovered: boolean;
  /** Postgres: the app's bid settings stored in the same database before the indexer ran, read after. */
  appStore: { before: unknown; after: unknown } | null;
};

/**
 * The app's own store in the indexer's database (`APP_DATABASE_URL` = `DATABASE_URL`), holding
 * one prover's settings and their audit: what an operator sharing one Postgres has at a reindex.
 */
async function appStoreBeside(databaseUrl: string) {
  const prover = "0x00000000000000000000000000000000000000a1";
  const snapshot = async () => {
    const db = openAppDatabase({ url: databaseUrl });
    try {
      await migrate(db);
      const repository = bidSettingsRepository(db);
      return { stored: await repository.read(31337, prover), audit: await repository.audit(31337, prover) };
    } finally {
      await db.close();
    }
  };
  const db = openAppDatabase({ url: databaseUrl });
  try {
    await migrate(db);
    await bidSettingsRepository(db).save(31337, prover, 0, EXAMPLE_RULE, prover);
  } finally {
    await db.close();
  }
  return { before: await snapshot(), readAgain: snapshot };
}

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
    const appStore = "databaseUrl" in location.option ? await appStoreBeside(location.option.databaseUrl) : null;
    const head = await chain.head();
    const first = await startIndexerRun(cleanup, chain, location, `${slug(kind)}-killed`);
    const killedAt = await killMidBackfill(first, { startBlock: chain.deployment.startBlock, head });
    const second = await startIndexerRun(cleanup, chain, location, `${slug(kind)}-resumed`);
    // Ponder waits out the dead instance's lock (its heartbeat timeout, 25 s) before resuming.
    await second.waitForHead(chain, 300_000);
    await second.stop();
    const recovered = readFileSync(second.logFile, "utf8").includes("Detected crash recovery");
    restarted = {
      killedAt,
      head,
      snapshot: await readSnapshot(location),
      recovered,
      appStore: appStore && { before: appStore.before, after: await appStore.readAgain() },
    };
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${kind.name}: killed at block ${killedAt} of ${head}, resumed to the head; ${seconds.toFixed(1)} s in all`,
    );
  }, 600_000);

  // Only Postgres shares a database with the app's store; PGlite keeps the store in its own directory.
  if (kind.name === "Postgres") {
    it("leaves the app's bid settings in the same database untouched while it indexes from nothing", () => {
      const { appStore } = result();
      expect(appStore?.before).toBeTruthy();
      expect(appStore?.after).toEqual(appStore?.before);
    });
  }

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
