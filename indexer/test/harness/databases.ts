import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { startPostgres } from "../../../scripts/pg/throwaway.mjs";
import type { Cleanup } from "./cleanup";

export type Row = Record<string, unknown>;

export type SqlReader = {
  rows: (sql: string) => Promise<Row[]>;
  close: () => Promise<void>;
};

/** Where one indexer run keeps its tables. */
export type DatabaseLocation = {
  option: { pgliteDir: string } | { databaseUrl: string };
  schema: string;
  /** Only once the indexer is stopped: PGlite is a single-process database. */
  open: () => Promise<SqlReader>;
};

export type DatabaseKind = {
  name: "PGlite" | "Postgres";
  /** An empty database for one indexer run; a restart reuses the location it returns. */
  fresh: (cleanup: Cleanup, label: string) => Promise<DatabaseLocation>;
};

// The schema `npm start` uses too: crash recovery is keyed on it.
const SCHEMA = "provernet";

export const pglite: DatabaseKind = {
  name: "PGlite",
  async fresh(cleanup, label) {
    const dir = mkdtempSync(join(tmpdir(), `indexer-test-${label}-`));
    cleanup.add(`PGlite dir ${dir}`, async () => rmSync(dir, { recursive: true, force: true }));
    return {
      option: { pgliteDir: dir },
      schema: SCHEMA,
      async open() {
        const db = new PGlite(dir);
        return {
          rows: async (sql) => (await db.query<Row>(sql)).rows,
          close: () => db.close(),
        };
      },
    };
  },
};

async function pgClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * One throwaway server per suite (or DATABASE_URL when set), one database per run: a fresh
 * database shares nothing with an earlier run, not even Ponder's sync tables.
 */
export function postgres(): DatabaseKind {
  let server: Promise<{ url: string; stop: () => Promise<void> }> | undefined;
  return {
    name: "Postgres",
    async fresh(cleanup, label) {
      if (!server) {
        server = startPostgres();
        const started = server;
        // A server that never started has nothing to stop; its error is already the suite's failure.
        cleanup.add("throwaway Postgres", () =>
          started.then(
            (s) => s.stop(),
            () => {},
          ),
        );
      }
      const { url } = await server;
      const name = `indexer_test_${label}_${process.pid}`.replace(/[^a-z0-9_]/g, "_");
      const admin = await pgClient(url);
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      cleanup.add(`database ${name}`, async () => {
        const client = await pgClient(url);
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      });
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return {
        option: { databaseUrl: databaseUrl.toString() },
        schema: SCHEMA,
        async open() {
          const client = await pgClient(databaseUrl.toString());
          return { rows: async (sql) => (await client.query<Row>(sql)).rows, close: () => client.end() };
        },
      };
    },
  };
}
