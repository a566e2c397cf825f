import { type AppDatabase, openAppDatabase } from "./database";
import { migrate } from "./migrate";

let opening: Promise<AppDatabase> | undefined;

/** The process's one connection to the app's store, migrated on first use. */
export function appDatabase(): Promise<AppDatabase> {
  opening ??= (async () => {
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
    opening = undefined;
    throw error;
  });
  return opening;
}
