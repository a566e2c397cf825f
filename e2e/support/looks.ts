import { expect, type Page, type TestInfo } from "@playwright/test";

/** The four ways every screenshot spec shoots a page: light and dark, desktop and a 390 px phone. */
export const LOOKS = [
  { name: "light", colorScheme: "light", width: 1280 },
  { name: "dark", colorScheme: "dark", width: 1280 },
  { name: "390-light", colorScheme: "light", width: 390 },
  { name: "390-dark", colorScheme: "dark", width: 390 },
] as const;
export type Look = (typeof LOOKS)[number];

/**
 * Opens `path` and shoots it whole as a person scrolling would see it: no wider than the screen,
 * every skeleton streamed away and every chart (loaded when scrolled near) drawn. The shot goes
 * to test-results/shots/<name>-<look>.png and into the report.
 */
export async function shootPage(page: Page, testInfo: TestInfo, look: Look, name: string, path: string) {
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
  const shot = await page.screenshot({ path: `test-results/shots/${name}-${look.name}.png`, fullPage: true });
  await testInfo.attach(`${path} ${look.name}`, { body: shot, contentType: "image/png" });
}
