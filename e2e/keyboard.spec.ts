// As a person who uses the keyboard only, I reach every control of every read page with Tab, in
// order, and always see where the focus is.
import type { Page } from "@playwright/test";
import { DEPLOYER, expect, test } from "./fixtures";

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';

/** Renders the whole page (charts and islands load when scrolled near), then numbers its visible controls. */
async function numberControls(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('[role="status"][aria-label^="Loading"]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.checkVisibility() &&
        !element.hasAttribute("disabled") &&
        element.tabIndex >= 0 &&
        element.closest("[inert]") === null,
    );
    controls.forEach((element, index) => {
      element.dataset.kbd = String(index);
    });
    return controls.length;
  }, CONTROLS);
}

/** What Tab lands on: the control's number, and whether an outline or ring shows it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    return { index: element.dataset.kbd, shown: outline || ring, name };
  });
}

test("Tab reaches every control of the read pages, each with a visible focus ring", async ({ page, indexer }) => {
  test.setTimeout(240_000);
  await indexer.caughtUp();
  const missed: Record<string, string[]> = {};
  for (const path of [
    "/",
    "/provers",
    `/provers/${DEPLOYER}`,
    "/market",
    "/rewards",
    "/network",
    `/portfolio?address=${DEPLOYER}`,
  ]) {
    const count = await numberControls(page, path);
    expect(count, `${path} has controls`).toBeGreaterThan(0);
    const reached = new Set<string>();
    const unseen: string[] = [];
    // Each Tab moves to the next control; a few spare presses cover the browser's own stops.
    for (let press = 0; press < count + 5 && reached.size < count; press += 1) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (!now?.index) continue;
      reached.add(now.index);
      if (!now.shown) unseen.push(`no focus ring on ${now.name}`);
    }
    const unreached = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>("[data-kbd]")]
          .filter((element) => !seen.includes(element.dataset.kbd ?? ""))
          .map(
            (element) =>
              `not reached: ${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`,
          ),
      [...reached],
    );
    if (unseen.length > 0 || unreached.length > 0) missed[path] = [...unreached, ...unseen];
  }
  expect(missed).toEqual({});
});
