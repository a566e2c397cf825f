// Row-for-row comparison of two Ponder deployments of the same chain head: every table's row
// count and a checksum of its rows (md5 over every row's text, in a fixed order), so a row
// that is missing, duplicated or different in either shows as a mismatch.
import { deploymentInfo, withClient } from "./schemas.mjs";

/**
 * @typedef {object} TableComparison
 * @property {string} table
 * @property {number} rows in the first schema
 * @property {number} otherRows in the second
 * @property {boolean} equal same count and same checksum
 */

/**
 * @param {import("pg").Client} client
 * @param {string} schema
 * @param {string} table
 */
async function digest(client, schema, table) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS sum
       FROM (SELECT md5(t::text) AS h FROM "${schema}"."${table}" t) hashed`,
  );
  return /** @type {{ rows: number, sum: string }} */ (rows[0]);
}

/**
 * @param {{ databaseUrl: string, schema: string, otherSchema: string }} options
 */
export async function compareDeployments({ databaseUrl, schema, otherSchema }) {
  return withClient(databaseUrl, async (client) => {
    const first = await deploymentInfo(client, schema);
    const second = await deploymentInfo(client, otherSchema);
    /** @type {TableComparison[]} */
    const tables = [];
    for (const table of new Set([...first.tables, ...second.tables])) {
      const a = first.tables.includes(table) ? await digest(client, schema, table) : { rows: 0, sum: "absent" };
      const b = second.tables.includes(table) ? await digest(client, otherSchema, table) : { rows: 0, sum: "absent" };
      tables.push({ table, rows: a.rows, otherRows: b.rows, equal: a.rows === b.rows && a.sum === b.sum });
    }
    return { buildIds: [first.buildId, second.buildId], tables };
  });
}
