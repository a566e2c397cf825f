// As a prover, I see my commission by source over 7, 30 and 90 days adding up to a total, my
// market counts per stats epoch with my share of the market's, and my median fee per program
// against other provers' for the same program, each as the chain has it.
import type { Address } from "viem";
import { formatBps } from "../lib/format/percent";
import { formatCountdown } from "../lib/format/time";
import { proverFeesSchema } from "../lib/indexer/schemas";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { findByTestId } from "./support/html";
import { LOOKS } from "./support/looks";
import {
  commissionFromLogs,
  feesByProgram,
  fulfilledFromChain,
  medianProofDelay,
  statsEpochsFromChain,
} from "./support/prover-earnings";

const headTime = async (chain: Chain) => (await chain.client.getBlock()).timestamp;

test("commission by source over 7, 30 and 90 days is the RewardsAdded logs' and adds up, in the first HTML too", async ({
  page,
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const windows = await commissionFromLogs(chain, DEPLOYER, await headTime(chain), [7, 30, 90]);
  const month = windows[1];
  expect(month && month.market > 0n && month.epoch > 0n, "the seed pays the dev prover from two sources").toBe(true);

  const html = await (await request.get(`/prover?address=${DEPLOYER}`)).text();
  expect(findByTestId(html, "commission-total")?.attributes["data-wei"]).toBe(month?.total.toString());

  await page.goto(`/prover?address=${DEPLOYER}`);
  const card = page.getByTestId("commission-by-source");
  for (const expected of windows) {
    await card.getByRole("button", { name: `${expected.days} d` }).click();
    await expect(card).toHaveAttribute("data-days", String(expected.days));
    await expect(card.getByRole("button", { name: `${expected.days} d` })).toHaveAttribute("aria-pressed", "true");
    for (const kind of ["market", "epoch", "other", "total"] as const) {
      await expect(card.getByTestId(`commission-${kind}`)).toHaveAttribute("data-wei", expected[kind].toString());
    }
  }
});

test("performance per stats epoch is the market's, with the prover's share of each epoch's fulfilled and fees", async ({
  page,
  chain,
}) => {
  const epochs = await statsEpochsFromChain(chain, DEPLOYER, 6);
  expect(epochs.length, "the seed schedules more than one stats epoch").toBeGreaterThan(1);
  const response = await page.goto(`/prover?address=${DEPLOYER}`);
  expect(response?.status()).toBe(200);
  const rows = page.getByTestId("stats-epoch");
  await expect(rows).toHaveCount(epochs.length);
  for (const [index, epoch] of epochs.entries()) {
    const row = rows.nth(index);
    await expect(row).toHaveAttribute("data-epoch", epoch.id.toString());
    await expect(row.getByTestId("epoch-funnel")).toHaveText(`${epoch.own.bids} → ${epoch.own.reveals}`);
    await expect(row.getByTestId("epoch-settled")).toHaveText(
      `${epoch.own.requestsFulfilled} / ${epoch.own.requestsRefunded}`,
    );
    await expect(row.getByTestId("epoch-fees")).toHaveAttribute("data-wei", epoch.own.feeReceived.toString());
    const share = (part: bigint, whole: bigint) => (whole === 0n ? "—" : formatBps((part * 10_000n) / whole));
    await expect(row.getByTestId("epoch-share")).toHaveText(
      `${share(BigInt(epoch.own.requestsFulfilled), BigInt(epoch.global.totalFulfilled))} · ${share(
        epoch.own.feeReceived,
        epoch.global.totalFees,
      )}`,
    );
    if (index > 0) await expect(row).toHaveAttribute("data-status", "ended");
  }
  // The past epochs hold real work: the seed's month spans several of them.
  expect(epochs.slice(1).some((epoch) => epoch.own.requestsFulfilled > 0n)).toBe(true);
});

test("fees are compared per program with other provers', and a prover with too few is told so", async ({
  page,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const fulfilled = await fulfilledFromChain(chain);
  const counts = new Map<Address, number>();
  for (const row of fulfilled) counts.set(row.prover, (counts.get(row.prover) ?? 0) + 1);
  // The prover that fulfilled least (but something) has too few requests of some program to compare.
  const [smallest] = [...counts.entries()].sort((a, b) => a[1] - b[1]);
  if (!smallest) throw new Error("The seed fulfilled no request.");

  for (const prover of [DEPLOYER, smallest[0]]) {
    const api = proverFeesSchema.parse(await (await fetch(`${indexer.url}/v1/provers/${prover}/fees`)).json());
    await page.goto(`/prover?address=${prover}`);
    const programs = page.getByTestId("fee-program");
    const all = feesByProgram(fulfilled, prover, api.minComparable, Number.MAX_SAFE_INTEGER);
    await expect(programs).toHaveCount(Math.min(all.length, api.programs.length));
    const expected = all.slice(0, api.programs.length);
    expect(expected.length).toBeGreaterThan(0);
    for (const [index, program] of expected.entries()) {
      const row = programs.nth(index);
      await expect(row).toHaveAttribute("data-vk", program.vk);
      await expect(row).toHaveAttribute("data-comparable", String(program.comparable));
      if (program.comparable) {
        await expect(row.getByTestId("own-median-fee").locator("[data-wei]")).toHaveAttribute(
          "data-wei",
          String(program.own),
        );
        await expect(row.getByTestId("others-median-fee").locator("[data-wei]")).toHaveAttribute(
          "data-wei",
          String(program.others),
        );
      } else {
        await expect(row.getByTestId("too-few")).toContainText("Too few to compare");
      }
    }
    const delay = await medianProofDelay(chain, fulfilled, prover);
    await expect(page.getByTestId("median-proof-delay")).toHaveText(
      delay === null ? "no proofs yet" : formatCountdown(delay),
    );
    if (prover === DEPLOYER) expect(expected.some((program) => program.comparable)).toBe(true);
    else expect(expected.some((program) => !program.comparable)).toBe(true);
  }
});

for (const look of LOOKS) {
  test(`the earnings, comparison and performance cards, ${look.name}`, async ({ page, indexer }, testInfo) => {
    await indexer.caughtUp();
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    await page.goto(`/prover?address=${DEPLOYER}`);
    for (const title of ["Earnings", "Against the market", "Performance"]) {
      const card = page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
      await expect(card).toBeVisible();
      const shot = await card.screenshot({
        path: `test-results/shots/console-card-${title.toLowerCase().replace(/ /g, "-")}-${look.name}.png`,
      });
      await testInfo.attach(`${title} ${look.name}`, { body: shot, contentType: "image/png" });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the console wider than the screen").toBeLessThanOrEqual(0);
  });
}
