import type { Page, TestInfo } from "@playwright/test";
import { expect } from "../fixtures";

/**
 * Opens `path`, checks it is no wider than the screen, waits until every chart and skeleton has
 * drawn (bringing each placeholder into view: charts load when scrolled near), and shoots it
 * whole into test-results/shots/<file>.png and the report.
 */
export async function shootDrawnPage(page: Page, testInfo: TestInfo, path: string, file: string, label: string) {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} wider than the screen`).toBeLessThanOrEqual(0);
  // The scroll runs in the page in one step: a locator action on a placeholder that vanished
  // after being counted would wait for another one that never comes.
  const placeholders = page.locator(".animate-pulse:visible");
  await expect(async () => {
    await placeholders.evaluateAll((found) => found[0]?.scrollIntoView({ block: "center" }));
    await expect(placeholders).toHaveCount(0, { timeout: 1_000 });
  }, `${path} still shows a loading placeholder`).toPass({ timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: `test-results/shots/${file}.png`, fullPage: true });
  await testInfo.attach(label, { body: shot, contentType: "image/png" });
}
