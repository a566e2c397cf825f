import { resolve } from "node:path";
import { type Address, getAddress } from "viem";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EXAMPLE_RULE } from "@/lib/bid-settings/example-rule";
import { appDatabase } from "./app-database";
import { bidSettingsRepository } from "./bid-settings-repository";
import { type AppDatabase, type AppDatabaseLocation, appDatabaseLocation, openAppDatabase } from "./database";
import { migrate, readMigrations } from "./migrate";
import { pgliteDatabases, postgresDatabases } from "./test-databases";

const PROVER = getAddress("0x00000000000000000000000000000000000000aa");
const SUBMITTER = getAddress("0x00000000000000000000000000000000000000bb");
const edited = (n: number) => ({ ...EXAMPLE_RULE, prover_gas_price: String(n + 1) });

const pglite = pgliteDatabases();
const postgres = postgresDatabases();
const opened: AppDatabase[] = [];
const open = (location: AppDatabaseLocation) => {
  const db = openAppDatabase(location);
  opened.push(db);
  return db;
};
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close().catch(() => {})));
  await Promise.all([pglite.stop(), postgres.stop()]);
});

// One migrated database per kind, each test on a chain of its own: a fresh PGlite costs seconds.
let lastChain = 0;
const nextChain = () => ++lastChain;

describe.each([pglite, postgres])("the app's store on $name", (databases) => {
  let location: AppDatabaseLocation;
  let db: AppDatabase;
  let firstRun: string[];
  // Creating a PGlite database or starting a Postgres takes seconds on a busy machine.
  beforeAll(async () => {
    location = await databases.fresh();
    db = open(location);
    firstRun = await migrate(db);
  }, 60_000);

  it("applies its migrations once, however often it starts, and never a renamed one", async () => {
    const all = readMigrations();
    expect(firstRun).toEqual(all.map((migration) => migration.name));
    expect(await migrate(db)).toEqual([]);
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'app' ORDER BY table_name",
    );
    expect(tables.map((row) => row.table_name)).toEqual([
      "auth_nonces",
      "bid_settings",
      "bid_settings_audit",
      "migrations",
      "sessions",
    ]);
    const [first, ...rest] = all;
    if (!first) throw new Error("no migrations");
    await expect(migrate(db, [{ ...first, name: "0001_renamed.sql" }, ...rest])).rejects.toThrow(
      "Migration 1 was applied as 0001_bid_settings.sql but the repository now calls it 0001_renamed.sql",
    );
  });

  it("stores versions and audits every change with before, after and signer", async () => {
    const repository = bidSettingsRepository(db);
    const chain = nextChain();
    expect(await repository.read(chain, PROVER)).toBeNull();
    expect(await repository.save(chain, PROVER, 0, EXAMPLE_RULE, PROVER)).toEqual({ ok: true, version: 1 });
    expect(await repository.save(chain, PROVER.toLowerCase() as Address, 1, edited(1), SUBMITTER)).toEqual({
      ok: true,
      version: 2,
    });
    expect(await repository.read(chain, PROVER)).toMatchObject({
      settings: edited(1),
      version: 2,
      updatedBy: SUBMITTER,
      updatedAt: expect.any(Date),
    });
    expect(await repository.read(nextChain(), PROVER)).toBeNull();
    expect(await repository.audit(chain, PROVER)).toEqual([
      { version: 1, before: null, after: EXAMPLE_RULE, signer: PROVER, changedAt: expect.any(Date) },
      { version: 2, before: EXAMPLE_RULE, after: edited(1), signer: SUBMITTER, changedAt: expect.any(Date) },
    ]);
  });

  it("answers a stale save with what is stored, and stores nothing", async () => {
    const repository = bidSettingsRepository(db);
    const chain = nextChain();
    expect(await repository.save(chain, PROVER, 1, EXAMPLE_RULE, PROVER)).toEqual({ ok: false, current: null });
    await repository.save(chain, PROVER, 0, EXAMPLE_RULE, PROVER);
    const stale = await repository.save(chain, PROVER, 0, edited(1), SUBMITTER);
    expect(stale).toEqual({ ok: false, current: await repository.read(chain, PROVER) });
    expect(stale).toMatchObject({ current: { settings: EXAMPLE_RULE, version: 1, updatedBy: PROVER } });
    expect(await repository.audit(chain, PROVER)).toHaveLength(1);
  });

  it("lets exactly one of 100 concurrent saves of one version through", async () => {
    const repository = bidSettingsRepository(db);
    const chain = nextChain();
    for (const version of [0, 1]) {
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, n) => repository.save(chain, PROVER, version, edited(n), SUBMITTER)),
      );
      const winners = results.flatMap((result, n) => (result.ok ? [n] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => result.ok)).toEqual([{ ok: true, version: version + 1 }]);
      const current = await repository.read(chain, PROVER);
      expect(current?.settings).toEqual(edited(winners[0] as number));
      for (const result of results) if (!result.ok) expect(result.current?.version).toBe(version + 1);
    }
    expect((await repository.audit(chain, PROVER)).map((entry) => entry.version)).toEqual([1, 2]);
  });

  it("refuses to rewrite or delete the audit log", async () => {
    const chain = nextChain();
    await bidSettingsRepository(db).save(chain, PROVER, 0, EXAMPLE_RULE, PROVER);
    await expect(db.query("UPDATE app.bid_settings_audit SET signer = signer")).rejects.toThrow(/append-only/);
    await expect(db.query("DELETE FROM app.bid_settings_audit")).rejects.toThrow(/append-only/);
    await expect(db.query("TRUNCATE app.bid_settings_audit")).rejects.toThrow(/append-only/);
    expect(await bidSettingsRepository(db).audit(chain, PROVER)).toHaveLength(1);
  });

  it("keeps settings and audit when the app restarts", async () => {
    const chain = nextChain();
    await bidSettingsRepository(db).save(chain, PROVER, 0, EXAMPLE_RULE, PROVER);
    await db.close();
    db = open(location);
    expect(await migrate(db)).toEqual([]);
    const repository = bidSettingsRepository(db);
    expect(await repository.read(chain, PROVER)).toMatchObject({ settings: EXAMPLE_RULE, version: 1 });
    expect(await repository.audit(chain, PROVER)).toHaveLength(1);
  }, 60_000);
});

