import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startPostgres } from "../../../scripts/pg/throwaway.mjs";
import type { AppDatabaseLocation } from "./database";

/** Tests only: where each test gets an empty store, and how the file cleans up after itself. */
export type TestDatabases = {
  name: "PGlite" | "Postgres";
  fresh(): Promise<AppDatabaseLocation>;
  stop(): Promise<void>;
};

export function pgliteDatabases(): TestDatabases {
  const dirs: string[] = [];
  return {
    name: "PGlite",
    async fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), "app-db-test-"));
      dirs.push(dataDir);
      return { dataDir };
    },
    async stop() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One throwaway server per test file (or DATABASE_URL's), one new database per test. */
export function postgresDatabases(): TestDatabases {
  let server: Awaited<ReturnType<typeof startPostgres>> | undefined;
  let count = 0;
  return {
    name: "Postgres",
    async fresh() {
      server ??= await startPostgres();
      const name = `app_test_${process.pid}_${++count}`;
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      return { url: url.toString() };
    },
    async stop() {
      await server?.stop();
    },
  };
}
