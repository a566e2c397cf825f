// As a staker, I open my portfolio and see every position exactly as the chain holds it,
// with one or two RPC requests from my browser; the server already put my history into
// the first HTML, before any JavaScript.
import { getAddress, parseEther } from "viem";
import { proverVaultAbi } from "../lib/contracts/generated";
import { formatTokenFull } from "../lib/format/token";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { openPortfolio, positionCard } from "./flows/open-portfolio";
import { findByTestId } from "./support/html";
import {
  activeProver,
  pendingUnstakes,
  portfolioOf,
  requestUnstakeAs,
  shareDecimalsOf,
  sharesOf,
  slashAs,
  stakeAs,
  unstakingInfo,
  vaultOf,
} from "./support/staking";

test("the positions shown are the chain's, for a staker and after switching to a prover's account", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("100"));

  await openPortfolio(page, wallet);
  for (const account of [ALICE, DEPLOYER]) {
    if (account !== ALICE) await wallet.use(account);
    const portfolio = await portfolioOf(chain, account);
    expect(portfolio.stakes.length, `${account} holds positions on chain`).toBeGreaterThan(0);
    await expect(page.getByTestId("total-value")).toHaveAttribute("data-wei", portfolio.totalValue.toString());
    await expect(page.getByTestId("position")).toHaveCount(portfolio.stakes.length);
    for (const stake of portfolio.stakes) {
      const vault = await vaultOf(chain, stake.prover);
      const shares = await sharesOf(chain, stake.prover, account);
      const value = await chain.client.readContract({
        address: vault,
        abi: proverVaultAbi,
        functionName: "convertToAssets",
        args: [shares],
      });
      const card = positionCard(page, stake.prover);
      await expect(card.getByTestId("position-shares")).toHaveAttribute("data-shares", shares.toString());
      // Shown in whole shares of the vault's own decimals.
      await expect(card.getByTestId("position-shares")).toHaveAttribute(
        "title",
        `${formatTokenFull(shares, { decimals: await shareDecimalsOf(chain, stake.prover) })} shares`,
      );
      await expect(card.getByTestId("position-value")).toHaveAttribute("data-wei", value.toString());
      await expect(card.getByTestId("position-unstaking")).toHaveAttribute("data-wei", stake.totalUnstaking.toString());
    }
    // The server part followed the wallet's account (wagmi's cookie), without a reload by the user.
    await expect(page.getByTestId("portfolio-account")).toHaveText(getAddress(account));
  }
});

test("a pending unstake shows what it pays after its prover was slashed, as the controller values it", async ({
  page,
  wallet,
  chain,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("100"));
  await requestUnstakeAs(chain, ALICE, prover, (await sharesOf(chain, prover, ALICE)) / 2n);
  const [request] = await pendingUnstakes(chain, prover, ALICE);
  await slashAs(chain, prover, 1_000n);
  const [unstaking] = await unstakingInfo(chain, prover, ALICE);
  expect(unstaking, "the slash reached the pending request").toBeLessThan(request?.amount ?? 0n);

  await openPortfolio(page, wallet);
  const card = positionCard(page, prover);
  await expect(card.getByTestId("pending-request")).toHaveAttribute("data-amount", unstaking.toString());
  await expect(card.getByTestId("position-unstaking")).toHaveAttribute("data-wei", unstaking.toString());
});

test("loading /portfolio for a connected staker costs at most 2 RPC requests from the browser", async ({
  page,
  wallet,
  chain,
  rpcTraffic,
}, testInfo) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("50"));
  await openPortfolio(page, wallet);

  rpcTraffic.clear();
  await page.reload();
  await expect(positionCard(page, prover).getByTestId("position-value")).toBeVisible();
  // Let any late read (a refetch, a second batch) show up before counting.
  await page.waitForTimeout(2_000);
  const figure = `${rpcTraffic.requests.length} HTTP requests, ${rpcTraffic.callCount()} JSON-RPC calls (${rpcTraffic.requests
    .map((r) => r.methods.join("+"))
    .join(", ")})`;
  testInfo.annotations.push({ type: "rpc-requests", description: figure });
  console.log(`/portfolio load: ${figure}`);
  expect(rpcTraffic.requests.length, figure).toBeGreaterThan(0);
  expect(rpcTraffic.requests.length, figure).toBeLessThanOrEqual(2);
});

test("the first HTML of /portfolio already holds the connected account's history from the indexer", async ({
  page,
  wallet,
  request,
  chain,
  indexer,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  const staked = parseEther("80");
  await stakeAs(chain, ALICE, prover, staked);
  const shares = await sharesOf(chain, prover, ALICE);
  await requestUnstakeAs(chain, ALICE, prover, shares / 4n);
  await indexer.caughtUp();
  // The cookie wagmi wrote when the wallet connected, sent by a client that runs no JavaScript.
  await openPortfolio(page, wallet);
  const cookie = (await page.context().cookies()).find((entry) => entry.name === "wagmi.store");
  expect(cookie, "wagmi keeps the connection in a cookie").toBeDefined();

  const response = await request.get("/portfolio", { headers: { cookie: `wagmi.store=${cookie?.value}` } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(findByTestId(html, "portfolio-account")?.text).toBe(ALICE);
  const history = (await (await fetch(`${indexer.url}/v1/stakers/${ALICE}/history?limit=20`)).json()) as {
    total: number;
    items: { kind: string; amount: string }[];
  };
  const rows = [...html.matchAll(/data-testid="history-row" data-kind="([a-z_]+)" data-amount="(\d+)"/g)].map(
    ([, kind, amount]) => ({ kind, amount }),
  );
  expect(rows).toEqual(history.items.map(({ kind, amount }) => ({ kind, amount })));
  expect(rows).toContainEqual({ kind: "stake", amount: staked.toString() });
  expect(rows.map((row) => row.kind)).toContain("unstake_request");
  expect(findByTestId(html, "earnings-by-source")).toBeDefined();
  expect(findByTestId(html, "history-unavailable")).toBeUndefined();
});
