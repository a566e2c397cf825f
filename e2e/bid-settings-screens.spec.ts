// For a person to look at: the bid settings tab before signing in, and signed in with a saved
// rule, a warning, an import preview and the change log, in light and dark
// and on a 390 px phone; then a field in error. The screenshots go to test-results/shots/ and into the report.
import type { Page, TestInfo } from "@playwright/test";
import { DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { signInToBidSettings } from "./flows/open-bid-settings";
import { textContrast } from "./support/contrast";
import { LOOKS } from "./support/looks";

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} wider than the screen`).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });
  await testInfo.attach(name, { body: shot, contentType: "image/png" });
}

for (const look of LOOKS) {
  test(`the bid settings tab signed out and signed in, ${look.name}`, async ({ page, wallet }, testInfo) => {
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    await wallet.use(DEPLOYER);
    await page.goto("/prover/bid-settings");
    await connectWallet(page, wallet);
    await expect(page.getByTestId("bid-sign-in-button")).toBeVisible();
    const ratio = await textContrast(page.getByTestId("bid-sign-in-button"));
    expect(ratio, `sign-in button text contrast in ${look.name}`).toBeGreaterThanOrEqual(4.5);
    await shoot(page, testInfo, `bid-settings-sign-in-${look.name}`);

    await signInToBidSettings(page);
    const form = page.getByTestId("rule-form");
    await form.getByTestId("rule-max_input_size").fill(String(1000 + LOOKS.indexOf(look)));
    await form.getByTestId("rule-save").click();
    await expect(form.getByTestId("rule-status")).toContainText("Saved as version");
    await form.getByTestId("rule-prove_min_duration").fill("99999999");
    await expect(form.getByTestId("rule-prove_min_duration-warning")).toBeVisible();
    await page
      .getByTestId("import-text")
      .fill(
        '[rule]\nmax_fee = "5"\nmax_input_size = 0\nprover_gas_price = "1"\nprove_min_duration = 60\nvk_whitelist = []\nvk_blacklist = []\n',
      );
    await page.getByTestId("import-read").click();
    await expect(page.getByTestId("import-preview")).toBeVisible();
    await expect(page.getByTestId("audit-log")).toBeVisible();
    await shoot(page, testInfo, `bid-settings-editor-${look.name}`);

    // Warnings need a rule that validates; an error anywhere leaves only the errors.
    await form.getByTestId("rule-max_fee").fill("01");
    await expect(form.getByTestId("rule-max_fee-error")).toBeVisible();
    await shoot(page, testInfo, `bid-settings-error-${look.name}`);
  });
}
