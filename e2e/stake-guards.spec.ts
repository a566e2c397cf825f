// As a staker, I cannot send a stake the contract would refuse or the vault would short-change,
// a rejection or a refusal is explained in words with my amount kept, a double click stakes
// once, and a wallet on another network is asked to switch before anything can be sent.
import { parseEther } from "viem";
import { ALICE, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { openStakePanel } from "./flows/stake";
import {
  approveStaking,
  deactivateProver,
  donateToFutureVault,
  joinAsProver,
  NEWCOMER,
  readyToStake,
  sharesOf,
  stakeAllowance,
} from "./support/staking";

test("bad amounts are explained next to the field and nothing is sent", async ({ page, wallet, chain, indexer }) => {
  const prover = await readyToStake(chain, indexer, 0n);
  const balance = await chain.readBrevBalance(ALICE);
  const panel = await openStakePanel(page, wallet, prover, balance);
  const field = panel.getByLabel("Amount to stake");
  const error = panel.getByTestId("stake-amount-error");
  const stake = panel.getByRole("button", { name: "Stake", exact: true });

  await stake.click();
  await expect(error).toHaveText("Enter an amount.");
  const cases: [string, string | RegExp][] = [
    ["abc", "The amount must be a number, like 12.5."],
    ["0.5", "The minimum stake is 1 BREV."],
    [(balance / 10n ** 18n + 1n).toString(), /^That is more BREV than you hold/],
    [`2.${"1".repeat(19)}`, "The amount has more than 18 decimal places."],
  ];
  for (const [typed, message] of cases) {
    await field.fill(typed);
    await expect(error).toHaveText(message);
    await stake.click();
    await expect(error).toHaveText(message);
    await expect(field, "the form keeps what was typed").toHaveValue(typed);
  }
  await field.fill("");
  await expect(error).toHaveText("Enter an amount.");
  expect(wallet.requestCount("eth_sendTransaction"), "no transaction was requested").toBe(0);
  expect(await sharesOf(chain, prover, ALICE)).toBe(0n);
});

test("rejecting the stake in the wallet says so, keeps the amount and lets the staker try again", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await readyToStake(chain, indexer, parseEther("5"));
  const nonceBefore = await chain.nonce(ALICE);
  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));

  await panel.getByLabel("Amount to stake").fill("5");
  wallet.rejectNext();
  await panel.getByRole("button", { name: "Stake", exact: true }).click();

  await expect(panel.getByTestId("tx-status")).toContainText("You rejected the request in your wallet.");
  await expect(page.getByTestId("toast").filter({ hasText: "Stake failed" })).toContainText("rejected");
  expect(wallet.requestCount("eth_sendTransaction"), "the wallet was asked once").toBe(1);
  expect(await chain.nonce(ALICE), "nothing was mined").toBe(nonceBefore);
  expect(await sharesOf(chain, prover, ALICE)).toBe(0n);
  await expect(panel.getByLabel("Amount to stake")).toHaveValue("5");
  await expect(panel.getByRole("button", { name: "Stake", exact: true })).toBeEnabled();

  await panel.getByRole("button", { name: "Stake", exact: true }).click();
  await expect(panel.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect(await sharesOf(chain, prover, ALICE)).toBeGreaterThan(0n);
});

test("a prover deactivated while the page is open: the contract's refusal is shown as a sentence", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await readyToStake(chain, indexer, parseEther("5"));
  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("5");
  await expect(panel.getByTestId("stake-preview-shares")).toBeVisible();

  await deactivateProver(chain, prover);
  await panel.getByRole("button", { name: "Stake", exact: true }).click();

  await expect(panel.getByTestId("tx-status")).toHaveText(
    "This prover is not Active any more, so it does not accept new stake. Nothing was sent.",
  );
  await expect(panel.getByTestId("stake-prover-state"), "the panel reads the new state").toHaveText(
    "This prover is Deactivated, so it does not accept new stake.",
  );
  expect(wallet.requestCount("eth_sendTransaction"), "the simulation stopped it before the wallet").toBe(0);
  expect(await sharesOf(chain, prover, ALICE)).toBe(0n);
  await expect(panel.getByLabel("Amount to stake")).toHaveValue("5");
});

