import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startPostgres } from "./throwaway.mjs";

describe("throwaway Postgres", () => {
  // Generous: initdb plus start takes about 1.5 s here, but a loaded CI machine is slower.
  it("serves a real database and leaves nothing behind", { timeout: 30_000 }, async () => {
    const { url, dir, stop } = await startPostgres();
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("create table smoke (id serial primary key, note text not null)");
      await client.query("insert into smoke (note) values ($1)", ["hello"]);
      const { rows } = await client.query("select id, note from smoke");
      expect(rows).toEqual([{ id: 1, note: "hello" }]);
      await client.query("drop table smoke");
    } finally {
      await client.end();
      await stop();
    }
    if (dir === null) return; // DATABASE_URL: not ours to stop

    // Really gone: nothing listens on the port any more, and the data is deleted.
    const after = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    await expect(after.connect()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(existsSync(dir)).toBe(false);
    // Idempotent: an afterAll that stops again must not fail.
    await expect(stop()).resolves.toBeUndefined();
  });
});
