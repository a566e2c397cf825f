// As an operator joining from the browser, what I type into a step survives a reload until that
// step's transaction is mined; a draft the chain has overtaken, or one someone tampered with in
// storage, gives way to what the chain says.
import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { currentStep, freshAccount, fundNewcomer, openJoinWizard } from "./flows/prover-join";

/** The wizard's draft for `account` as the page stored it, parsed; null when there is none. */
async function storedDraft(page: Page, chainId: number, account: Address): Promise<unknown> {
  const raw = await page.evaluate(
    (key) => sessionStorage.getItem(key),
    `provernet:join-draft:${chainId}:${account.toLowerCase()}`,
  );
  return raw === null ? null : JSON.parse(raw);
}

test("typed values come back after a reload and are forgotten once their step is mined", async ({
  page,
  wallet,
  chain,
}) => {
  const account = freshAccount("drafts");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await wizard.getByRole("button", { name: /^Approve / }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");

  const rate = wizard.getByLabel("Default commission rate (%)");
  await rate.fill("12.5");
  await page.reload();
  await expect(rate, "the rate typed before the reload").toHaveValue("12.5");
  await expect(wizard.getByTestId("join-summary-rate")).toHaveText("12.50% (1,250 bps)");

  await wizard.getByRole("button", { name: "Join as a prover" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");
  await expect.poll(() => storedDraft(page, chain.chainId, account), "the rate is dropped once joined").toBeNull();

  await wizard.getByLabel("Name").fill("Heron Proofs");
  await wizard.getByLabel(/Icon URL/).fill("/provers/heron.svg");
  await page.reload();
  await expect(wizard.getByLabel("Name")).toHaveValue("Heron Proofs");
  await expect(wizard.getByLabel(/Icon URL/)).toHaveValue("/provers/heron.svg");
  await expect(wizard.getByTestId("profile-preview-name")).toHaveText("Heron Proofs");

  await wizard.getByRole("button", { name: "Save profile" }).click();
  await expect(wizard).toHaveAttribute("data-step", "edit");
  await expect.poll(() => storedDraft(page, chain.chainId, account), "the profile is dropped once saved").toBeNull();
  await page.reload();
  await expect(wizard).toHaveAttribute("data-step", "edit");
  await expect(wizard.getByLabel("Name"), "the chain's copy").toHaveValue("Heron Proofs");
  expect(await storedDraft(page, chain.chainId, account)).toBeNull();
});

test("a profile set on chain behind the page wins over the draft typed before it", async ({ page, wallet, chain }) => {
  const account = freshAccount("drafts-stale");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await wizard.getByRole("button", { name: /^Approve / }).click();
  await wizard.getByLabel("Default commission rate (%)").fill("3");
  await wizard.getByRole("button", { name: "Join as a prover" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");
  await wizard.getByLabel("Name").fill("Typed in this tab");

  // Another tab (here: the account itself, straight to the controller) names the prover first.
  const hash = await chain.client.writeContract({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    account,
    chain: chain.client.chain,
    functionName: "setProverProfile",
    args: ["Set elsewhere", ""],
  });
  await chain.receipt(hash);
  await page.reload();
  await expect(wizard).toHaveAttribute("data-step", "edit");
  await expect(wizard.getByLabel("Name")).toHaveValue("Set elsewhere");
  await expect.poll(() => storedDraft(page, chain.chainId, account)).toBeNull();
});

test("a tampered draft in storage is ignored and the wizard still works", async ({ page, wallet, chain }) => {
  const account = freshAccount("drafts-tampered");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await wizard.getByRole("button", { name: /^Approve / }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");

  for (const tampered of ['{"rateText": "1', '{"rateText": 12, "profile": "x"}']) {
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      `provernet:join-draft:${chain.chainId}:${account.toLowerCase()}`,
      tampered,
    ] as const);
    await page.reload();
    await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");
    await expect(wizard.getByLabel("Default commission rate (%)")).toHaveValue("");
    await expect.poll(() => storedDraft(page, chain.chainId, account), "the bad draft is cleared").toBeNull();
  }
  await wizard.getByLabel("Default commission rate (%)").fill("7");
  await wizard.getByRole("button", { name: "Join as a prover" }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-profile");
});
