// As a visitor with JavaScript still loading, I already see the history: the server renders
// the indexer's numbers into the first HTML of the overview, the directory and a prover page,
// and they agree with the chain.

import { stakingControllerAbi } from "../lib/contracts/generated";
import { expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { findByTestId } from "./support/html";

test("the first HTML of /, /provers and a prover page holds stake figures equal to the chain's", async ({
  request,
  chain,
  indexer,
}) => {
  await indexer.caughtUp();
  const controller = { address: stakingControllerAddress(chain.chainId), abi: stakingControllerAbi } as const;
  const [provers, totalStaked] = await Promise.all([
    chain.client.readContract({ ...controller, functionName: "getProvers", args: [false, 0n, 1_000n] }),
    chain.client.readContract({ ...controller, functionName: "getTotalVaultAssets", args: [false] }),
  ]);
  const stakes = await Promise.all(
    provers.map((prover) =>
      chain.client.readContract({ ...controller, functionName: "getProverTotalAssets", args: [prover] }),
    ),
  );

  const overview = await (await request.get("/")).text();
  expect(findByTestId(overview, "total-staked")?.attributes["data-wei"], "total staked on /").toBe(
    totalStaked.toString(),
  );

  const directory = await (await request.get("/provers")).text();
  provers.forEach((prover, index) => {
    const cell = findByTestId(directory, `stake-${prover.toLowerCase()}`);
    expect(cell?.attributes["data-wei"], `stake of ${prover} on /provers`).toBe(stakes[index]?.toString());
  });

  const [prover] = provers;
  const page = await request.get(`/provers/${prover}`);
  expect(page.status()).toBe(200);
  const detail = await page.text();
  expect(findByTestId(detail, "prover-total-stake")?.attributes["data-wei"], `stake on /provers/${prover}`).toBe(
    stakes[0]?.toString(),
  );
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
