#!/usr/bin/env node
// `npm run serve`: the production app (the `.next` build) behind our own server rather than
// `next start`, which logs no requests, has no readiness probe and exits at once on SIGTERM.
// Flags as `next start`'s: --port (else $PORT, else 3000), --hostname (else every interface).
import { parseArgs } from "node:util";
import { logLine } from "../../lib/server/log/json-log.mjs";
import { ROOT } from "../lib/paths.mjs";
import { createAppServer } from "./app-server.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// Long enough for a slow page render or CSV download, short enough for a rolling deploy.
const drainTimeoutMs = Number(process.env.DRAIN_TIMEOUT_MS ?? 10_000);

// As `next start` does, before Next and React load: their production builds, not their development ones.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, port, hostname });
const { server, markReady, drain } = createAppServer(app.getRequestHandler(), { drainTimeoutMs });

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  logLine("info", { msg: "draining", signal, drainTimeoutMs });
  const drained = await drain();
  await app.close();
  logLine(drained ? "info" : "warn", { msg: drained ? "drained" : "drain timed out; open requests were cut" });
  process.exit(drained ? 0 : 1);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// Listening first: the liveness probe answers while Next loads the build.
server.listen(port, hostname, () => logLine("info", { msg: "listening", port, hostname: hostname ?? "*" }));
await app.prepare();
markReady();
logLine("info", { msg: "ready" });
