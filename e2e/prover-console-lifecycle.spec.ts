// As a prover, I bring my deactivated prover back, I am told in words when a change behind the
// page's back makes that impossible, and when nothing is left in it I retire it for good after
// typing its address.
import { zeroAddress } from "viem";
import { DEPLOYER, expect, test } from "./fixtures";
import { openConsole } from "./flows/open-console";
import { asOperator, exitCompletely, proverInfo, seededProver } from "./support/prover-console";
import { joinAsProver, NEWCOMER } from "./support/staking";

test("a prover deactivated by the admin reactivates itself from the console", async ({ page, wallet, chain }) => {
  const tundra = await seededProver("tundra");
  const console_ = await openConsole(page, wallet, tundra);
  await console_.getByTestId("health-fix").getByTestId("reactivate").click();
  await expect(console_.getByTestId("console-state")).toHaveText("Active");
  expect((await proverInfo(chain, tundra))[0]).toBe(1);
  expect(wallet.requestCount("eth_sendTransaction")).toBe(1);
});

test("jailed behind the page's back: the reactivation is refused with the contract's reason in words", async ({
  page,
  wallet,
  chain,
}) => {
  const tundra = await seededProver("tundra");
  const console_ = await openConsole(page, wallet, tundra);
  const reactivate = console_.getByTestId("health-fix").getByTestId("reactivate");
  await expect(reactivate).toBeEnabled();
  await asOperator(chain, "jailProver", tundra);
  const nonceBefore = await chain.nonce(tundra);

  await reactivate.click();
  await expect(console_.getByTestId("health-fix").getByTestId("tx-status")).toContainText(
    "Only the network's operators can do this",
  );
  expect(await chain.nonce(tundra), "the refusal was found before sending").toBe(nonceBefore);
  // The console read the chain again and shows what changed.
  await expect(console_.getByTestId("console-state")).toHaveText("Jailed");
});

test("the prover's own unstake may not leave less than the minimum self-stake", async ({ page, wallet }) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const self = BigInt((await console_.getByTestId("self-stake").getAttribute("data-wei")) ?? "0");
  const form = console_.getByTestId("self-unstake-form");
  // Everything but 1 BREV: more than zero and less than the minimum would stay.
  await form.getByTestId("self-unstake-amount").fill(((self - 10n ** 18n) / 10n ** 18n).toString());
  await form.getByTestId("self-unstake-submit").click();
  await expect(form.getByTestId("self-unstake-error")).toContainText("must keep at least");
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("a prover with nothing left retires after typing its address, and the console becomes the onboarding", async ({
  page,
  wallet,
  chain,
}) => {
  await joinAsProver(chain, NEWCOMER, 1_000n);
  await exitCompletely(chain, NEWCOMER);
  const console_ = await openConsole(page, wallet, NEWCOMER);
  const retire = console_.getByTestId("retire");
  await expect(retire.locator('[data-met="true"]')).toHaveCount(3);
  await retire.getByTestId("retire-confirm").fill("retire");
  await expect(retire.getByTestId("retire-submit")).toBeDisabled();
  await retire.getByTestId("retire-confirm").fill(NEWCOMER.toLowerCase());
  await retire.getByTestId("retire-submit").click();
  await expect(page.getByTestId("console-onboarding")).toBeVisible();
  const info = await proverInfo(chain, NEWCOMER);
  expect(info[0]).toBe(0);
  expect(info[1]).toBe(zeroAddress);
});
