// As a prover, I try a gas price for one of the market's programs on the bid settings tab: the
// fee simulator's bid, wins, earnings, refusals and half-win price are the market's own logs
// replayed here (never the indexer the page reads), and its screens hold on a phone.
import type { Locator, Page } from "@playwright/test";
import { type Address, getAddress } from "viem";
import { brevisMarketAbi, proverVaultAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import type { Wallet } from "./fixtures/wallet";
import { connectWallet } from "./flows/connect-wallet";
import { openBidSettings } from "./flows/open-bid-settings";
import { LOOKS } from "./support/looks";
import { auctionsFromLogs, type ChainAuction, latestClosedAuctions } from "./support/market-auctions";
import { MARKET } from "./support/prover-console";
import { vaultOf } from "./support/staking";

const PRICE_UNIT = 10n ** 12n;
const CYCLES = 2_000_000_000n;

/** The market's phases, protocol fee and head time, every auction its logs hold, and the prover's vault assets. */
async function marketFromChain(chain: Chain, prover: Address) {
  const market = { address: MARKET, abi: brevisMarketAbi } as const;
  const [bidding, reveal, protocolFeeBps, head, auctions, vault] = await Promise.all([
    chain.client.readContract({ ...market, functionName: "biddingPhaseDuration" }),
    chain.client.readContract({ ...market, functionName: "revealPhaseDuration" }),
    chain.client.readContract({ ...market, functionName: "protocolFeeBps" }),
    chain.client.getBlock(),
    auctionsFromLogs(chain.client, MARKET),
    vaultOf(chain, prover),
  ]);
  const vaultAssets = await chain.client.readContract({
    address: vault,
    abi: proverVaultAbi,
    functionName: "totalAssets",
  });
  return {
    phases: { bidding: BigInt(bidding), reveal: BigInt(reveal) },
    protocolFeeBps,
    now: head.timestamp,
    auctions,
    vaultAssets,
  };
}

type Market = Awaited<ReturnType<typeof marketFromChain>>;

/** The bidder's skips a rule adds, as the test sets them: a minimum proving time and a max fee. */
type TestRule = { proveMinDuration: bigint; maxFee: bigint };

/**
 * What a bid of cycles × price / 10^12 (at least 1 wei) does in each auction, worked out here
 * from the bidder's and the market's rules: the bidder skips a request that leaves less than the
 * rule's minimum proving time after bidding and reveal, then one whose fee would pass its max
 * fee; with less stake in the vault than the request's minStake the market refuses the bid,
 * above the request's maxFee the reveal. A bid wins strictly below every other prover's reveal
 * and is paid the lowest of those (its own fee when alone), less the protocol fee. The half-win
 * price comes from each auction's highest winning fee.
 */
function replay(
  auctions: readonly ChainAuction[],
  market: Market,
  prover: Address,
  price: bigint,
  rule: TestRule | null = null,
) {
  const feeAt = (gasPrice: bigint) => {
    const fee = (CYCLES * gasPrice) / PRICE_UNIT;
    return fee === 0n ? 1n : fee;
  };
  const bid = feeAt(price);
  let won = 0;
  let earned = 0n;
  let refused = 0;
  let understaked = 0;
  let tooShort = 0;
  let aboveMaxFee = 0;
  const highestWinning: bigint[] = [];
  for (const auction of auctions) {
    const others = auction.reveals.filter((reveal) => reveal.prover !== prover).map((reveal) => reveal.fee);
    const lowest = others.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
    const short =
      rule !== null &&
      auction.createdAt + market.phases.bidding + market.phases.reveal + rule.proveMinDuration > auction.deadline;
    const staked = market.vaultAssets >= auction.minStake;
    const cap = rule !== null && rule.maxFee < auction.maxFee ? rule.maxFee : auction.maxFee;
    highestWinning.push(short || !staked ? 0n : lowest === null || cap < lowest ? cap : lowest - 1n);
    if (short) tooShort += 1;
    else if (rule !== null && bid > rule.maxFee) aboveMaxFee += 1;
    else if (!staked) understaked += 1;
    else if (bid > auction.maxFee) refused += 1;
    else if (lowest === null || bid < lowest) {
      won += 1;
      const paid = lowest ?? bid;
      earned += paid - (paid * market.protocolFeeBps) / 10_000n;
    }
  }
  const need = Math.ceil(auctions.length / 2);
  const ceiling = need === 0 ? null : highestWinning.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))[need - 1];
  // The largest price whose fee stays at or under the ceiling: cycles × price < (ceiling + 1) × 10^12.
  const halfWinPrice = ceiling == null || ceiling < 1n ? null : ((ceiling + 1n) * PRICE_UNIT - 1n) / CYCLES;
  return {
    bid,
    won,
    earned,
    refused,
    understaked,
    tooShort,
    aboveMaxFee,
    halfWinPrice,
    considered: auctions.length,
    ruleApplied: rule !== null,
  };
}

