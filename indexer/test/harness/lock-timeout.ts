import pg from "pg";

/** What Ponder's read pool throws when it gives up waiting on the writer's lock: pg's 55P03, wrapped by drizzle. */
export function lockTimeout(): Error {
  const error = new pg.DatabaseError("canceling statement due to lock timeout", 0, "error");
  error.code = "55P03";
  return new Error("Failed query", { cause: error });
}
