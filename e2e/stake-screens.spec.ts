// For a person to look at: the prover page with the stake panel connected, in light and dark
// mode and on a 390 px phone, with an amount typed so the preview and notice show.
import { parseEther } from "viem";
import { ALICE, expect, test } from "./fixtures";
import { openStakePanel } from "./flows/stake";
import { LOOKS } from "./support/looks";
import { activeProvers } from "./support/staking";

for (const screen of LOOKS) {
  test(`the stake panel, connected, ${screen.name}`, async ({ page, wallet, chain, indexer }, testInfo) => {
    await chain.fund(ALICE, { brev: parseEther("600000") });
    await indexer.caughtUp();
    const [biggest] = await activeProvers(chain);
    if (!biggest) throw new Error("The devnet has no Active prover.");
    await page.emulateMedia({ colorScheme: screen.colorScheme });
    await page.setViewportSize({ width: screen.width, height: 900 });
    const panel = await openStakePanel(page, wallet, biggest.prover, await chain.readBrevBalance(ALICE));
    await panel.getByLabel("Amount to stake").fill("400000");
    await expect(panel.getByTestId("stake-concentration")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the screen").toBeLessThanOrEqual(0);
    const body = await page.screenshot({ path: `test-results/shots/stake-${screen.name}.png`, fullPage: true });
    await testInfo.attach(`stake panel ${screen.name}`, { body, contentType: "image/png" });
    await panel.screenshot({ path: `test-results/shots/stake-panel-${screen.name}.png` });
  });
}