/** The seeded program whose latest closed auctions hold the most reveals by other provers. */
function busiestProgram(market: Market, prover: Address, limit: number) {
  const vks = [...new Set(market.auctions.map((auction) => auction.vk.toLowerCase()))];
  const scored = vks.map((vk) => {
    const latest = latestClosedAuctions(market.auctions, vk, market.now, market.phases, limit);
    const others = latest.flatMap((auction) => auction.reveals.filter((reveal) => reveal.prover !== prover));
    return { vk, latest, reveals: others.length };
  });
  const best = scored.sort((a, b) => b.reveals - a.reveals)[0];
  if (!best || best.reveals === 0) throw new Error("The seed has no program with other provers' reveals.");
  return best;
}

/** A price bidding the median winning fee: some auctions won, some lost. */
function middlePrice(auctions: readonly ChainAuction[]): bigint {
  const winning = auctions.flatMap((auction) => (auction.winnerFee === null ? [] : [auction.winnerFee]));
  const middle = winning.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.floor(winning.length / 2)] ?? 1n;
  return (middle * PRICE_UNIT) / CYCLES;
}

/** The dev prover's market as the chain has it, its busiest program's last 100 auctions, and a price winning some. */
async function busiestProgramAtMiddlePrice(chain: Chain) {
  const prover = getAddress(DEPLOYER);
  const market = await marketFromChain(chain, prover);
  const program = busiestProgram(market, prover, 100);
  return { prover, market, program, price: middlePrice(program.latest) };
}

async function openSimulator(page: Page, wallet: Wallet): Promise<Locator> {
  await wallet.use(DEPLOYER);
  await page.goto("/prover/bid-settings");
  await connectWallet(page, wallet);
  const simulator = page.getByTestId("fee-simulator");
  await expect(simulator.getByTestId("simulator-program").locator("option").first()).toBeAttached();
  return simulator;
}

async function expectFigures(simulator: Locator, expected: ReturnType<typeof replay>) {
  await expect(simulator.getByTestId("simulator-won")).toHaveAttribute("data-considered", String(expected.considered));
  await expect(simulator.getByTestId("simulator-bid")).toHaveAttribute("data-wei", expected.bid.toString());
  await expect(simulator.getByTestId("simulator-won")).toHaveAttribute("data-value", String(expected.won));
  await expect(simulator.getByTestId("simulator-won")).toHaveText(`${expected.won} of ${expected.considered}`);
  await expect(simulator.getByTestId("simulator-earned")).toHaveAttribute("data-wei", expected.earned.toString());
  await expect(simulator.getByTestId("simulator-skipped-requestMaxFee")).toHaveAttribute(
    "data-value",
    String(expected.refused),
  );
  await expect(simulator.getByTestId("simulator-skipped-minStake")).toHaveAttribute(
    "data-value",
    String(expected.understaked),
  );
  await expect(simulator.getByTestId("simulator-half-price")).toHaveAttribute(
    "data-value",
    expected.halfWinPrice === null ? "" : expected.halfWinPrice.toString(),
  );
  const tooShort = simulator.getByTestId("simulator-skipped-proveMinDuration");
  const aboveMaxFee = simulator.getByTestId("simulator-skipped-maxFee");
  if (!expected.ruleApplied) {
    // Without a rule the page shows no rule skips at all.
    await expect(tooShort).toHaveCount(0);
    await expect(aboveMaxFee).toHaveCount(0);
    return;
  }
  await expect(tooShort).toHaveAttribute("data-value", String(expected.tooShort));
  await expect(aboveMaxFee).toHaveAttribute("data-value", String(expected.aboveMaxFee));
}

test("the simulator's bid, wins, earnings and half-win price are the market's logs replayed", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const { prover, market, program, price } = await busiestProgramAtMiddlePrice(chain);

  const simulator = await openSimulator(page, wallet);
  await expect(simulator.getByTestId("simulator-no-rule")).toBeVisible();
  await simulator.getByTestId("simulator-program").selectOption(program.vk);
  await simulator.getByTestId("simulator-price").fill(price.toString());

  // Bad cycles: a sentence next to the field, the text kept, no figures.
  const cycles = simulator.getByTestId("simulator-cycles");
  await cycles.fill("0x10");
  await expect(simulator.getByRole("alert")).toHaveText(/plain decimal number/);
  await expect(cycles).toHaveValue("0x10");
  await expect(simulator.getByTestId("simulator-result")).toHaveCount(0);
  await cycles.fill("0");
  await expect(simulator.getByRole("alert")).toHaveText("Cycles per proof must be at least 1.");

  await cycles.fill(CYCLES.toString());
  const expected = replay(program.latest, market, prover, price);
  expect(expected.won, "the chosen price wins some of the auctions").toBeGreaterThan(0);
  expect(expected.won, "and loses some").toBeLessThan(expected.considered);
  await expectFigures(simulator, expected);

  // A shorter window replays only the latest 25.
  await simulator.getByTestId("simulator-window").selectOption("25");
  const latest25 = latestClosedAuctions(market.auctions, program.vk, market.now, market.phases, 25);
  await expectFigures(simulator, replay(latest25, market, prover, price));

  // The half-win price wins at least half; one more loses that.
  const half = expected.halfWinPrice;
  expect(half).not.toBeNull();
  await simulator.getByTestId("simulator-window").selectOption("100");
  await simulator.getByTestId("simulator-price").fill(String(half));
  const atHalf = replay(program.latest, market, prover, half as bigint);
  expect(atHalf.won).toBeGreaterThanOrEqual(Math.ceil(expected.considered / 2));
  await expectFigures(simulator, atHalf);
  await simulator.getByTestId("simulator-price").fill(String((half as bigint) + 1n));
  const above = replay(program.latest, market, prover, (half as bigint) + 1n);
  expect(above.won).toBeLessThan(Math.ceil(expected.considered / 2));
  await expectFigures(simulator, above);
});

