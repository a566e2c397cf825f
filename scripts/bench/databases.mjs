// An empty database for every indexer run. Ponder keeps fetched blocks and logs in its sync
// tables by chain id, and both benchmark chains are chain 31337: an indexer reusing a database
// could read the other chain's rows, and would not be measuring a cold backfill anyway.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/**
 * @param {string} root
 * @param {string} name
 * @returns {{ database: { pgliteDir: string }, drop: () => Promise<void> }}
 */
export function freshPglite(root, name) {
  const dir = join(root, "pglite", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return {
    database: { pgliteDir: dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A new database on the server at `serverUrl` (the throwaway one, or DATABASE_URL's).
 * @param {string} serverUrl
 * @param {string} name
 * @returns {Promise<{ database: { databaseUrl: string }, drop: () => Promise<void> }>}
 */
export async function freshPostgres(serverUrl, name) {
  const dbName = `provernet_bench_${name.replace(/\W/g, "_")}`;
  /** @param {string} sql */
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return {
    database: { databaseUrl: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`),
  };
}
