// As a staker on a prover's page, I approve exactly what I stake, stake it, and see every
// number follow without reloading; a stake that would concentrate the network warns me.
import type { Locator } from "@playwright/test";
import { parseEther } from "viem";
import { proverVaultAbi, stakingControllerAbi } from "../lib/contracts/generated";
import { formatBps } from "../lib/format/percent";
import { concentrationAfterStake } from "../lib/math/concentration";
import { ALICE, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { openStakePanel } from "./flows/stake";
import { activeProvers, ordinaryActiveProver, sharesOf, stakeAllowance, vaultOf } from "./support/staking";

test("a staker approves then stakes 250 BREV and receives exactly the previewed shares, with no reload", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await chain.fund(ALICE, { brev: parseEther("1000") });
  await indexer.caughtUp();
  const prover = await ordinaryActiveProver(chain);
  const balanceBefore = await chain.readBrevBalance(ALICE);
  const sharesBefore = await sharesOf(chain, prover, ALICE);
  const amount = parseEther("250");

  const panel = await openStakePanel(page, wallet, prover, balanceBefore);
  await page.evaluate(() => {
    (window as { __samePage?: boolean }).__samePage = true;
  });
  await panel.getByLabel("Amount to stake").fill("250");
  await panel.getByRole("button", { name: "Approve 250 BREV" }).click();
  await expect(panel.getByRole("button", { name: "Stake", exact: true })).toBeVisible();

  const previewed = BigInt((await panel.getByTestId("stake-preview-shares").getAttribute("data-wei")) ?? "-1");
  expect(previewed, "the panel previews some shares").toBeGreaterThan(0n);
  await panel.getByRole("button", { name: "Stake", exact: true }).click();
  await expect(panel.getByTestId("tx-status")).toContainText("Transaction confirmed.");

  const sharesAfter = await sharesOf(chain, prover, ALICE);
  expect(sharesAfter - sharesBefore, "minted exactly the previewed shares").toBe(previewed);
  expect(await chain.readBrevBalance(ALICE)).toBe(balanceBefore - amount);

  // Every number on the panel follows the chain, on the same page.
  await expect(panel.getByTestId("stake-balance")).toHaveAttribute("data-wei", (balanceBefore - amount).toString());
  await expect(panel.getByTestId("stake-position-shares")).toHaveAttribute("data-wei", sharesAfter.toString());
  // "In this prover's vault": the vault's totalAssets(), pending unstakes apart.
  const vaultAssets = await chain.client.readContract({
    address: await vaultOf(chain, prover),
    abi: proverVaultAbi,
    functionName: "totalAssets",
  });
  await expect(panel.getByTestId("stake-prover-total")).toHaveAttribute("data-wei", vaultAssets.toString());
  await expect(panel.getByTestId("stake-steps").locator('[aria-current="step"]')).toHaveText("Done");
  const hash = (await panel.getByTestId("tx-hash").textContent()) ?? "";
  await expect(page.getByTestId("toast").filter({ hasText: "Stake" })).toContainText(hash);
  expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), "no reload").toBe(true);
});

test("with too small an allowance the panel asks to approve exactly the amount, then to stake", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await chain.fund(ALICE, { brev: parseEther("500") });
  await indexer.caughtUp();
  const prover = await ordinaryActiveProver(chain);
  const amount = parseEther("42.125");
  expect(await stakeAllowance(chain, ALICE)).toBeLessThan(amount);

  const panel = await openStakePanel(page, wallet, prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("42.125");
  const current = panel.getByTestId("stake-steps").locator('[aria-current="step"]');
  await expect(current).toHaveText("Approve");
  await panel.getByRole("button", { name: "Approve 42.125 BREV" }).click();

  await expect(current).toHaveText("Stake");
  expect(await stakeAllowance(chain, ALICE), "approved exactly the amount, not unlimited").toBe(amount);
  expect(await sharesOf(chain, prover, ALICE), "approving stakes nothing").toBe(0n);

  await panel.getByRole("button", { name: "Stake", exact: true }).click();
  await expect(current).toHaveText("Done");
  expect(await stakeAllowance(chain, ALICE), "the stake used the whole approval").toBe(0n);
  expect(wallet.requestCount("eth_sendTransaction"), "one approval and one stake").toBe(2);
});

