// As a staker on a day the indexer is down, my portfolio still shows my positions from the
// chain and lets me unstake; the panels that need the indexer say they are unavailable.
import { readFile } from "node:fs/promises";
import { parseEther } from "viem";
import { ALICE, DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { positionCard } from "./flows/open-portfolio";
import { startAppWithoutIndexer } from "./support/app-without-indexer";
import { activeProver, sharesOf, stakeAs } from "./support/staking";

function referenceIn(text: string): string {
  const reference = /\(reference ([0-9a-f]{12})\)/.exec(text)?.[1];
  expect(reference, `a reference in ${JSON.stringify(text)}`).toBeDefined();
  return reference ?? "";
}

/** The server logged one JSON line under this reference, with the internal URL that failed. */
async function expectLogged(logFile: string, reference: string, upstream: string) {
  await expect
    .poll(async () => {
      const lines = (await readFile(logFile, "utf8")).split("\n").filter((line) => line.includes(reference));
      return lines.map((line) => JSON.parse(line.slice(line.indexOf("{"))) as Record<string, unknown>);
    })
    .toEqual([expect.objectContaining({ requestId: reference, upstream: expect.stringContaining(upstream) })]);
}

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
    const unavailable = page.getByTestId("history-unavailable");
    await expect(unavailable).toContainText("Earnings and history are unavailable.");
    await expect(page.getByTestId("history-row")).toHaveCount(0);
    // The server's own address for its indexer is no visitor's business: they get a sentence and
    // a reference, and the server's log has the URL under that reference.
    const shown = (await unavailable.textContent()) ?? "";
    expect(shown).toContain("The indexer did not answer.");
    expect(await page.content()).not.toContain(app.indexerUrl);
    expect(shown).not.toMatch(/\bat \S+ \(|ECONNREFUSED|127\.0\.0\.1/);
    await expectLogged(app.logFile, referenceIn(shown), app.indexerUrl);

    const csv = await page.request.get(`${app.url}/portfolio/history.csv?address=${ALICE}`);
    expect(csv.status()).toBe(503);
    const text = await csv.text();
    expect(text).toContain("History is unavailable");
    expect(text).not.toContain(app.indexerUrl);
    await expectLogged(app.logFile, referenceIn(text), app.indexerUrl);
  } finally {
    await app.stop();
  }
});
