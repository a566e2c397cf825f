// As a prover, I claim my commission and change my rates from the console: the claim pays
// exactly what the chain held for me, a new rate reaches my public page once the indexer has
// it, and bad input, a rejection in the wallet, a double click or another network never send
// anything unintended.
import { type Address, zeroAddress } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { formatBps } from "../lib/format/percent";
import { DEPLOYER, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { openConsole } from "./flows/open-console";
import { MARKET, proverInfo } from "./support/prover-console";

test("claiming pays exactly the chain's pendingCommission, once on a double click", async ({ page, wallet, chain }) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const pending = (await proverInfo(chain, DEPLOYER))[3];
  expect(pending, "the dev prover has commission to claim").toBeGreaterThan(0n);
  const balanceBefore = await chain.readBrevBalance(DEPLOYER);
  const nonceBefore = await chain.nonce(DEPLOYER);

  await console_.getByTestId("claim-commission").dblclick();
  await expect(console_.getByTestId("tx-status").filter({ hasText: "Transaction confirmed." })).toBeVisible();

  expect(wallet.requestCount("eth_sendTransaction"), "one transaction for a double click").toBe(1);
  expect(await chain.nonce(DEPLOYER)).toBe(nonceBefore + 1);
  expect(await chain.readBrevBalance(DEPLOYER)).toBe(balanceBefore + pending);
  expect((await proverInfo(chain, DEPLOYER))[3]).toBe(0n);
  await expect(console_.getByTestId("pending-commission")).toHaveAttribute("data-wei", "0");
});

test("a new default rate is on chain and on the public prover page once the indexer has caught up", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("commission-form");
  await form.getByTestId("commission-rate-input").fill("12.34");
  await expect(form.getByTestId("commission-notice")).toContainText("applies to your stakers immediately");
  await form.getByTestId("commission-submit").click();
  await expect(form.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect((await proverInfo(chain, DEPLOYER))[2]).toBe(1234n);
  await expect(console_.getByTestId("commission-rate").first()).toHaveText(formatBps(1234));

  await indexer.caughtUp();
  await page.goto(`/provers/${DEPLOYER}`);
  await expect(page.getByTestId("commission-warning")).toContainText(`to ${formatBps(1234)}`);
});

test("a rate above 100 % is refused in words, keeps its value and sends nothing", async ({ page, wallet }) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("commission-form");
  await form.getByTestId("commission-rate-input").fill("150");
  await form.getByTestId("commission-submit").click();
  await expect(form.getByTestId("commission-error")).toContainText("cannot be above 100 %");
  await expect(form.getByTestId("commission-rate-input")).toHaveValue("150");
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("rejecting the change in the wallet says so, sends nothing and keeps the form", async ({
  page,
  wallet,
  chain,
}) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const nonceBefore = await chain.nonce(DEPLOYER);
  const rateBefore = (await proverInfo(chain, DEPLOYER))[2];
  const form = console_.getByTestId("commission-form");
  await form.getByTestId("commission-rate-input").fill("9");
  wallet.rejectNext();
  await form.getByTestId("commission-submit").click();
  await expect(form.getByTestId("tx-status")).toContainText(/rejected/i);
  expect(await chain.nonce(DEPLOYER)).toBe(nonceBefore);
  expect((await proverInfo(chain, DEPLOYER))[2]).toBe(rateBefore);
  await expect(form.getByTestId("commission-rate-input")).toHaveValue("9");
  await expect(form.getByTestId("commission-submit")).toBeEnabled();
});

test("on another network the console's writes give way to a switch prompt", async ({ page, wallet }) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  await expect(console_.getByTestId("claim-commission")).toBeVisible();
  await wallet.useChain(1);
  await expect(console_.getByTestId("wrong-chain").first()).toContainText("Your wallet is on another network.");
  await expect(console_.getByTestId("claim-commission")).toHaveCount(0);
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("a rate for the market alone is on chain and listed, and resetting it brings back the default", async ({
  page,
  wallet,
  chain,
}) => {
  const rateFor = (source: Address) =>
    chain.client.readContract({
      address: stakingControllerAddress(chain.chainId),
      abi: stakingControllerAbi,
      functionName: "getCommissionRate",
      args: [DEPLOYER, source],
    });
  const defaultRate = await rateFor(zeroAddress);
  expect(defaultRate, "the test sets a rate unlike the default").not.toBe(333n);

  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("commission-form");
  const marketRow = console_.getByTestId("commission-rates").locator(`[data-source="${MARKET}"]`);
  await form.getByTestId("commission-source").selectOption("market");
  await form.getByTestId("commission-rate-input").fill("3.33");
  await form.getByTestId("commission-submit").click();
  await expect(marketRow.getByTestId("commission-rate")).toHaveText(formatBps(333));
  expect(await rateFor(MARKET)).toBe(333n);
  expect(await rateFor(zeroAddress), "the default is untouched").toBe(defaultRate);

  await form.getByTestId("commission-reset").click();
  await expect(marketRow).toHaveCount(0);
  await expect(form.getByTestId("commission-reset")).toHaveCount(0);
  expect(await rateFor(MARKET), "the market follows the default again").toBe(defaultRate);
  const [sources] = await chain.client.readContract({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    functionName: "getCommissionRates",
    args: [DEPLOYER],
  });
  expect(sources).not.toContain(MARKET);
  expect(wallet.requestCount("eth_sendTransaction"), "a set and a reset").toBe(2);
});
