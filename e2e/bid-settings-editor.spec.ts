// As a prover, I edit my bidder's rule: a value the bidder would misread is refused at its
// field and nothing is stored; a good one is saved as the next version; when another page
// saved first, I see the difference and can put my changes on top.
import { DEPLOYER, expect, test } from "./fixtures";
import { openBidSettings } from "./flows/open-bid-settings";
import { storedRule } from "./support/bid-settings";

test("a value the bidder would misread is refused at its field, kept as typed, and nothing is saved", async ({
  page,
  wallet,
}) => {
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const before = await storedRule(page.request, DEPLOYER);
  const maxFee = form.getByTestId("rule-max_fee");
  await maxFee.fill("0x10");
  await expect(form.getByTestId("rule-max_fee-error")).toContainText("the bidder reads a 0x prefix as hexadecimal");
  await expect(maxFee).toHaveValue("0x10");
  await expect(maxFee).toHaveAttribute("aria-invalid", "true");
  await form.getByTestId("rule-vk_whitelist").fill("0x1234");
  await expect(form.getByTestId("rule-vk_whitelist-error")).toContainText("must be 32 bytes of hex");
  await expect(form.getByTestId("rule-save")).toBeDisabled();

  // The draft survives a reload, errors and all.
  await page.reload();
  await expect(page.getByTestId("rule-max_fee")).toHaveValue("0x10");
  await expect(page.getByTestId("rule-max_fee-error")).toBeVisible();
  expect(await storedRule(page.request, DEPLOYER)).toEqual(before);
});

test("a valid rule is saved as the next version, with warnings for likely mistakes and the change in the log", async ({
  page,
  wallet,
}) => {
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const before = await storedRule(page.request, DEPLOYER);
  // Longer than any deadline can leave: a warning, not an error.
  await form.getByTestId("rule-prove_min_duration").fill("99999999");
  await expect(form.getByTestId("rule-prove_min_duration-warning")).toContainText("skip every request");
  await form.getByTestId("rule-max_fee").fill("1");
  await expect(form.getByTestId("rule-max_fee-warning")).toContainText("below the market's minimum request fee");
  await form.getByTestId("rule-max_fee").fill("250000000000000000000");
  await form.getByTestId("rule-prove_min_duration").fill("1800");
  await expect(form.getByTestId("rule-prove_min_duration-warning")).toHaveCount(0);
  await expect(form.getByTestId("rule-prove_min_duration")).toHaveAttribute("aria-describedby", /hint/);
  await expect(page.getByText("Seconds (30 min)")).toBeVisible();
  await form.getByTestId("rule-save").click();

  await expect(form.getByTestId("rule-status")).toHaveText(`Saved as version ${before.version + 1}.`);
  const after = await storedRule(page.request, DEPLOYER);
  expect(after.version).toBe(before.version + 1);
  expect(after.settings).toMatchObject({ max_fee: "250000000000000000000", prove_min_duration: "1800" });
  expect(after.updatedBy).toBe(DEPLOYER);
  const latest = page.getByTestId("audit-log").locator("li").first();
  await expect(latest).toHaveAttribute("data-version", String(after.version));
  await expect(latest.locator('[data-key="prove_min_duration"]')).toContainText("1800");
});

test("a save from a second page first: the first page sees the difference and re-applies its changes", async ({
  page,
  wallet,
}) => {
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const start = await storedRule(page.request, DEPLOYER);
  await form.getByTestId("rule-max_input_size").fill("4096");

  // Same browser, same session, another tab: it saves a different change first.
  const second = await page.context().newPage();
  await second.goto("/prover/bid-settings");
  const secondForm = second.getByTestId("rule-form");
  await expect(secondForm).toHaveAttribute("data-version", String(start.version));
  const theirPrice = String(3_000_000_000_000n + BigInt(start.version));
  await secondForm.getByTestId("rule-prover_gas_price").fill(theirPrice);
  await secondForm.getByTestId("rule-save").click();
  await expect(secondForm.getByTestId("rule-status")).toHaveText(`Saved as version ${start.version + 1}.`);

  await form.getByTestId("rule-save").click();
  const conflict = page.getByTestId("rule-conflict");
  await expect(conflict).toBeVisible();
  const changes = conflict.getByTestId("conflict-changes");
  await expect(changes.locator('[data-key="max_input_size"]')).toContainText("4096");
  await expect(changes.locator('[data-key="prover_gas_price"] [data-testid="change-before"]')).toHaveText(theirPrice);
  expect((await storedRule(page.request, DEPLOYER)).version, "the stale save stored nothing").toBe(start.version + 1);

  await conflict.getByTestId("conflict-reapply").click();
  await expect(form.getByTestId("rule-status")).toHaveText(`Saved as version ${start.version + 2}.`);
  await expect(conflict).toHaveCount(0);
  const stored = await storedRule(page.request, DEPLOYER);
  expect(stored.version).toBe(start.version + 2);
  expect(stored.settings?.max_input_size).toBe("4096");
  // Re-applying saves the whole draft: its gas price is the one this page had.
  expect(stored.settings?.prover_gas_price).toBe(start.settings?.prover_gas_price ?? "10000000000000");
  await second.close();
});

test("discarding after a conflict takes what is stored", async ({ page, wallet }) => {
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const start = await storedRule(page.request, DEPLOYER);
  await form.getByTestId("rule-max_input_size").fill("777");
  const second = await page.context().newPage();
  await second.goto("/prover/bid-settings");
  await second.getByTestId("rule-max_input_size").fill("888");
  await second.getByTestId("rule-save").click();
  await expect(second.getByTestId("rule-status")).toHaveText(`Saved as version ${start.version + 1}.`);
  await second.close();

  await form.getByTestId("rule-save").click();
  await page.getByTestId("conflict-discard").click();
  await expect(page.getByTestId("rule-conflict")).toHaveCount(0);
  await expect(form.getByTestId("rule-max_input_size")).toHaveValue("888");
  await expect(form).toHaveAttribute("data-version", String(start.version + 1));
  expect((await storedRule(page.request, DEPLOYER)).version).toBe(start.version + 1);
});

test("the bid settings tab asks for a wallet before anything else", async ({ page }) => {
  await page.goto("/prover/bid-settings");
  await expect(page.getByText("Connect your prover's wallet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bid settings" })).toHaveAttribute("aria-current", "page");
});
