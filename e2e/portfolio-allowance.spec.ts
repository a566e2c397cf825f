// As a staker, I see on my portfolio how much BREV the staking controller may still take from my
// wallet, and take a left-over allowance back to zero in one transaction; an allowance a stake I
// approved still needs is kept until it exceeds that need.
import { maxUint256, parseEther } from "viem";
import { ALICE, expect, test } from "./fixtures";
import { openPortfolio } from "./flows/open-portfolio";
import { openStakePanel } from "./flows/stake";
import { approveStaking, readyToStake, stakeAllowance } from "./support/staking";

for (const [what, allowance, shown] of [
  ["a left-over allowance", parseEther("42.5"), "42.5 BREV"],
  ["an unlimited allowance", maxUint256, "Unlimited"],
] as const) {
  test(`${what} shows on the portfolio and resets to 0`, async ({ page, wallet, chain }) => {
    await approveStaking(chain, ALICE, allowance);
    await openPortfolio(page, wallet);

    const card = page.getByTestId("brev-allowance");
    const amount = card.getByTestId("brev-allowance-amount");
    await expect(amount).toHaveAttribute("data-wei", String(allowance));
    await expect(amount).toHaveText(shown);
    await card.getByRole("button", { name: "Reset to 0" }).click();

    await expect(amount).toHaveAttribute("data-wei", "0");
    await expect(amount).toHaveText("0 BREV");
    await expect(card.getByRole("button", { name: "Reset to 0" })).toHaveCount(0);
    expect(await stakeAllowance(chain, ALICE)).toBe(0n);
    expect(wallet.requestCount("eth_sendTransaction"), "one approve(controller, 0)").toBe(1);
  });
}

test("an approval made for a stake not yet sent is kept, until the allowance exceeds it", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  // An approval in the page, a navigation and a reload: more than the default on a busy machine.
  test.setTimeout(90_000);
  const prover = await readyToStake(chain, indexer, 0n);
  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("10");
  await panel.getByRole("button", { name: "Approve 10 BREV" }).click();
  await expect(panel.getByRole("button", { name: "Stake", exact: true })).toBeVisible();

  await page.getByRole("navigation").getByRole("link", { name: "Portfolio" }).click();
  const card = page.getByTestId("brev-allowance");
  await expect(card.getByTestId("brev-allowance-amount")).toHaveAttribute("data-wei", String(parseEther("10")));
  await expect(page.getByText("A stake you approved needs it")).toBeVisible();
  await expect(card.getByRole("button", { name: "Reset to 0" })).toHaveCount(0);

  // More than the stake needs (another app raised it): the reset is offered again.
  await approveStaking(chain, ALICE, parseEther("15"));
  await page.reload();
  await expect(card.getByTestId("brev-allowance-amount")).toHaveAttribute("data-wei", String(parseEther("15")));
  await expect(card.getByRole("button", { name: "Reset to 0" })).toBeVisible();
});
