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
 * Points the views in `viewsSchema` at the deployment in `schema`, every one of them in one
 * transaction: a query sees either the old deployment or the new one, never a missing view.
 * (Ponder's own switch, `--views-schema`, drops and creates each view in a statement of its
 * own, so a query between the two fails.)
 * @param {{ databaseUrl: string, schema: string, viewsSchema: string }} options
 */
export function switchViews({ databaseUrl, schema, viewsSchema }) {
  return withClient(databaseUrl, async (client) => {
    const { tables, views } = await deploymentInfo(client, schema);
    await client.query("BEGIN");
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${viewsSchema}"`);
      // Ponder's bookkeeping too: `ponder serve` answers /status and /ready from these.
      for (const name of [...tables, ...views, "_ponder_meta", "_ponder_checkpoint"]) {
        // Drop and create rather than replace: a new version may have changed a table's columns.
        await client.query(`DROP VIEW IF EXISTS "${viewsSchema}"."${name}"`);
        await client.query(`CREATE VIEW "${viewsSchema}"."${name}" AS SELECT * FROM "${schema}"."${name}"`);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
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
