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
