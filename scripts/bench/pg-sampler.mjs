// A sampling profile of the database while a route is under load: every few milliseconds, the
// statements pg_stat_activity shows running in the indexer's database. A statement seen in many
// samples is where requests wait, whatever the cause (a missing index, a large scan, locks);
// its text goes into EXPLAIN ANALYZE by hand.
import pg from "pg";

const INTERVAL_MS = 10;
const TOP = 3;

/**
 * @typedef {object} QueryShare
 * @property {string} query the statement, whitespace collapsed, cut at 400 characters
 * @property {number} share of the samples in which the database was busy at all
 * @property {number} samples
 */

/**
 * Starts sampling; `stop` resolves to the busiest statements.
 * @param {string} databaseUrl
 * @returns {Promise<{ stop: () => Promise<{ busySamples: number, samples: number, top: QueryShare[] }> }>}
 */
export async function samplePostgres(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  /** @type {Map<string, number>} */
  const seen = new Map();
  let samples = 0;
  let busySamples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query(
        "select query from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()",
      );
      samples++;
      if (rows.length > 0) busySamples++;
      for (const { query } of rows) {
        const text = String(query).replace(/\s+/g, " ").slice(0, 400);
        seen.set(text, (seen.get(text) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop.catch(() => {});
      await client.end();
      const top = [...seen.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([query, count]) => ({ query, samples: count, share: busySamples === 0 ? 0 : count / busySamples }));
      return { busySamples, samples, top };
    },
  };
}
