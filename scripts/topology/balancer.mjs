// The load balancer between the app instances and the indexer API replicas: the app reads one
// INDEXER_URL, as it would behind any proxy in production. Each request goes to the next
// replica in turn; a connection refused (a replica that is down) or a 503 (a replica busy) is
// tried once on the next one, as a proxy's passive health check and `proxy_next_upstream` would,
// and counted. Nothing else is retried.
import { Agent, createServer, request } from "node:http";
import { IDLE_SOCKET_TIMEOUT_MS } from "../bench/http-load.mjs";

/**
 * @typedef {object} BalancerStats
 * @property {number} requests
 * @property {number} failovers connections refused or 503s by one replica, sent to the next
 * @property {Record<string, number>} survivorErrors failures at replicas that were up, by kind (502 to the app)
 * @property {Record<string, number>} killedErrors failures at replicas that had been killed, by kind
 */

/**
 * @param {{ upstreams: string[], port: number }} options upstream base URLs (http://127.0.0.1:port)
 */
export function startBalancer({ upstreams, port }) {
  const agent = new Agent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS });
  /** @type {BalancerStats} */
  const stats = { requests: 0, failovers: 0, survivorErrors: {}, killedErrors: {} };
  let next = 0;
  /** @type {Set<string>} upstreams the test has killed and not yet brought back */
  const down = new Set();

  /**
   * @param {import("node:http").IncomingMessage} incoming
   * @param {import("node:http").ServerResponse} outgoing
   * @param {number} index of the upstream to send it to
   * @param {boolean} mayFailOver
   */
  const forward = (incoming, outgoing, index, mayFailOver) => {
    const base = /** @type {string} */ (upstreams[index % upstreams.length]);
    const wasDown = down.has(base);
    const upstream = new URL(base);
    const proxied = request(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, agent },
      (answer) => {
        // A replica whose read waited on the writer's lock says so with a 503: the next may answer.
        if (answer.statusCode === 503 && mayFailOver) {
          answer.resume();
          stats.failovers++;
          forward(incoming, outgoing, index + 1, false);
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.setHeader("host", upstream.host);
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (name !== "host" && name !== "connection" && value !== undefined) proxied.setHeader(name, value);
    }
    proxied.on("error", (error) => {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message;
      if (code === "ECONNREFUSED" && mayFailOver) {
        stats.failovers++;
        forward(incoming, outgoing, index + 1, false);
        return;
      }
      const errors = wasDown || down.has(base) ? stats.killedErrors : stats.survivorErrors;
      errors[code] = (errors[code] ?? 0) + 1;
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
    // GETs only: the app's server never writes to the indexer, so there is no body to replay.
    proxied.end();
  };

  const server = createServer((incoming, outgoing) => {
    stats.requests++;
    forward(incoming, outgoing, next++, true);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        stats,
        /**
         * Marks an upstream as killed (call before killing it) or back, as the load generator does.
         * @param {string} url
         * @param {boolean} isDown
         */
        setDown: (url, isDown) => {
          if (isDown) down.add(url);
          else down.delete(url);
        },
        stop: () =>
          new Promise((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      }),
    );
  });
}
