// As a staker on a day the indexer is down, my portfolio still shows my positions from the
// chain and lets me unstake; the panels that need the indexer say they are unavailable.
import { parseEther } from "viem";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { positionCard } from "./flows/open-portfolio";
import { startAppWithoutIndexer } from "./support/app-without-indexer";
import { activeProver, sharesOf, stakeAs } from "./support/staking";

test("with the indexer down, positions come from the chain and history says it is unavailable", async ({
  page,
  wallet,
  chain,
}) => {
  test.setTimeout(90_000);
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, ALICE, prover, parseEther("30"));
  const app = await startAppWithoutIndexer(chain.rpcUrl);
  try {
    await page.goto(`${app.url}/portfolio`);
    await connectWallet(page, wallet);

    const card = positionCard(page, prover);
    await expect(card.getByTestId("position-shares")).toHaveAttribute(
      "data-shares",
      String(await sharesOf(chain, prover, ALICE)),
    );
    await expect(card.getByRole("button", { name: "Request unstake" })).toBeEnabled();
    await expect(page.getByTestId("history-unavailable")).toContainText("Earnings and history are unavailable.");
    await expect(page.getByTestId("history-row")).toHaveCount(0);
    // The server's own address for its indexer is no visitor's business.
    expect(await page.content()).not.toContain(app.indexerUrl);

    const csv = await page.request.get(`${app.url}/portfolio/history.csv?address=${ALICE}`);
    expect(csv.status()).toBe(503);
    const text = await csv.text();
    expect(text).toContain("History is unavailable");
    expect(text).not.toContain(app.indexerUrl);
  } finally {
    await app.stop();
  }
});
