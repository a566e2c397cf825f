// As a staker on a phone (390 px), every read page fits the screen: nothing but the prover
// table scrolls sideways. The screenshots are attached to the report for a person to look at.

import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

for (const path of ["/", "/provers", "/provers/0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"]) {
  test(`${path} fits a 390 px screen`, async ({ page, indexer }, testInfo) => {
    await indexer.caughtUp();
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the screen").toBeLessThanOrEqual(0);
    await testInfo.attach(`${path} at 390 px`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
}
