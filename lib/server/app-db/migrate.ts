import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AppDatabase } from "./database";

/** The app's tables live in their own schema, apart from the indexer's: a reindex never touches them. */
export const APP_SCHEMA = "app";

/** The SQL files, read from the checkout (Next.js runs from the project root). */
export const MIGRATIONS_DIR = resolve("lib/server/app-db/migrations");

// Any fixed number: every process starting the app takes this lock before migrating.
const MIGRATION_LOCK = 7_160_914;

export type Migration = { id: number; name: string; sql: string };

/** `NNNN_what.sql` files in id order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  // Read from the checkout at run time: the bundler has nothing to trace here (left to guess, it
  // would trace the whole project).
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      id: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(/*turbopackIgnore: true*/ join(/*turbopackIgnore: true*/ dir, file), "utf8"),
    }));
}

/**
 * Applies the migrations not applied yet, all in one transaction under an advisory lock, so
 * concurrent starts apply each once and a failing file leaves nothing half done. Returns the
 * names it applied.
 */
export async function migrate(db: AppDatabase, migrations: Migration[] = readMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS ${APP_SCHEMA};
      CREATE TABLE IF NOT EXISTS ${APP_SCHEMA}.migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
    const done = await tx.query<{ id: number; name: string }>(`SELECT id, name FROM ${APP_SCHEMA}.migrations`);
    const applied = new Map(done.map((row) => [row.id, row.name]));
    const names: string[] = [];
    for (const migration of migrations) {
      const recorded = applied.get(migration.id);
      if (recorded !== undefined) {
        if (recorded !== migration.name) {
          throw new Error(
            `Migration ${migration.id} was applied as ${recorded} but the repository now calls it ${migration.name}: applied migrations must never change.`,
          );
        }
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO ${APP_SCHEMA}.migrations (id, name) VALUES ($1, $2)`, [migration.id, migration.name]);
      names.push(migration.name);
    }
    return names;
  });
}