test("a stake that would give the biggest prover over a third of all stake shows a notice with smaller provers", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await chain.fund(ALICE, { brev: parseEther("600000") });
  await indexer.caughtUp();
  const [biggest] = await activeProvers(chain);
  if (!biggest) throw new Error("The devnet has no Active prover.");
  const controller = { address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi } as const;
  const networkStake = await chain.client.readContract({
    ...controller,
    functionName: "getTotalVaultAssets",
    args: [false],
  });
  // Both sides in vault assets, as the panel counts them (pending unstakes apart).
  const proverStake = await chain.client.readContract({
    address: await vaultOf(chain, biggest.prover),
    abi: proverVaultAbi,
    functionName: "totalAssets",
  });
  const amount = parseEther("400000");
  const expected = concentrationAfterStake({ proverStake, networkStake, amount });
  expect(expected.exceeds, "the seeded network makes this stake cross the line").toBe(true);

  const panel = await openStakePanel(page, wallet, biggest.prover, await chain.readBrevBalance(ALICE));
  await panel.getByLabel("Amount to stake").fill("10");
  await expect(panel.getByTestId("stake-preview-shares")).toBeVisible();
  await expect(panel.getByTestId("stake-concentration"), "a small stake moves no line").toHaveCount(0);

  await panel.getByLabel("Amount to stake").fill("400000");
  const notice = panel.getByTestId("stake-concentration");
  await expect(notice).toContainText(`This prover would hold ${formatBps(expected.shareBps)} of all stake`);
  const link = notice.getByRole("link", { name: "See smaller provers" });
  await expect(link).toHaveAttribute("href", "/provers?order=asc&state=active");
  await link.click();
  await expect(page).toHaveURL(/\/provers\?order=asc&state=active$/);
  expect(wallet.requestCount("eth_sendTransaction"), "a notice sends nothing").toBe(0);
});

test("a visitor without a wallet sees the prover's numbers and an invitation to connect", async ({
  page,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const prover = await ordinaryActiveProver(chain);
  await page.goto(`/provers/${prover}`);
  await expect(page.getByTestId("prover-total-stake")).toHaveAttribute("data-wei", /^[1-9]\d*$/);
  const panel = page.getByTestId("stake-panel");
  await expect(panel.getByRole("button", { name: "Connect a wallet to stake" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Stake", exact: true })).toHaveCount(0);
  await expect(panel.getByTestId("stake-prover-total")).toHaveAttribute("data-wei", /^[1-9]\d*$/);
  await expect(panel).toContainText("Connect a wallet to see your balance.");
});

test("while the wallet code loads, a skeleton holds exactly the panel's place", async ({ page, chain, indexer }) => {
  await indexer.caughtUp();
  const prover = await ordinaryActiveProver(chain);
  // Hold back every script the first HTML does not name: the lazily loaded panel among them.
  const html = await (await page.request.get(`/provers/${prover}`)).text();
  const firstLoad = new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"]+\.js/g)].map(([path]) => path));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/_next/static/chunks/**", async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith(".js") && !firstLoad.has(path)) await released;
    await route.continue();
  });

  await page.goto(`/provers/${prover}`, { waitUntil: "commit" });
  const skeleton = page.getByRole("status", { name: "Loading the stake panel" });
  await expect(skeleton).toBeVisible();
  const card = (inner: typeof skeleton) => page.locator("section").filter({ has: inner });
  const skeletonBox = await boxOf(card(skeleton));
  release();
  const panel = page.getByTestId("stake-panel");
  await expect(panel.getByRole("button", { name: "Connect a wallet to stake" })).toBeVisible();
  const panelBox = await boxOf(card(panel));
  expect(panelBox.height).toBeCloseTo(skeletonBox.height, 0);
  expect(panelBox.y).toBeCloseTo(skeletonBox.y, 0);
});

type Box = NonNullable<Awaited<ReturnType<Locator["boundingBox"]>>>;

/**
 * A visible element's box. Playwright sometimes answers null for one that is visible while the page
 * hydrates (3 of 6 first tries here, each fine on the next), so it asks again.
 */
async function boxOf(locator: Locator): Promise<Box> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const box = await locator.boundingBox();
    if (box) return box;
  }
  throw new Error("The card could not be measured: it stayed without a box for 5 s.");
}
