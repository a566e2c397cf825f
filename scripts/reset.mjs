#!/usr/bin/env node
// `npm run reset`: forget the local demo's chain, indexer data and logs.
import { existsSync, rmSync } from "node:fs";
import { runMain, UserError } from "./lib/fail.mjs";
import { DATA_DIR } from "./lib/paths.mjs";
import { isPortFree, portFromEnv } from "./lib/ports.mjs";

runMain(async () => {
  if (!(await isPortFree(portFromEnv("ANVIL_PORT", 8545)))) {
    throw new UserError("The devnet still seems to be running: stop `npm start` (Ctrl-C) before resetting.");
  }
  if (!existsSync(DATA_DIR)) {
    console.log("Nothing to reset: .data/ does not exist.");
    return;
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
  console.log("Removed .data/ (devnet state, indexer data, logs). The next `npm start` begins from a fresh devnet.");
});