test("an approval withdrawn after the page read it: the token's refusal from inside the stake is shown in words, with its amounts", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await readyToStake(chain, indexer, parseEther("5"));
  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("5");
  const stake = panel.getByRole("button", { name: "Stake", exact: true });
  await expect(stake).toBeEnabled();

  // The approval is taken back elsewhere (another tab, another wallet) while the page shows it.
  await approveStaking(chain, ALICE, 0n);
  await stake.click();

  // BREV's ERC20InsufficientAllowance(controller, 0, 5e18) bubbles up through the controller.
  await expect(panel.getByTestId("tx-status")).toHaveText(
    "The staking contract may take only 0 BREV of yours and this needs 5 BREV: approve the amount again.",
  );
  await expect(
    panel.getByRole("button", { name: "Approve 5 BREV" }),
    "the panel reads the allowance again",
  ).toBeVisible();
  expect(wallet.requestCount("eth_sendTransaction"), "the simulation stopped it before the wallet").toBe(0);
  expect(await stakeAllowance(chain, ALICE)).toBe(0n);
  expect(await sharesOf(chain, prover, ALICE)).toBe(0n);
});

test("a vault whose share price was pushed up before its prover joined: the stake is refused in words, nothing is sent", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  // BREV sent to the vault's predictable address first: the prover's own stake then buys no shares.
  await donateToFutureVault(chain, NEWCOMER, parseEther("5000"));
  await joinAsProver(chain, NEWCOMER, 1_000n);
  expect(await sharesOf(chain, NEWCOMER, NEWCOMER), "the prover's own 1000 BREV bought 0 shares").toBe(0n);
  await chain.fund(ALICE, { brev: parseEther("100") });
  await approveStaking(chain, ALICE, parseEther("100"));
  await indexer.caughtUp();

  const panel = await openStakePanel(page, wallet, NEWCOMER, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("50");

  await expect(panel.getByTestId("stake-preview-error")).toHaveText(
    "A stake of 50 BREV would receive 0 shares. This vault's share price has been pushed up (BREV was sent to it directly), so the difference would go to whoever holds its shares. Nothing was sent.",
  );
  await expect(panel.getByTestId("stake-preview-shares")).toHaveAttribute("data-wei", "0");
  const stake = panel.getByRole("button", { name: "Stake", exact: true });
  await expect(stake).toBeDisabled();
  await stake.click({ force: true });
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  expect(await sharesOf(chain, NEWCOMER, ALICE)).toBe(0n);
});

test("a double click on Stake sends exactly one transaction", async ({ page, wallet, chain, indexer }) => {
  const prover = await readyToStake(chain, indexer, parseEther("20"));
  const nonceBefore = await chain.nonce(ALICE);
  const balanceBefore = await chain.readBrevBalance(ALICE);
  const panel = await openStakePanel(page, wallet, prover, balanceBefore);

  await panel.getByLabel("Amount to stake").fill("10");
  await panel.getByRole("button", { name: "Stake", exact: true }).dblclick();
  await expect(panel.getByTestId("tx-status")).toContainText("Transaction confirmed.");

  expect(wallet.requestCount("eth_sendTransaction")).toBe(1);
  expect(await chain.nonce(ALICE), "one transaction mined").toBe(nonceBefore + 1);
  expect(await chain.readBrevBalance(ALICE), "10 BREV staked once, not twice").toBe(balanceBefore - parseEther("10"));
});

test("on another network a switch prompt replaces the Stake button until the wallet switches back", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await readyToStake(chain, indexer, parseEther("5"));
  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("5");
  const stake = panel.getByRole("button", { name: "Stake", exact: true });
  await expect(stake).toBeVisible();

  await wallet.useChain(1);
  await expect(panel.getByTestId("wrong-chain")).toContainText("Your wallet is on another network.");
  await expect(stake).toHaveCount(0);
  await expect(panel.getByLabel("Amount to stake"), "the amount survives the detour").toHaveValue("5");

  await panel.getByRole("button", { name: "Switch to ProverNet Devnet" }).click();
  await expect(stake).toBeVisible();
  expect(wallet.chainId).toBe(chain.chainId);
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("a wallet on another network when it connects is switched to the devnet before it can stake", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await readyToStake(chain, indexer, parseEther("5"));
  await wallet.useChain(1);
  await page.goto(`/provers/${prover}`);
  await connectWallet(page, wallet);

  // RainbowKit connects to the app's chain: the wallet is asked to switch as part of connecting.
  expect(wallet.requestCount("wallet_switchEthereumChain")).toBeGreaterThan(0);
  expect(wallet.chainId).toBe(chain.chainId);
  const panel = page.getByTestId("stake-panel");
  await expect(panel.getByTestId("wrong-chain")).toHaveCount(0);
  await panel.getByLabel("Amount to stake").fill("5");
  await panel.getByRole("button", { name: "Stake", exact: true }).click();
  await expect(panel.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  const receipt = await chain.receipt(((await panel.getByTestId("tx-hash").textContent()) ?? "") as `0x${string}`);
  expect(receipt.from.toLowerCase()).toBe(ALICE.toLowerCase());
});
