// End-to-end tests against a forked chain: global setup starts an upstream chain, an anvil
// fork pinned at one block and `next start` reading that fork; each test runs inside an
// evm_snapshot/evm_revert pair (e2e/fixtures). One chain means one worker, in order.
import { defineConfig } from "@playwright/test";
import { appUrlIfKnown } from "./e2e/harness/run-env";
import { chromiumArgs, resolveChromiumPath } from "./scripts/lib/chromium.mjs";

// Resolved once in the runner; workers inherit the path through the environment.
const executablePath = await resolveChromiumPath();

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Screenshots of failures; kept apart from test-results/ itself, which Playwright would
  // otherwise empty at start (the runner's JSON report and the service logs live there).
  outputDir: "test-results/e2e-artifacts",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    // Known in workers (they start after global setup published it); the runner itself needs none.
    baseURL: appUrlIfKnown(),
    browserName: "chromium",
    headless: true,
    trace: "off",
    video: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: chromiumArgs(),
      chromiumSandbox: process.getuid?.() !== 0,
    },
  },
});
