import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** The statements the store runs, the same on PGlite and Postgres. */
export type SqlSession = {
  /** One statement with $1… parameters. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (a migration file). */
  exec(sql: string): Promise<void>;
};

export type AppDatabase = SqlSession & {
  kind: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Where the app keeps its data: Postgres at `url`, else embedded PGlite in `dataDir`. */
export type AppDatabaseLocation = { url: string } | { dataDir: string };

/**
 * APP_DATABASE_URL, else DATABASE_URL, else PGlite in APP_DATA_DIR (a test run's own directory),
 * else under .data/app of the working directory.
 */
export function appDatabaseLocation(env: Record<string, string | undefined> = process.env): AppDatabaseLocation {
  const url = env.APP_DATABASE_URL || env.DATABASE_URL;
  // Known only at run time: nothing for the bundler to trace.
  return url ? { url } : { dataDir: resolve(/*turbopackIgnore: true*/ env.APP_DATA_DIR || ".data/app") };
}

function openPglite(dataDir: string): AppDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir);
  const session = (target: Pick<PGlite, "query" | "exec">): SqlSession => ({
    query: async <Row>(sql: string, params?: unknown[]) => (await target.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await target.exec(sql);
    },
  });
  return {
    kind: "pglite",
    ...session(db),
    // PGlite's transaction resolves to undefined only after a manual rollback, which we never do.
    transaction: async (work) => (await db.transaction((tx) => work(session(tx)))) as Awaited<ReturnType<typeof work>>,
    close: () => db.close(),
  };
}

function openPostgres(url: string): AppDatabase {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server dropped is replaced on next use; unheard, its error would end the process.
  pool.on("error", (error) => console.error(`App database: an idle connection failed: ${error.message}`));
  const session = (target: pg.Pool | pg.PoolClient): SqlSession => ({
    query: async <Row>(sql: string, params?: unknown[]) => (await target.query(sql, params)).rows as Row[],
    exec: async (sql) => {
      await target.query(sql);
    },
  });
  return {
    kind: "postgres",
    ...session(pool),
    async transaction(work) {
      const client = await pool.connect();
      // A connection whose rollback failed is broken: the pool must drop it, not lend it again.
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work(session(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** A connection to the app's own store; call `migrate` before use. */
export function openAppDatabase(location: AppDatabaseLocation = appDatabaseLocation()): AppDatabase {
  return "url" in location ? openPostgres(location.url) : openPglite(location.dataDir);
}
