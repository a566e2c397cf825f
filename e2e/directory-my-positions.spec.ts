// As a staker, the directory shows me where my stake is: once my wallet is connected the rows
// of the provers I hold shares in are highlighted with my stake, also after a reload (the
// server reads the connection from wagmi's cookie); once I disconnect, and for a visitor
// without a wallet, none is.
import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { stakingControllerAddress } from "./fixtures/contracts";
import { connectWallet } from "./flows/connect-wallet";

/** The directory's rows as the page lists them: each prover's address and whether it is highlighted. */
async function rows(page: Page) {
  const row = page.getByTestId("prover-row");
  await expect(row.first()).toBeVisible();
  return row.evaluateAll((elements) =>
    elements.map((element) => ({
      prover: element.getAttribute("data-address") as string,
      mine: element.querySelector('[data-testid="my-position"]') !== null,
    })),
  );
}

/** The provers among `provers` in whose vault `staker` holds shares, read from the chain. */
async function stakedWith(chain: Chain, staker: Address, provers: string[]) {
  const controller = { address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi } as const;
  const shares = await Promise.all(
    provers.map((prover) =>
      chain.client.readContract({ ...controller, functionName: "getStakeInfo", args: [prover as Address, staker] }),
    ),
  );
  return provers.filter((_, index) => (shares[index] ?? 0n) > 0n);
}

test("the deployer's stakes are highlighted once connected, after a reload too, and no longer once disconnected", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  wallet.use(DEPLOYER);
  await page.goto("/provers");
  const before = await rows(page);
  expect(
    before.filter((row) => row.mine),
    "nothing is highlighted without a wallet",
  ).toEqual([]);
  const staked = await stakedWith(
    chain,
    DEPLOYER,
    before.map((row) => row.prover),
  );
  expect(staked.length, "the seeded deployer stakes with provers on the first page").toBeGreaterThan(0);

  await connectWallet(page, wallet);
  await expect(page.getByTestId("my-position")).toHaveCount(staked.length);
  const after = await rows(page);
  expect(after.filter((row) => row.mine).map((row) => row.prover)).toEqual(staked);
  await expect(page.getByTestId("my-position").first()).toContainText(/You stake [\d.,]+[kKMB]? BREV/);

  await page.reload();
  await expect(page.getByTestId("my-position"), "the first HTML after a reload").toHaveCount(staked.length);
  await expect(
    page.getByRole("banner").getByRole("button", { name: "Connect Wallet" }),
    "wagmi reconnected from its cookie",
  ).toHaveCount(0);
  const html = await (await page.request.get("/provers")).text();
  expect(html.split('data-testid="my-position"').length - 1, "the server rendered the highlight").toBe(staked.length);

  await page.getByRole("banner").getByTestId("rk-account-button").click();
  await page.getByRole("dialog").getByTestId("rk-disconnect-button").click();
  await expect(page.getByTestId("my-position"), "disconnected: no highlight").toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("button", { name: "Connect Wallet" })).toBeVisible();
});

test("a visitor without a wallet sees no highlighted rows", async ({ page, indexer }) => {
  await indexer.caughtUp();
  await page.goto("/provers");
  await expect(page.getByTestId("prover-row").first()).toBeVisible();
  await expect(page.getByTestId("my-position")).toHaveCount(0);
});
