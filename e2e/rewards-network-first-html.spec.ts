// As a staker deciding where to stake, I see in the first HTML of /rewards and /network the
// figures the contracts hold: the running epoch and its cap, what every epoch set, what is set
// but not yet paid into the vaults, and how concentrated the vaults' stake is.

import type { Address } from "viem";
import deployments from "../lib/contracts/deployments.json" with { type: "json" };
import { brevTokenAbi, epochRewardsAbi, proverVaultAbi } from "../lib/contracts/generated";
import { formatBps } from "../lib/format/percent";
import { gini, hhi, nakamotoCoefficient, topShareBps } from "../lib/math/decentralization";
import { MIN_APY_VAULT_TOKENS } from "../lib/provers/apy-rule";
import { expect, test } from "./fixtures";
import { findByTestId } from "./support/html";
import { listedProvers, vaultOf } from "./support/staking";

const rewards = { address: deployments["31337"].contracts.EpochRewards as Address, abi: epochRewardsAbi } as const;
const wei = (html: string, testId: string) => findByTestId(html, testId)?.attributes["data-wei"];
const provers = (count: number) => (count === 1 ? "1 prover" : `${count} provers`);

test("the first HTML of /rewards holds the running epoch, its cap, every epoch's total and what is not yet distributed", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const { client } = chain;
  const [[epoch, , maxReward], last, registered] = await Promise.all([
    client.readContract({ ...rewards, functionName: "getCurrentEpochInfo" }),
    client.readContract({ ...rewards, functionName: "lastUpdatedEpoch" }),
    listedProvers(chain, false),
  ]);
  expect(last, "the seed sets rewards for several epochs").toBeGreaterThan(1);
  const epochs = Array.from({ length: last }, (_, index) => index + 1);
  const [allTime, perEpoch, latestTotal] = await Promise.all([
    client.readContract({ ...rewards, functionName: "getTotalRewardsForEpochRange", args: [1, last] }),
    Promise.all(
      epochs.map((n) =>
        client.readContract({ ...rewards, functionName: "getBatchProverRewards", args: [n, registered] }),
      ),
    ),
    client.readContract({ ...rewards, functionName: "epochTotalRewards", args: [last] }),
  ]);
  // Set and not distributed: every (epoch, registered prover) the contract still holds unpaid.
  const undistributed = perEpoch
    .flatMap(([amounts, distributed]) => amounts.filter((_, index) => !distributed[index]))
    .reduce((sum, amount) => sum + amount, 0n);
  expect(undistributed, "the seed leaves rewards of provers that were not Active undistributed").toBeGreaterThan(0n);

  const page = await request.get("/rewards");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(findByTestId(html, "current-epoch")?.text, "getCurrentEpochInfo().currentEpoch").toBe(String(epoch));
  expect(wei(html, "max-epoch-reward"), "getCurrentEpochInfo().maxEpochReward").toBe(maxReward.toString());
  expect(wei(html, "all-epochs-total"), "getTotalRewardsForEpochRange(1, lastUpdatedEpoch)").toBe(allTime.toString());
  expect(wei(html, "distribution-total"), `epochTotalRewards(${last})`).toBe(latestTotal.toString());
  expect(wei(html, "undistributed-total"), "Σ undistributed getBatchProverRewards").toBe(undistributed.toString());

  // The APY rule holds for the foundation APR too: no rate for a vault below its minimum size.
  const tokenDecimals = await client.readContract({
    address: chain.brevToken,
    abi: brevTokenAbi,
    functionName: "decimals",
  });
  const least = MIN_APY_VAULT_TOKENS * 10n ** BigInt(tokenDecimals);
  const assets = await Promise.all(
    registered.map(async (prover) => ({
      prover,
      held: await client.readContract({
        address: await vaultOf(chain, prover),
        abi: proverVaultAbi,
        functionName: "totalAssets",
      }),
    })),
  );
  const tiny = assets.filter(({ held }) => held > 0n && held < least);
  expect(tiny.length, "the seed has vaults below the APY rule's minimum").toBeGreaterThan(0);
  for (const { prover } of tiny) {
    const cell = findByTestId(html, `foundation-apr-${prover.toLowerCase()}`);
    expect(cell?.attributes["data-withheld"], `${prover}'s foundation APR is withheld`).toBeDefined();
  }
});

test("the first HTML of /network holds Nakamoto, HHI, Gini and the top-3 share of the vaults' stake as the chain holds it", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const registered = await listedProvers(chain, false);
  const stakes = await Promise.all(
    registered.map(async (prover) =>
      chain.client.readContract({
        address: await vaultOf(chain, prover),
        abi: proverVaultAbi,
        functionName: "totalAssets",
      }),
    ),
  );
  const page = await request.get("/network");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(findByTestId(html, "nakamoto33")?.text).toBe(provers(nakamotoCoefficient(stakes, 3_333n)));
  expect(findByTestId(html, "hhi")?.text).toBe(formatBps(hhi(stakes)));
  expect(findByTestId(html, "gini")?.text).toBe(formatBps(gini(stakes)));
  expect(findByTestId(html, "top3")?.text).toBe(formatBps(topShareBps(stakes, 3)));
  expect(html, "the commission-change feed is in the first HTML").toContain('data-testid="commission-feed"');
  expect(html, "where new stake helps").toContain('data-testid="suggested-provers"');
});
