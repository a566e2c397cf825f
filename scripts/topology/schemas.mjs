// The test's own look at the database: which deployment the views read, and a clean slate.
import pg from "pg";

/**
 * @template T
 * @param {string} databaseUrl
 * @param {(client: pg.Client) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withClient(databaseUrl, body) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/**
 * @param {pg.Client} client
 * @param {string} schema
 * @returns {Promise<{ buildId: string, tables: string[], views: string[] }>}
 */
export async function deploymentInfo(client, schema) {
  const { rows } = await client.query(`SELECT value FROM "${schema}"."_ponder_meta" WHERE key = 'app'`);
  const app = rows[0]?.value;
  if (!app) throw new Error(`Schema ${schema} holds no Ponder deployment.`);
  return {
    buildId: app.build_id,
    tables: [...app.table_names].sort(),
    views: /** @type {string[]} */ (app.view_names ?? []),
  };
}

/**
 * Points the views in `viewsSchema` at the deployment in `schema` without a moment in which a
 * query fails: the new views are made in a schema of their own, then the two schemas swap names
 * in one transaction (no lock on any view, so no reader waits), and the old views are dropped.
 * Ponder's own switch (`--views-schema`) drops and creates each view in place, holding a lock
 * that makes concurrent reads wait past `ponder serve`'s 500 ms lock timeout.
 * @param {{ databaseUrl: string, schema: string, viewsSchema: string }} options
 */
export function switchViews({ databaseUrl, schema, viewsSchema }) {
  return withClient(databaseUrl, async (client) => {
    const { tables, views } = await deploymentInfo(client, schema);
    const next = `${viewsSchema}__next`;
    const previous = `${viewsSchema}__previous`;
    await dropSchemas(databaseUrl, [next, previous]);
    await client.query(`CREATE SCHEMA "${next}"`);
    // Ponder's bookkeeping too: `ponder serve` answers /status and /ready from these.
    for (const name of [...tables, ...views, "_ponder_meta", "_ponder_checkpoint"]) {
      await client.query(`CREATE VIEW "${next}"."${name}" AS SELECT * FROM "${schema}"."${name}"`);
    }
    const live = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [viewsSchema]);
    await client.query("BEGIN");
    try {
      if (live.rowCount) await client.query(`ALTER SCHEMA "${viewsSchema}" RENAME TO "${previous}"`);
      await client.query(`ALTER SCHEMA "${next}" RENAME TO "${viewsSchema}"`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    // Waits for the reads still running on the old views, which new reads no longer find.
    await client.query(`DROP SCHEMA IF EXISTS "${previous}" CASCADE`);
  });
}

/**
 * Which deployment schema the views in `viewsSchema` read from now: null before there are any,
 * "several" while a switch is half done.
 * @param {string} databaseUrl
 * @param {string} viewsSchema
 * @returns {Promise<string | null>}
 */
export function viewsTarget(databaseUrl, viewsSchema) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "SELECT DISTINCT table_schema FROM information_schema.view_table_usage WHERE view_schema = $1",
      [viewsSchema],
    );
    return rows.length === 1 ? rows[0].table_schema : rows.length === 0 ? null : "several";
  });
}

/**
 * @param {string} databaseUrl
 * @param {string[]} schemas
 */
export function dropSchemas(databaseUrl, schemas) {
  return withClient(databaseUrl, async (client) => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
}