describe("the app's store on Postgres, started by several processes at once", () => {
  it("migrates once when many start together", async () => {
    const location = await postgres.fresh();
    const starts = Array.from({ length: 5 }, () => open(location));
    const applied = await Promise.all(starts.map((db) => migrate(db)));
    expect(applied.flat()).toEqual(readMigrations().map((migration) => migration.name));
  });
});

describe("where the app keeps its store", () => {
  it("prefers APP_DATABASE_URL, then DATABASE_URL, then PGlite under .data/app", () => {
    expect(appDatabaseLocation({ APP_DATABASE_URL: "postgres://a/app", DATABASE_URL: "postgres://b/db" })).toEqual({
      url: "postgres://a/app",
    });
    expect(appDatabaseLocation({ DATABASE_URL: "postgres://b/db" })).toEqual({ url: "postgres://b/db" });
    expect(appDatabaseLocation({})).toEqual({ dataDir: resolve(".data/app") });
    expect(appDatabaseLocation({ APP_DATA_DIR: "/tmp/run-1/app" })).toEqual({ dataDir: "/tmp/run-1/app" });
  });

  it("opens and migrates one store per process", async () => {
    const location = await postgres.fresh();
    vi.stubEnv("APP_DATABASE_URL", "url" in location ? location.url : "");
    try {
      const [first, second] = await Promise.all([appDatabase(), appDatabase()]);
      opened.push(first);
      expect(second).toBe(first);
      expect(await first.query("SELECT id FROM app.migrations")).toHaveLength(readMigrations().length);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
