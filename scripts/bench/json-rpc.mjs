// JSON-RPC for the generator, which sends tens of thousands of calls: a pool of kept-alive
// connections spares a TCP handshake per call, and batches spare a round trip per call.
import { Agent, request } from "node:http";

/**
 * @typedef {object} RpcClient
 * @property {(method: string, params?: unknown[]) => Promise<any>} call
 * @property {(calls: Array<[string, unknown[]]>) => Promise<Array<{ result?: any, error?: { message?: string } }>>} batch
 *   results in call order; errors are returned, not thrown, so a caller can say which call failed
 * @property {() => void} close
 */

/**
 * @param {string} url
 * @returns {RpcClient}
 */
export function createRpcClient(url) {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  let nextId = 1;

  /** @param {unknown} payload */
  const post = (payload) =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(payload));
      const req = request(
        url,
        { method: "POST", agent, headers: { "content-type": "application/json", "content-length": body.length } },
        (res) => {
          /** @type {Buffer[]} */
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
            } catch (error) {
              reject(new Error(`JSON-RPC at ${url} answered HTTP ${res.statusCode} with no JSON: ${error}`));
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  return {
    async call(method, params = []) {
      const body = /** @type {any} */ (await post({ jsonrpc: "2.0", id: nextId++, method, params }));
      if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
      return body.result;
    },
    async batch(calls) {
      if (calls.length === 0) return [];
      const first = nextId;
      nextId += calls.length;
      const body = /** @type {any} */ (
        await post(calls.map(([method, params], i) => ({ jsonrpc: "2.0", id: first + i, method, params })))
      );
      if (!Array.isArray(body)) throw new Error(`JSON-RPC batch failed: ${JSON.stringify(body).slice(0, 300)}`);
      const results = new Array(calls.length);
      for (const item of body) results[item.id - first] = item;
      return results;
    },
    close: () => agent.destroy(),
  };
}
