// As a visitor with JavaScript still loading, I already see the live chain: the server
// renders the block number, the BREV supply and our contract addresses into the first HTML.

import { BOB, expect, test } from "./fixtures";
import { findByTestId } from "./support/html";

test("the first HTML of the overview holds the chain's current block number, BREV supply and addresses", async ({
  request,
  chain,
}) => {
  // Move the chain first, so a page rendered at build time or cached could not match.
  await chain.fund(BOB, { brev: 1_000n * 10n ** 18n });
  await chain.mine(3);
  const [head, supply] = [await chain.blockNumber(), await chain.readBrevTotalSupply()];
  expect(head).toBeGreaterThan(chain.forkBlock);

  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();

  expect(findByTestId(html, "block-number")?.text, "block number in the first HTML").toBe(head.toString());
  expect(findByTestId(html, "brev-total-supply")?.attributes["data-wei"], "BREV supply in the first HTML").toBe(
    supply.toString(),
  );
  expect(findByTestId(html, "address-BrevToken")?.text, "BREV token address in the first HTML").toBe(chain.brevToken);
});
