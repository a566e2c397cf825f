// As a person using a screen reader, a keyboard or low vision, every page works for me: axe
// (the engine behind Lighthouse's accessibility score) finds no WCAG 2 A/AA violation on any
// page, signed out and connected, in light and in dark.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { retiredProvers } from "./support/chain-figures";
import { slashedRequest } from "./support/market-requests";

/** Every violation as "rule: target (summary)", one line each, for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} — ${node.failureSummary ?? ""}`),
  );
}

/** Waits until the page's islands and lazy charts have rendered what a person would see. */
async function settled(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('[role="status"][aria-label^="Loading"]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the read pages have no accessibility violation, ${colorScheme}`, async ({ page, chain, indexer }) => {
    test.setTimeout(180_000);
    await indexer.caughtUp();
    const [retired] = await retiredProvers(chain);
    await page.emulateMedia({ colorScheme });
    const found: Record<string, string[]> = {};
    for (const path of [
      "/",
      "/provers",
      "/rewards",
      "/network",
      "/network/commission-changes",
      `/provers/${DEPLOYER}`,
      `/provers/${retired}`,
      "/market",
      `/market/${(await slashedRequest(chain)).reqid}`,
      "/portfolio",
      `/portfolio?address=${DEPLOYER}`,
      `/prover?address=${DEPLOYER}`,
      "/prover",
      "/prover/join",
      "/prover/bid-settings",
    ]) {
      await settled(page, path);
      const list = await violations(page);
      if (list.length > 0) found[path] = list;
    }
    expect(found).toEqual({});
  });

  test(`the connected pages have no accessibility violation, ${colorScheme}`, async ({ page, wallet, indexer }) => {
    test.setTimeout(180_000);
    await indexer.caughtUp();
    await wallet.use(DEPLOYER);
    await page.emulateMedia({ colorScheme });
    await page.goto("/portfolio");
    await connectWallet(page, wallet);
    const found: Record<string, string[]> = {};
    for (const path of ["/portfolio", "/prover", "/prover/bid-settings", `/provers/${DEPLOYER}`]) {
      await settled(page, path);
      const list = await violations(page);
      if (list.length > 0) found[path] = list;
    }
    expect(found).toEqual({});
  });
}
