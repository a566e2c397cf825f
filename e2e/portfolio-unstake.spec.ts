// As a staker, I take BREV out of a prover's vault: request an unstake (by amount), watch it
// count down, withdraw it once matured, and meet the rules (minimums, the 10-request cap) in
// words before anything is sent. The chain, not only the screen, shows each step.
import { formatUnits, parseEther } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { openPortfolio, positionCard } from "./flows/open-portfolio";
import { activeProver, pendingUnstakes, requestUnstakeAs, shareDecimalsOf, sharesOf, stakeAs } from "./support/staking";

const UNSTAKE_DELAY = 7 * 24 * 60 * 60;

test("requesting an unstake by amount adds a pending row with its amount and a countdown, once on a double click", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("100"));
  await openPortfolio(page, wallet);
  const card = positionCard(page, prover);

  await card.getByLabel("Amount to unstake (BREV)").fill("25");
  await card.getByRole("button", { name: "Request unstake" }).dblclick();

  const row = card.getByTestId("pending-request");
  await expect(row).toHaveCount(1);
  const [request, ...others] = await pendingUnstakes(chain, prover, ALICE);
  expect(others, "one request on chain, not two").toHaveLength(0);
  expect(request?.amount).toBeGreaterThanOrEqual(parseEther("25"));
  expect(request?.amount).toBeLessThan(parseEther("25.000001"));
  await expect(row).toHaveAttribute("data-amount", String(request?.amount));
  await expect(row).toContainText("25 BREV");
  // The countdown runs live from the chain's clock; the absolute time is on hover.
  await expect(row.getByTestId("countdown")).toHaveText(/^6 d 23 h 59 min \d+ s$/);
  await expect(row.getByTestId("countdown")).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
  await expect(card.getByTestId("unstake-meter")).toContainText("1 of 10 pending requests");
  // An exact share approval, then the request: two transactions for one double click.
  expect(wallet.requestCount("eth_sendTransaction")).toBe(2);
  await expect(page.getByTestId("total-unstaking")).toHaveAttribute("data-wei", String(request?.amount));
  // The indexer-backed history follows too, without a reload.
  await expect(page.locator('[data-testid="history-row"][data-kind="unstake_request"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="history-row"][data-kind="unstake_request"]')).toHaveAttribute(
    "data-amount",
    String(request?.amount),
  );
});

test("requesting an unstake by shares burns exactly the shares typed", async ({ page, wallet, chain }) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("60"));
  const held = await sharesOf(chain, prover, ALICE);
  // An odd count of shares, so a rounding step anywhere would show.
  const half = held / 2n + 1n;
  await openPortfolio(page, wallet);
  const card = positionCard(page, prover);

  await card.getByLabel("By shares").check();
  await card.getByLabel("Shares to unstake").fill(formatUnits(half, await shareDecimalsOf(chain, prover)));
  await card.getByRole("button", { name: "Request unstake" }).click();

  await expect(card.getByTestId("pending-request")).toHaveCount(1);
  expect(await sharesOf(chain, prover, ALICE)).toBe(held - half);
  const [event] = await chain.client.getContractEvents({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    eventName: "UnstakeRequested",
    fromBlock: chain.forkBlock + 1n,
    args: { staker: ALICE },
  });
  expect(event?.args.shares).toBe(half);
  await expect(card.getByTestId("position-shares")).toHaveAttribute("data-shares", String(held - half));
});

test("once the delay has passed, one action withdraws every matured request, once on a double click, and the BREV arrives", async ({
  page,
  wallet,
  chain,
}) => {
  const provers = [await activeProver(chain, DEPLOYER)];
  provers.push(await activeProver(chain, provers[0]));
  for (const prover of provers) {
    await stakeAs(chain, ALICE, prover, parseEther("40"));
    await requestUnstakeAs(chain, ALICE, prover, (await sharesOf(chain, prover, ALICE)) / 2n);
  }
  const requested = (await Promise.all(provers.map((p) => pendingUnstakes(chain, p, ALICE))))
    .flat()
    .reduce((sum, r) => sum + r.amount, 0n);
  await chain.increaseTime(UNSTAKE_DELAY + 60);
  const before = await chain.readBrevBalance(ALICE);

  await openPortfolio(page, wallet);
  await expect(page.getByTestId("pending-request")).toHaveCount(2);
  await expect(page.getByTestId("pending-request").first()).toContainText("Ready to withdraw");
  await expect(page.getByTestId("ready-to-withdraw")).toHaveAttribute("data-wei", requested.toString());
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });

  await page.getByRole("button", { name: "Withdraw all matured" }).dblclick();

  await expect(page.getByTestId("pending-request")).toHaveCount(0);
  expect(await chain.readBrevBalance(ALICE)).toBe(before + requested);
  expect(wallet.requestCount("eth_sendTransaction"), "one completeUnstake per prover, double click or not").toBe(2);
  for (const prover of provers) expect(await pendingUnstakes(chain, prover, ALICE)).toHaveLength(0);
  await expect(page.getByTestId("wallet-balance")).toHaveAttribute("data-wei", (before + requested).toString());
  await expect(page.getByRole("button", { name: "Withdraw all matured" })).toBeDisabled();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test("the meter counts pending requests to the cap of 10, and at 10 the form says why it is closed", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("100"));
  const slice = (await sharesOf(chain, prover, ALICE)) / 50n;
  for (let i = 0; i < 9; i += 1) await requestUnstakeAs(chain, ALICE, prover, slice);

  await openPortfolio(page, wallet);
  const card = positionCard(page, prover);
  const meter = card.getByTestId("unstake-meter");
  await expect(meter).toContainText("9 of 10 pending requests");
  await expect(meter).toContainText("Near the cap");

  await card.getByLabel("Amount to unstake (BREV)").fill("2");
  await card.getByRole("button", { name: "Request unstake" }).click();

  await expect(meter).toContainText("10 of 10 pending requests");
  expect(await pendingUnstakes(chain, prover, ALICE)).toHaveLength(10);
  await expect(card.getByTestId("unstake-cap-reason")).toContainText("10 pending requests");
  await expect(card.getByLabel("Amount to unstake (BREV)")).toBeDisabled();
  await expect(card.getByRole("button", { name: "Request unstake" })).toBeDisabled();
});

test("an unstake the controller would refuse is explained in words and nothing is sent", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("10"));
  const nonce = await chain.nonce(ALICE);
  await openPortfolio(page, wallet);
  const card = positionCard(page, prover);
  const field = card.getByLabel("Amount to unstake (BREV)");
  const submit = card.getByRole("button", { name: "Request unstake" });
  await expect(card.getByTestId("unstake-rules")).toContainText("Unstake at least 1 BREV");

  // Rewards and rounding make a 10 BREV stake worth a few wei either side of 10.
  const cases = [
    ["0", /The amount must be more than zero\./],
    ["10.5", /That is more than your position of (9\.9+\d*|10(\.0+\d+)?) BREV\./],
    ["9.5", /Only 0\.(4|5)\d* BREV would stay staked; at least 1 BREV must stay\./],
    ["0.5", /Unstake at least 1 BREV, or everything\./],
  ] as const;
  for (const [typed, sentence] of cases) {
    await field.fill(typed);
    await submit.click();
    await expect(card.getByTestId("unstake-error")).toContainText(sentence);
    await expect(field, "the form keeps what was typed").toHaveValue(typed);
  }
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  expect(await chain.nonce(ALICE)).toBe(nonce);
  expect(await pendingUnstakes(chain, prover, ALICE)).toHaveLength(0);
});
