// For a person to look at: the console of a healthy prover, one with work at risk and a
// deactivated one, in light and dark and on a 390 px phone (watch mode: no wallet needed).
// The screenshots go to test-results/shots/ and into the report.
import { DEPLOYER, expect, test } from "./fixtures";
import { openConsole } from "./flows/open-console";
import { textContrast } from "./support/contrast";
import { LOOKS } from "./support/looks";
import { seededProver } from "./support/prover-console";

for (const look of LOOKS) {
  test(`the prover console healthy, at risk and deactivated, ${look.name}`, async ({ page, indexer }, testInfo) => {
    await indexer.caughtUp();
    const states = [
      { name: "healthy", prover: DEPLOYER },
      { name: "at-risk", prover: await seededProver("mosaic") },
      { name: "deactivated", prover: await seededProver("tundra") },
    ];
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    for (const { name, prover } of states) {
      await page.goto(`/prover?address=${prover}`);
      await expect(page.getByTestId("console-health")).toBeVisible();
      await expect(page.getByTestId("console-history")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} console wider than the screen`).toBeLessThanOrEqual(0);
      const shot = await page.screenshot({
        path: `test-results/shots/console-${name}-${look.name}.png`,
        fullPage: true,
      });
      await testInfo.attach(`console ${name} ${look.name}`, { body: shot, contentType: "image/png" });
    }
  });
}

for (const look of [LOOKS[0], LOOKS[3]]) {
  test(`the connected prover's console with its forms, ${look.name}`, async ({ page, wallet, indexer }, testInfo) => {
    await indexer.caughtUp();
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    const console_ = await openConsole(page, wallet, DEPLOYER);
    await expect(console_.getByTestId("commission-form")).toBeVisible();
    // WCAG AA for the main buttons' text, as Chromium computed the colors in this theme.
    for (const testId of ["commission-submit", "claim-commission"]) {
      const ratio = await textContrast(console_.getByTestId(testId));
      expect(ratio, `${testId} text contrast in ${look.name}`).toBeGreaterThanOrEqual(4.5);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the connected console wider than the screen").toBeLessThanOrEqual(0);
    const shot = await page.screenshot({
      path: `test-results/shots/console-connected-${look.name}.png`,
      fullPage: true,
    });
    await testInfo.attach(`connected console ${look.name}`, { body: shot, contentType: "image/png" });
  });
}
