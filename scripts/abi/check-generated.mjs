#!/usr/bin/env node
// Fails when lib/contracts/generated.ts no longer matches the forge artifacts: the ABIs the
// app, indexer and scripts use are never edited by hand and never stale.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../lib/children.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";

runMain(async () => {
  const dir = mkdtempSync(join(tmpdir(), "wagmi-generate-"));
  const fresh = join(dir, "generated.ts");
  try {
    await run(join(ROOT, "node_modules", ".bin", "wagmi"), ["generate"], { cwd: ROOT, env: { WAGMI_OUT: fresh } });
    const committed = readFileSync(join(ROOT, "lib", "contracts", "generated.ts"), "utf8");
    if (readFileSync(fresh, "utf8") !== committed) {
      throw new UserError(
        "lib/contracts/generated.ts is stale: run `npm run generate` (after `forge build`) and commit the result.",
      );
    }
    console.log("lib/contracts/generated.ts matches the forge artifacts.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