test("with the prover's rule, the simulator counts its skips, and a gas price that wins nothing is warned at the field", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const { prover, market, program, price } = await busiestProgramAtMiddlePrice(chain);
  // The median time left to prove: about half the requests leave less and are skipped.
  const left = program.latest
    .map((auction) => auction.deadline - auction.createdAt - market.phases.bidding - market.phases.reveal)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rule: TestRule = { proveMinDuration: left[Math.floor(left.length / 2)] ?? 0n, maxFee: 10n ** 30n };

  const form = await openBidSettings(page, wallet, DEPLOYER);
  await form.getByTestId("rule-vk_whitelist").fill("");
  await form.getByTestId("rule-vk_blacklist").fill("");
  await form.getByTestId("rule-prover_gas_price").fill(price.toString());
  await form.getByTestId("rule-prove_min_duration").fill(rule.proveMinDuration.toString());
  await form.getByTestId("rule-max_fee").fill(rule.maxFee.toString());
  const simulator = page.getByTestId("fee-simulator");
  await expect(simulator.getByTestId("simulator-no-rule")).toHaveCount(0);
  await simulator.getByTestId("simulator-program").selectOption(program.vk);
  // The simulator follows the rule's price.
  await expect(simulator.getByTestId("simulator-price")).toHaveValue(price.toString());
  await simulator.getByTestId("simulator-cycles").fill(CYCLES.toString());
  const withRule = replay(program.latest, market, prover, price, rule);
  expect(withRule.tooShort, "the minimum proving time skips some requests").toBeGreaterThan(0);
  expect(withRule.tooShort, "but not all").toBeLessThan(withRule.considered);
  expect(withRule.won).toBeGreaterThan(0);
  await expectFigures(simulator, withRule);
  await expect(form.getByTestId("rule-prover_gas_price-warning")).toHaveCount(0);

  // A max fee below the bid: the bidder skips every request it did not skip for time, wins none,
  // and the rules say so at the gas price.
  const capped = { ...rule, maxFee: withRule.bid - 1n };
  await form.getByTestId("rule-max_fee").fill(capped.maxFee.toString());
  const none = replay(program.latest, market, prover, price, capped);
  expect(none.won).toBe(0);
  expect(none.aboveMaxFee).toBe(none.considered - none.tooShort);
  await expectFigures(simulator, none);
  await expect(form.getByTestId("rule-prover_gas_price-warning")).toContainText(
    `would have won none of the last ${none.considered} requests`,
  );
  await form.getByTestId("rule-max_fee").fill(rule.maxFee.toString());
  await expect(form.getByTestId("rule-prover_gas_price-warning")).toHaveCount(0);
});

for (const look of [LOOKS[0], LOOKS[1], LOOKS[2]]) {
  test(`the fee simulator with figures and chart, ${look.name}`, async ({ page, wallet, chain, indexer }, testInfo) => {
    await indexer.caughtUp();
    const program = busiestProgram(await marketFromChain(chain, DEPLOYER), getAddress(DEPLOYER), 100);
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    const simulator = await openSimulator(page, wallet);
    await simulator.getByTestId("simulator-program").selectOption(program.vk);
    await simulator.getByTestId("simulator-cycles").fill(CYCLES.toString());
    await simulator.getByTestId("simulator-price").fill(middlePrice(program.latest).toString());
    await expect(simulator.getByTestId("simulator-result")).toBeVisible();
    await expect(simulator.locator(".recharts-line")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the simulator wider than the screen").toBeLessThanOrEqual(0);
    const card = simulator.locator("xpath=ancestor::section[1]");
    const shot = await card.screenshot({ path: `test-results/shots/fee-simulator-${look.name}.png` });
    await testInfo.attach(`fee simulator ${look.name}`, { body: shot, contentType: "image/png" });
  });
}
