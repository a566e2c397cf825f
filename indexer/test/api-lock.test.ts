import { Hono } from "hono";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "../../scripts/pg/throwaway.mjs";
import { answerInWords, guardApi } from "../src/api/guard";
import { readApiSettings } from "../src/settings";

// The guard against a real lock: a read on a pool with Ponder's replica `lock_timeout` (500 ms)
// while another session holds the table the way a recovering writer does.
const PONDER_LOCK_TIMEOUT = "500ms";
// Its own table, dropped afterwards: DATABASE_URL may name a database someone uses.
const TABLE = `lock_check_${process.pid}`;

let server: Awaited<ReturnType<typeof startPostgres>>;
let admin: pg.Client;
let pool: pg.Pool;
let reads = 0;

function api() {
  const app = new Hono();
  guardApi(app, readApiSettings({}));
  app.get("/v1/read", async (c) => {
    reads += 1;
    const result = await pool.query<{ id: number }>(`SELECT id FROM ${TABLE}`);
    return c.json(result.rows);
  });
  answerInWords(app);
  const outer = new Hono().route("/", app);
  return () => outer.request("/v1/read", {}, { incoming: { socket: { remoteAddress: "192.0.2.1" } } });
}

/**
 * Holds an exclusive lock on the table for `ms` from the admin session, once it is taken. The
 * release is wrapped: an async function returning a bare promise would wait for it.
 */
async function holdLock(ms: number): Promise<{ released: Promise<void> }> {
  await admin.query("BEGIN");
  await admin.query(`LOCK TABLE ${TABLE} IN ACCESS EXCLUSIVE MODE`);
  const released = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await admin.query("COMMIT");
  });
  return { released };
}

describe("a read that meets the writer's lock", () => {
  beforeAll(async () => {
    server = await startPostgres();
    admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE TABLE ${TABLE} (id int); INSERT INTO ${TABLE} VALUES (1)`);
    pool = new pg.Pool({ connectionString: server.url, max: 2 });
    pool.on("connect", (client) => {
      client.query(`SET lock_timeout = '${PONDER_LOCK_TIMEOUT}'`);
    });
  });

  afterAll(async () => {
    await pool?.end();
    await admin?.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await admin?.end();
    await server?.stop();
  });

  it("is asked again once, and answers when the lock is gone by then", async () => {
    const read = api();
    reads = 0;
    const { released } = await holdLock(900);
    const response = await read();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: 1 }]);
    expect(reads).toBe(2);
    await released;
  });

  it("answers 503 with Retry-After, in words, when the lock outlasts both attempts", async () => {
    const read = api();
    reads = 0;
    const { released } = await holdLock(3_000);
    const response = await read();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = (await response.json()) as { error?: unknown };
    expect(typeof body.error).toBe("string");
    expect(reads).toBe(2);
    await released;
  });
});
