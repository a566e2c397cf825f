import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startPostgres } from "./throwaway.mjs";

describe("throwaway Postgres", () => {
  it("serves a real database and leaves nothing behind", async () => {
    const { url, dir, stop } = await startPostgres();
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("create table smoke (id serial primary key, note text not null)");
      await client.query("insert into smoke (note) values ($1)", ["hello"]);
      const { rows } = await client.query("select note from smoke");
      expect(rows).toEqual([{ note: "hello" }]);
      await client.query("drop table smoke");
      const version = await client.query("show server_version");
      expect(version.rows[0].server_version).toMatch(/^\d+/);
    } finally {
      await client.end();
      await stop();
    }
    if (dir === null) return; // DATABASE_URL: not ours to stop
    const after = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    await expect(after.connect()).rejects.toThrow();
    expect(existsSync(dir)).toBe(false);
  });
});
