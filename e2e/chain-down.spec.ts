// As a visitor while the chain's RPC is down, the overview and the directory still show the
// indexer's figures, with a notice that they come from the indexer as of its last block and
// may be out of date, instead of an error page. A second production server (`npm run serve`) of the same build reads
// the run's indexer but an RPC port nobody listens on.
import { stakingControllerAbi } from "../lib/contracts/generated";
import { freePort } from "../scripts/lib/ports.mjs";
import { expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { type App, startApp } from "./harness/app-server";
import { proverFigures } from "./support/chain-figures";
import { findByTestId } from "./support/html";
import { listedProvers } from "./support/staking";

let app: App | undefined;

test.beforeAll(async ({ runEnv }) => {
  test.skip(!runEnv.indexerUrl, "No indexer runs against this fork (it is not our devnet).");
  const deadRpc = `http://127.0.0.1:${await freePort()}`;
  app = await startApp({ rpcUrl: deadRpc, chainId: runEnv.chainId, indexerUrl: runEnv.indexerUrl }, () => {});
});

test.afterAll(async () => {
  await app?.service.stop();
});

const NOTICE =
  /^Live chain data is unavailable; these figures come from the indexer as of block (\d+) and may be out of date\.$/;

test("the overview and the directory show the indexer's stakes and say they may be stale", async ({
  page,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const base = (app as App).url;
  const head = await chain.blockNumber();
  const controller = { address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi } as const;
  const [provers, totalStaked] = await Promise.all([
    listedProvers(chain, false),
    chain.client.readContract({ ...controller, functionName: "getTotalVaultAssets", args: [false] }),
  ]);

  const overview = await page.goto(`${base}/`);
  expect(overview?.status()).toBe(200);
  const notice = page.getByTestId("stale-data");
  await expect(notice).toHaveText(NOTICE);
  expect(NOTICE.exec((await notice.textContent()) ?? "")?.[1], "the indexer's last block").toBe(head.toString());
  await expect(page.getByTestId("total-staked")).toHaveAttribute("data-wei", totalStaked.toString());
  await expect(page.getByTestId("block-number")).toHaveText(head.toString());

  const directory = await page.goto(`${base}/provers`);
  expect(directory?.status()).toBe(200);
  await expect(page.getByTestId("stale-data")).toHaveText(NOTICE);
  const [first] = provers;
  const { vaultAssets } = await proverFigures(chain, first as `0x${string}`);
  await expect(page.getByTestId(`stake-${first?.toLowerCase()}`)).toHaveAttribute("data-wei", vaultAssets.toString());
});

test("with the chain up, the run's own app shows no such notice", async ({ request, indexer }) => {
  await indexer.caughtUp();
  for (const path of ["/", "/provers"]) {
    const html = await (await request.get(path)).text();
    expect(findByTestId(html, "stale-data"), `no notice on ${path}`).toBeUndefined();
  }
});
