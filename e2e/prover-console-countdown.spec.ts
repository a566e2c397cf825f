// As an operator watching a prover, I see its deadlines count down without reloading, and a
// request whose deadline passes while I look turns overdue on the spot, in the list and in the
// health verdict at the top alike. The browser's clock is
// Playwright's, moved forward; the deadline and the chain's time are the chain's own.
import { marketViewerAbi } from "../lib/contracts/generated";
import { expect, test } from "./fixtures";
import { MARKET_VIEWER, seededProver } from "./support/prover-console";

test("a held request's countdown ticks and it turns overdue when its deadline passes", async ({ page, chain }) => {
  const mosaic = await seededProver("mosaic");
  const held = await chain.client.readContract({
    address: MARKET_VIEWER,
    abi: marketViewerAbi,
    functionName: "getProverPendingRequests",
    args: [mosaic],
  });
  const { timestamp: chainNow } = await chain.client.getBlock();
  const waiting = held.find((request) => request.deadline > chainNow);
  expect(waiting, "the seed leaves mosaic a request whose deadline is still ahead").toBeDefined();
  if (!waiting) return;

  // The health verdict counts the same overdue requests the obligations list shows.
  const verdictMatchesList = async () => {
    const overdue = await page.locator('[data-testid="obligation"][data-status="overdue"]').count();
    const health = page.getByTestId("console-health");
    if (overdue === 0) await expect(health).not.toContainText("overdue and can be slashed");
    else await expect(health).toContainText(`${overdue} won request${overdue === 1 ? " is" : "s are"} overdue`);
    return overdue;
  };

  await page.clock.install();
  await page.goto(`/prover?address=${mosaic}`);
  const item = page.getByTestId("obligation").filter({ has: page.locator(`code[title="${waiting.reqid}"]`) });
  await expect(item).not.toHaveAttribute("data-status", "overdue");
  const deadline = item.getByTestId("obligation-deadline");
  await expect(deadline).toContainText(/^in /);
  const overdueBefore = await verdictMatchesList();
  const before = await deadline.textContent();
  await page.clock.runFor(3_000);
  await expect(deadline, "the countdown moved without a reload").not.toHaveText(before ?? "");

  await page.clock.fastForward(Number(waiting.deadline - chainNow + 5n) * 1_000);
  await expect(item).toHaveAttribute("data-status", "overdue");
  await expect(deadline).toContainText(/^passed .* ago$/);
  expect(await verdictMatchesList()).toBe(overdueBefore + 1);
});
