import { type AppDatabase, openAppDatabase } from "./database";
import { migrate } from "./migrate";

// Kept on globalThis, not in module scope: Next.js dev reloads modules, and a second PGlite on
// the same directory would corrupt it (PGlite is single-process).
const holder = globalThis as { provernetAppDatabase?: Promise<AppDatabase> };

/** The process's one connection to the app's store, migrated on first use. */
export function appDatabase(): Promise<AppDatabase> {
  holder.provernetAppDatabase ??= (async () => {
    const db = openAppDatabase();
    try {
      await migrate(db);
      return db;
    } catch (error) {
      await db.close();
      throw error;
    }
  })().catch((error: unknown) => {
    // A failed start (database down) is retried by the next request, not cached.
    holder.provernetAppDatabase = undefined;
    throw error;
  });
  return holder.provernetAppDatabase;
}
