// For a person to look at: the join wizard at each of its steps (approve, join, profile with a
// live preview) and a name over the byte cap, in light and dark and on a 390 px phone. The
// screenshots go to test-results/shots/ and into the report.
import type { Page, TestInfo } from "@playwright/test";
import { DEPLOYER, expect, test } from "./fixtures";
import { currentStep, freshAccount, fundNewcomer, openJoinWizard } from "./flows/prover-join";
import { LOOKS } from "./support/looks";

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} wider than the screen`).toBeLessThanOrEqual(0);
  // Toasts are fixed to the viewport and would float over the middle of a full-page shot.
  for (const dismiss of await page.getByRole("button", { name: "Dismiss notification" }).all()) await dismiss.click();
  // From the top: a full-page shot of a scrolled page paints the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });
  await testInfo.attach(name, { body: shot, contentType: "image/png" });
}

for (const look of LOOKS) {
  test(`the join wizard's steps and the profile editor, ${look.name}`, async ({ page, wallet, chain }, testInfo) => {
    test.slow();
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    const account = freshAccount(`screens-${look.name}`);
    await fundNewcomer(chain, account);
    const wizard = await openJoinWizard(page, wallet, account);
    await expect(wizard.getByTestId("join-cost-profile")).toHaveAttribute("data-gas", /\d/);
    await shoot(page, testInfo, `join-approve-${look.name}`);

    await wizard.getByRole("button", { name: /^Approve / }).click();
    await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");
    await wizard.getByLabel("Default commission rate (%)").fill("12.345");
    await expect(wizard.getByTestId("join-rate-error")).toBeVisible();
    await shoot(page, testInfo, `join-initialize-${look.name}`);

    await wizard.getByLabel("Default commission rate (%)").fill("8");
    await wizard.getByRole("button", { name: "Join as a prover" }).click();
    await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");
    await wizard.getByLabel("Name").fill("Sparrow Labs 🦊 <b>bold?</b>");
    await wizard.getByLabel(/Icon URL/).fill("javascript:alert(1)");
    await expect(wizard.getByTestId("profile-preview-icon-note")).toContainText("will not be loaded");
    await expect(wizard.getByTestId("join-cost-profile")).toHaveAttribute("data-gas", /\d/);
    await shoot(page, testInfo, `join-profile-${look.name}`);

    await wallet.use(DEPLOYER);
    await page.goto("/prover/join?step=profile");
    await wizard.getByLabel("Name").fill("€".repeat(43));
    await wizard.getByLabel(/Icon URL/).fill("/provers/sparrow.svg");
    await expect(wizard.getByTestId("profile-name-error")).toBeVisible();
    // Priced with a sample name while the typed one is refused.
    await expect(wizard.getByTestId("join-summary-cost")).toHaveAttribute("data-gas", /\d/);
    await shoot(page, testInfo, `join-edit-${look.name}`);
  });
}
