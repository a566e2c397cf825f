// As a staker with positions and pending unstakes, my portfolio reads well in light and dark
// and fits a 390 px phone. The screenshots are attached to the report for a person to look at.
import { parseEther } from "viem";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { openPortfolio } from "./flows/open-portfolio";
import { LOOKS } from "./support/looks";
import { activeProver, approveStaking, requestUnstakeAs, sharesOf, stakeAs } from "./support/staking";

for (const look of LOOKS) {
  test(`/portfolio with positions and pending unstakes, ${look.name}`, async ({
    page,
    wallet,
    chain,
    indexer,
  }, testInfo) => {
    // Ten transactions before the page opens: more than the default allows on a busy machine.
    test.setTimeout(120_000);
    const first = await activeProver(chain, DEPLOYER);
    const second = await activeProver(chain, first);
    await stakeAs(chain, ALICE, first, parseEther("250"));
    await stakeAs(chain, ALICE, second, parseEther("40"));
    const shares = await sharesOf(chain, first, ALICE);
    for (let i = 0; i < 8; i += 1) await requestUnstakeAs(chain, ALICE, first, shares / 40n);
    // A left-over allowance, so the allowance card offers its reset.
    await approveStaking(chain, ALICE, parseEther("12.5"));
    await indexer.caughtUp();

    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 844 });
    await openPortfolio(page, wallet);
    await expect(page.getByTestId("pending-request")).toHaveCount(8);
    await expect(page.getByTestId("history-row").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset to 0" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the screen").toBeLessThanOrEqual(0);
    const shot = await page.screenshot({ path: `test-results/shots/portfolio-${look.name}.png`, fullPage: true });
    await testInfo.attach(`/portfolio ${look.name}`, { body: shot, contentType: "image/png" });
    const ladder = await page
      .locator(`[data-testid="position"][data-prover="${first}"]`)
      .screenshot({ path: `test-results/shots/portfolio-${look.name}-ladder.png` });
    await testInfo.attach(`/portfolio ${look.name}, the unstake ladder`, { body: ladder, contentType: "image/png" });
    const allowance = await page
      .getByTestId("brev-allowance")
      .locator("xpath=ancestor::section[1]")
      .screenshot({ path: `test-results/shots/portfolio-${look.name}-allowance.png` });
    await testInfo.attach(`/portfolio ${look.name}, the allowance`, { body: allowance, contentType: "image/png" });
  });
}
