// As someone following a wallet that is not mine, I open /portfolio?address=0x… without
// connecting and see its positions, pending unstakes and history exactly as the chain has them,
// with no button that would send anything; the addresses I watch are remembered in my browser,
// and the bell tells me what happened since my last look.
import type { Page } from "@playwright/test";
import { parseEther } from "viem";
import { ALICE, BOB, DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { positionCard } from "./flows/open-portfolio";
import { setDefaultCommissionAs } from "./support/alerts";
import { LOOKS } from "./support/looks";
import { activeProver, portfolioOf, requestUnstakeAs, sharesOf, stakeAs } from "./support/staking";

/** No control on the page that would ask a wallet to send a transaction. */
async function expectNoWrites(page: Page) {
  await expect(page.getByRole("button", { name: /unstake|withdraw|stake|approve/i })).toHaveCount(0);
  await expect(page.getByLabel("Amount to unstake (BREV)")).toHaveCount(0);
}

test("watching another address shows its positions as getUserPortfolio has them, and no write", async ({
  page,
  chain,
  indexer,
}) => {
  const first = await activeProver(chain, DEPLOYER);
  const second = await activeProver(chain, first);
  await stakeAs(chain, BOB, first, parseEther("120"));
  await stakeAs(chain, BOB, second, parseEther("30"));
  await requestUnstakeAs(chain, BOB, first, (await sharesOf(chain, first, BOB)) / 5n);
  await indexer.caughtUp();
  const onChain = await portfolioOf(chain, BOB);

  await page.goto(`/portfolio?address=${BOB.toLowerCase()}`);
  await expect(page.getByTestId("portfolio-account")).toHaveText(BOB);
  await expect(page.getByTestId("total-value")).toHaveAttribute("data-wei", String(onChain.totalValue));
  await expect(page.getByTestId("total-unstaking")).toHaveAttribute("data-wei", String(onChain.totalUnstaking));
  await expect(page.getByTestId("position")).toHaveCount(onChain.stakes.length);
  for (const stake of onChain.stakes) {
    const card = positionCard(page, stake.prover);
    await expect(card.getByTestId("position-shares")).toHaveAttribute("data-shares", String(stake.shares));
    await expect(card.getByTestId("position-value")).toHaveAttribute("data-wei", String(stake.currentValue));
    await expect(card.getByTestId("pending-request")).toHaveCount(stake.pendingRequests.length);
  }
  await expect(page.locator('[data-testid="history-row"][data-kind="unstake_request"]').first()).toBeVisible();
  await expectNoWrites(page);
  // The Atom feed is announced to readers and browsers.
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    new RegExp(`/feeds/staker/${BOB}\\.xml$`),
  );
});

test("a connected wallet watching someone else still gets no write; its own address gets them all", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, BOB, prover, parseEther("10"));
  await stakeAs(chain, ALICE, prover, parseEther("10"));
  await indexer.caughtUp();
  await page.goto("/portfolio");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("total-value")).toBeVisible();

  await page.goto(`/portfolio?address=${BOB}`);
  await expect(page.getByTestId("portfolio-account")).toHaveText(BOB);
  await expect(positionCard(page, prover)).toBeVisible();
  await expectNoWrites(page);

  await page.goto(`/portfolio?address=${ALICE}`);
  await expect(positionCard(page, prover).getByRole("button", { name: "Request unstake" })).toBeVisible();
});

test("watched addresses are remembered and can be removed; a bad address is refused in words and the list stays", async ({
  page,
}) => {
  await page.goto(`/portfolio?address=${BOB}`);
  await expect(page.getByTestId("watched-address")).toHaveCount(1);
  await page.getByLabel("Address to watch").fill(DEPLOYER);
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(page.getByTestId("portfolio-account")).toHaveText(DEPLOYER);
  await expect(page.getByTestId("watched-address")).toHaveCount(2);

  await page.getByLabel("Address to watch").fill("0xnot-an-address");
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(page.getByTestId("watch-error")).toContainText("is not an Ethereum address");
  await expect(page.getByLabel("Address to watch")).toHaveValue("0xnot-an-address");
  await expect(page.getByTestId("watched-address")).toHaveCount(2);

  await page.getByRole("button", { name: `Stop watching ${BOB}` }).click();
  await expect(page.getByTestId("watched-address")).toHaveCount(1);
  await page.goto("/portfolio");
  await expect(page.getByTestId("watched-address")).toHaveCount(1);
  await expect(page.getByTestId("watched-address")).toContainText(DEPLOYER.slice(0, 6));
});

async function openBell(page: Page) {
  const bell = page.getByTestId("event-bell").getByRole("button", { name: /^Alerts/ });
  await bell.click();
  return bell;
}

test("the bell counts what happened since the last look, lists it, and closes with Escape", async ({
  page,
  chain,
  indexer,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, BOB, prover, parseEther("25"));
  await setDefaultCommissionAs(chain, prover, 1777n);
  await indexer.caughtUp();

  await page.goto(`/portfolio?address=${BOB}`);
  const bell = page.getByTestId("event-bell").getByRole("button", { name: /^Alerts/ });
  await expect(bell).toHaveAccessibleName(/^Alerts: \d+ new$/);
  await bell.click();
  const dialog = page.getByRole("dialog", { name: "Alerts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("bell-item").filter({ hasText: "to 17.77%" })).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(bell).toBeFocused();
  await expect(bell).toHaveAccessibleName("Alerts: nothing new");

  // Seen stays seen; what happens next counts again.
  await page.reload();
  await expect(bell).toHaveAccessibleName("Alerts: nothing new");
  await chain.increaseTime(60);
  await setDefaultCommissionAs(chain, prover, 1888n);
  await indexer.caughtUp();
  await page.reload();
  await expect(bell).toHaveAccessibleName("Alerts: 1 new");
  await openBell(page);
  await expect(dialog.locator('[data-testid="bell-item"][data-new="true"]')).toContainText("to 18.88%");
});

for (const look of LOOKS) {
  test(`the watched portfolio and its bell, ${look.name}`, async ({ page, chain, indexer }, testInfo) => {
    const prover = await activeProver(chain, DEPLOYER);
    await stakeAs(chain, BOB, prover, parseEther("80"));
    await requestUnstakeAs(chain, BOB, prover, (await sharesOf(chain, prover, BOB)) / 8n);
    await setDefaultCommissionAs(chain, prover, 1500n);
    await indexer.caughtUp();

    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 844 });
    await page.goto(`/portfolio?address=${BOB}`);
    await expect(page.getByTestId("pending-request").first()).toBeVisible();
    await expect(page.getByTestId("history-row").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the screen").toBeLessThanOrEqual(0);
    const shot = await page.screenshot({ path: `test-results/shots/portfolio-watch-${look.name}.png`, fullPage: true });
    await testInfo.attach(`/portfolio?address= ${look.name}`, { body: shot, contentType: "image/png" });

    await openBell(page);
    await expect(page.getByRole("dialog", { name: "Alerts" })).toBeVisible();
    const bell = await page.screenshot({ path: `test-results/shots/portfolio-bell-${look.name}.png` });
    await testInfo.attach(`the bell ${look.name}`, { body: bell, contentType: "image/png" });
  });
}
