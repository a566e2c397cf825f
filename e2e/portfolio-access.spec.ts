// As a visitor without a wallet I learn what the portfolio shows and how to connect; as a
// staker whose wallet sits on another network I still see my positions, and a switch prompt
// stands where the unstake and withdraw buttons would be.
import { parseEther } from "viem";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { openPortfolio, positionCard } from "./flows/open-portfolio";
import { activeProver, stakeAs } from "./support/staking";

test("a visitor with no wallet connected sees what the page shows and a way to connect, and no error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { name: "Portfolio", level: 1 })).toBeVisible();
  await expect(page.getByText("Connect to see your positions")).toBeVisible();
  await expect(page.getByRole("button", { name: "Connect a wallet to see your portfolio" })).toBeVisible();
  await expect(page.getByTestId("history-unavailable")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("on the wrong network the positions stay and a switch prompt replaces every write button", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("20"));
  await openPortfolio(page, wallet);
  await expect(page.getByRole("button", { name: "Request unstake" })).toBeVisible();

  await wallet.useChain(1);

  await expect(page.getByTestId("wrong-chain").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Request unstake" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Withdraw all matured" })).toHaveCount(0);
  await expect(positionCard(page, prover).getByTestId("position-value")).toBeVisible();

  await page
    .getByRole("button", { name: /Switch to/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Request unstake" })).toBeVisible();
  expect(wallet.chainId).toBe(chain.chainId);
});
