// As a prover, I open my console and see my health in words and a colour, my obligations with
// what a slash would take, and my capacity, as the chain has them, for two RPC requests.
import type { Address } from "viem";
import { brevisMarketAbi, marketViewerAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { openConsole } from "./flows/open-console";
import { MARKET, MARKET_VIEWER, overdueRequests, proverInfo, seededProver } from "./support/prover-console";

/** What a slash of each overdue request still inside its slash window would take, summed. */
async function amountAtRisk(chain: Chain, prover: Address): Promise<{ count: number; amount: bigint }> {
  const ids = await overdueRequests(chain, prover);
  const [requests, slashBps, slashWindow, block] = await Promise.all([
    chain.client.readContract({
      address: MARKET_VIEWER,
      abi: marketViewerAbi,
      functionName: "batchGetRequests",
      args: [ids],
    }),
    chain.client.readContract({ address: MARKET, abi: brevisMarketAbi, functionName: "slashBps" }),
    chain.client.readContract({ address: MARKET, abi: brevisMarketAbi, functionName: "slashWindow" }),
    chain.client.getBlock(),
  ]);
  const amount = requests
    .filter((request) => block.timestamp <= request.deadline + slashWindow)
    .reduce((sum, request) => sum + (request.minStake * slashBps) / 10_000n, 0n);
  return { count: ids.length, amount };
}

test("the dev prover's console is Active, its figures the chain's, loaded with at most 2 RPC requests", async ({
  page,
  wallet,
  chain,
  rpcTraffic,
}, testInfo) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const info = await proverInfo(chain, DEPLOYER);
  await expect(console_.getByTestId("console-state")).toHaveText("Active");
  await expect(console_.getByTestId("pending-commission")).toHaveAttribute("data-wei", info[3].toString());
  await expect(console_.getByTestId("staker-count")).toHaveText(info[4].toString());
  await expect(console_.getByTestId("stats-epoch").first()).toBeVisible();
  // The server part followed the wallet (wagmi's cookie) and rendered the indexer's history.
  await expect(page.getByTestId("console-history")).toBeVisible();

  rpcTraffic.clear();
  await page.reload();
  await expect(page.getByTestId("prover-console").getByTestId("pending-commission")).toBeVisible();
  await page.waitForTimeout(2_000);
  const figure = `${rpcTraffic.requests.length} HTTP requests, ${rpcTraffic.callCount()} JSON-RPC calls (${rpcTraffic.requests
    .map((r) => r.methods.join("+"))
    .join(", ")})`;
  testInfo.annotations.push({ type: "rpc-requests", description: figure });
  console.log(`/prover load: ${figure}`);
  expect(rpcTraffic.requests.length, figure).toBeGreaterThan(0);
  expect(rpcTraffic.requests.length, figure).toBeLessThanOrEqual(2);
});

test("mosaic's overdue requests are listed with the amount a slash would take", async ({ page, wallet, chain }) => {
  const mosaic = await seededProver("mosaic");
  const risk = await amountAtRisk(chain, mosaic);
  expect(risk.count, "the seed leaves mosaic with overdue work").toBeGreaterThan(0);
  const console_ = await openConsole(page, wallet, mosaic);
  await expect(console_.getByTestId("console-health")).toHaveAttribute("data-tone", "warn");
  await expect(console_.locator('[data-testid="obligation"][data-status="overdue"]')).toHaveCount(risk.count);
  await expect(console_.locator('[data-testid="obligation"][data-status="at-risk"]').first()).toBeVisible();
  if (risk.amount > 0n) {
    await expect(console_.getByTestId("amount-at-risk")).toHaveAttribute("data-wei", risk.amount.toString());
  }
});

test("a deactivated prover is told loudly it cannot be paid, and the fix", async ({ page, wallet, chain }) => {
  const tundra = await seededProver("tundra");
  expect((await proverInfo(chain, tundra))[0]).toBe(2);
  const console_ = await openConsole(page, wallet, tundra);
  await expect(console_.getByTestId("console-health")).toHaveAttribute("data-tone", "bad");
  await expect(console_.getByTestId("health-headline")).toContainText("cannot be paid");
  await expect(console_.getByTestId("health-fix")).toContainText("Reactivate");
  await expect(console_.getByTestId("health-fix").getByTestId("reactivate")).toBeEnabled();
});
