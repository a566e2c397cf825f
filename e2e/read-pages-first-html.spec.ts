// As a visitor with JavaScript still loading, I already see the figures: the server renders them
// into the first HTML of the overview, the directory and a prover page, and each equals the
// chain read with the deployed contracts' semantics (vault assets vs vault + pending unstakes,
// stakers vs stake positions, the share price per whole share of the vault's own decimals,
// reliability counting overdue requests).

import type { Address } from "viem";
import { brevTokenAbi } from "../lib/contracts/generated";
import { LOCALE } from "../lib/format/locale";
import { MIN_APY_VAULT_TOKENS } from "../lib/provers/apy-rule";
import { expect, test } from "./fixtures";
import { networkFigures, proverFigures, retiredProvers } from "./support/chain-figures";
import { findByTestId } from "./support/html";
import { listedProvers } from "./support/staking";

const wei = (html: string, testId: string) => findByTestId(html, testId)?.attributes["data-wei"];

test("the first HTML of / holds the network's vault assets, its stakers and its stake positions, each as the chain counts it", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const network = await networkFigures(chain);
  expect(network.uniqueStakers, "the seed has stakers of several provers").toBeLessThan(Number(network.stakePositions));

  const html = await (await request.get("/")).text();
  expect(wei(html, "total-staked"), "vault assets: getTotalVaultAssets(false)").toBe(network.vaultAssets.toString());
  expect(findByTestId(html, "staker-count")?.text, "unique stakers").toBe(network.uniqueStakers.toLocaleString(LOCALE));
  expect(findByTestId(html, "stake-positions")?.text, "Σ per-prover staker counts").toBe(
    network.stakePositions.toLocaleString(LOCALE),
  );
});

test("the first HTML of /provers holds what each prover has in its vault, pending unstakes apart", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const provers = await listedProvers(chain, false);
  const figures = await Promise.all(provers.map((prover) => proverFigures(chain, prover)));
  expect(
    figures.some((figure) => figure.pending > 0n),
    "the seed leaves unstakes pending, so vault assets and total assets differ",
  ).toBe(true);

  const html = await (await request.get("/provers")).text();
  provers.forEach((prover, index) => {
    expect(wei(html, `stake-${prover.toLowerCase()}`), `vault totalAssets() of ${prover} on /provers`).toBe(
      figures[index]?.vaultAssets.toString(),
    );
  });
});

test("/provers shows a 30-day APY only for vaults the APY rule finds large enough, and says why elsewhere", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const provers = await listedProvers(chain, false);
  const figures = await Promise.all(provers.map((prover) => proverFigures(chain, prover)));
  const decimals = await chain.client.readContract({
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "decimals",
  });
  const least = MIN_APY_VAULT_TOKENS * 10n ** BigInt(decimals);
  const html = await (await request.get("/provers")).text();
  const apys = provers.map((prover, index) => ({
    prover,
    assets: figures[index]?.vaultAssets ?? 0n,
    cell: findByTestId(html, `apy30d-${prover.toLowerCase()}`),
  }));
  for (const { prover, assets, cell } of apys) {
    expect(cell, `an APY cell for ${prover}`).toBeDefined();
    if (assets < least) expect(cell?.attributes["data-withheld"], `${prover} holds ${assets}`).toBeDefined();
    if (cell?.attributes["data-withheld"] === undefined) expect(cell?.text).toMatch(/%$/);
    else expect(cell.attributes.title).toMatch(/^(The vault|Retired)/);
  }
  expect(
    apys.some(({ assets }) => assets < least),
    "the seed has vaults below the minimum",
  ).toBe(true);
  expect(
    apys.some(({ cell }) => cell?.attributes["data-withheld"] === undefined),
    "and vaults with a rate",
  ).toBe(true);
});

test("the first HTML of a prover page holds its stake, share price, stakers and reliability as the chain has them", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const provers = await listedProvers(chain, false);
  const figures = await Promise.all(
    provers.map(async (prover) => ({ prover, ...(await proverFigures(chain, prover)) })),
  );
  // A prover with unstakes pending and a request overdue, when the seed has one: the figures that changed meaning.
  const prover = (figures.find((figure) => figure.pending > 0n && figure.overdue > 0n) ??
    figures.find((figure) => figure.pending > 0n)) as (typeof figures)[number];
  expect(prover, "a prover with pending unstakes").toBeDefined();

  const page = await request.get(`/provers/${prover.prover}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  const where = `on /provers/${prover.prover}`;
  expect(wei(html, "prover-total-stake"), `getProverTotalAssets ${where}`).toBe(prover.totalAssets.toString());
  expect(wei(html, "prover-vault-assets"), `vault totalAssets() ${where}`).toBe(prover.vaultAssets.toString());
  expect(wei(html, "prover-pending-unstakes"), `getProverTotalUnstaking ${where}`).toBe(prover.pending.toString());
  expect(prover.vaultAssets + prover.pending).toBe(prover.totalAssets);
  expect(wei(html, "share-price"), `convertToAssets(10 ** decimals) ${where}`).toBe(prover.sharePrice.toString());
  expect(wei(html, "prover-self-stake"), `its own shares' worth ${where}`).toBe(prover.selfStake.toString());
  expect(findByTestId(html, "prover-stakers")?.text, `stakers ${where}`).toBe(prover.stakers.toString());
  expect(findByTestId(html, "prover-reliability")?.attributes["data-bps"], `reliability ${where}`).toBe(
    String(prover.reliabilityBps),
  );
});

test("a retired prover's page says it retired, keeps its history and offers no stake panel", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const [retired] = await retiredProvers(chain);
  expect(retired, "the seed retires a prover").toBeDefined();
  const page = await request.get(`/provers/${retired as Address}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(findByTestId(html, "retired-notice")?.text).toContain("This prover retired");
  expect(html).toContain(">Retired<");
  expect(wei(html, "prover-total-stake"), "nothing is staked with it").toBe("0");
  expect(findByTestId(html, "prover-apy30d")?.attributes["data-withheld"], "no APY for a retired prover").toBe(
    "retired",
  );
  expect(html).not.toContain("Loading the stake panel");
});

test("a prover URL that is not an address is a plain 404 page", async ({ request }) => {
  const response = await request.get("/provers/0xnot-an-address");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Nothing here.");
});

test("an address that is no prover's is a 404 page too, not a skeleton that never fills", async ({ request }) => {
  const response = await request.get("/provers/0x000000000000000000000000000000000000dEaD");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Nothing here.");
});
