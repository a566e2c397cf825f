// The load generator: closed-loop clients on localhost sending GETs round-robin over the
// instances of each pool (the indexer API replicas, the app instances), as a load balancer in
// front of them would. Like a balancer's passive health check, a request whose connection is
// refused (an instance that is down) or that is answered 503 (busy: a replica whose read waited
// on the writer's lock, an app still loading its build) is sent once more, to the next instance;
// those are counted as fail-overs, never hidden. Every other failure is an error, filed under the instance it hit
// and whether that instance had been killed.
import { Agent } from "node:http";
import { get, IDLE_SOCKET_TIMEOUT_MS, percentile } from "../bench/http-load.mjs";

/** A request unanswered after this long is an error (a load balancer would time it out too). */
const REQUEST_TIMEOUT_MS = 20_000;

/**
 * @typedef {object} Instance
 * @property {string} name
 * @property {string} url base URL
 * @property {Agent} agent keep-alive, one per instance
 * @property {boolean} down killed by the test and not yet back
 */

/**
 * @typedef {object} Pool
 * @property {string} name
 * @property {Instance[]} instances
 * @property {string[]} paths sent in turn
 * @property {number} clients
 * @property {number} next round-robin position
 */

/**
 * @typedef {object} Tally
 * @property {number} sent
 * @property {number} ok
 * @property {number} failovers connections refused or 503s by an instance, sent to the next
 * @property {Record<string, number>} survivorErrors failures at instances that were up, by kind
 * @property {Record<string, number>} killedErrors failures at instances that had been killed, by kind
 * @property {number[]} latencies of the requests answered 200, milliseconds
 */

/** @returns {Tally} */
const emptyTally = () => ({ sent: 0, ok: 0, failovers: 0, survivorErrors: {}, killedErrors: {}, latencies: [] });

/**
 * @param {Record<string, number>} into
 * @param {string} kind
 */
const bump = (into, kind) => {
  into[kind] = (into[kind] ?? 0) + 1;
};

/**
 * @param {unknown} error
 * @returns {string}
 */
const errorKind = (error) =>
  /** @type {NodeJS.ErrnoException} */ (error)?.code ?? (error instanceof Error ? error.message : String(error));

/**
 * @param {{ name: string, instances: { name: string, url: string }[], paths: string[], clients: number }[]} pools
 */
export function startLoad(pools) {
  /** @type {Pool[]} */
  const running = pools.map((pool) => ({
    ...pool,
    next: 0,
    instances: pool.instances.map((instance) => ({
      ...instance,
      agent: new Agent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS }),
      down: false,
    })),
  }));
  /** @type {Map<string, Tally>} phase|pool → tally */
  const tallies = new Map();
  let phase = "warm-up";
  let stopping = false;

  /** @param {string} pool */
  const tally = (pool) => {
    const key = `${phase}|${pool}`;
    let found = tallies.get(key);
    if (!found) {
      found = emptyTally();
      tallies.set(key, found);
    }
    return found;
  };

  /** @param {Pool} pool */
  const pick = (pool) => /** @type {Instance} */ (pool.instances[pool.next++ % pool.instances.length]);
  /**
   * The instance after `instance` in its pool: where a balancer sends a request that was refused.
   * @param {Pool} pool
   * @param {Instance} instance
   */
  const after = (pool, instance) =>
    /** @type {Instance} */ (pool.instances[(pool.instances.indexOf(instance) + 1) % pool.instances.length]);

  /**
   * @param {Pool} pool
   * @param {number} client
   */
  const client = async (pool, client) => {
    for (let i = client; !stopping; i += pool.clients) {
      const path = /** @type {string} */ (pool.paths[i % pool.paths.length]);
      const counts = tally(pool.name);
      counts.sent++;
      const started = performance.now();
      let instance = pick(pool);
      let failedOver = false;
      for (;;) {
        const wasDown = instance.down;
        try {
          const answer = await get(instance.agent, `${instance.url}${path}`, { timeoutMs: REQUEST_TIMEOUT_MS });
          // A busy instance (a replica waiting on the writer's lock, an app still loading) is
          // tried once on the next, as a balancer does.
          if (answer.status === 503 && !failedOver) {
            failedOver = true;
            counts.failovers++;
            instance = after(pool, instance);
            continue;
          }
          if (answer.status === 200) {
            counts.ok++;
            counts.latencies.push(performance.now() - started);
          } else {
            bump(wasDown || instance.down ? counts.killedErrors : counts.survivorErrors, `HTTP ${answer.status}`);
          }
        } catch (error) {
          const kind = errorKind(error);
          if (kind === "ECONNREFUSED" && !failedOver) {
            failedOver = true;
            counts.failovers++;
            instance = after(pool, instance);
            continue;
          }
          bump(wasDown || instance.down ? counts.killedErrors : counts.survivorErrors, kind);
        }
        break;
      }
    }
  };

  const clients = running.flatMap((pool) => Array.from({ length: pool.clients }, (_, i) => client(pool, i)));

  /** @param {string} name */
  const instance = (name) => {
    const found = running.flatMap((pool) => pool.instances).find((candidate) => candidate.name === name);
    if (!found) throw new Error(`No instance named ${name} is under load.`);
    return found;
  };

  return {
    /**
     * From now on, requests are counted under this phase.
     * @param {string} name
     */
    phase(name) {
      phase = name;
    },
    /**
     * Marks an instance as killed (call before killing it) or back (once it answers again).
     * @param {string} name
     * @param {boolean} down
     */
    setDown(name, down) {
      instance(name).down = down;
    },
    /** Stops sending and waits for the requests in flight; returns the tallies by phase and pool. */
    async stop() {
      stopping = true;
      await Promise.all(clients);
      for (const pool of running) for (const { agent } of pool.instances) agent.destroy();
      return tallies;
    },
  };
}

/**
 * The figures of one or more tallies taken together.
 * @param {Tally[]} parts
 */
export function summarise(parts) {
  const all = emptyTally();
  for (const part of parts) {
    all.sent += part.sent;
    all.ok += part.ok;
    all.failovers += part.failovers;
    for (const [kind, n] of Object.entries(part.survivorErrors))
      all.survivorErrors[kind] = (all.survivorErrors[kind] ?? 0) + n;
    for (const [kind, n] of Object.entries(part.killedErrors))
      all.killedErrors[kind] = (all.killedErrors[kind] ?? 0) + n;
    all.latencies.push(...part.latencies);
  }
  const sorted = all.latencies.sort((a, b) => a - b);
  const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
  const total = (/** @type {Record<string, number>} */ errors) => Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    sent: all.sent,
    ok: all.ok,
    failovers: all.failovers,
    survivorErrors: total(all.survivorErrors),
    killedErrors: total(all.killedErrors),
    errorsByKind: { survivors: all.survivorErrors, killed: all.killedErrors },
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  };
}
