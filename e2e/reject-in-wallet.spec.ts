// As a holder who changes their mind, I reject the transfer in my wallet: the page tells
// me so in words, and nothing reaches the chain.
import { parseEther } from "viem";
import { ALICE, BOB, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";

test("rejecting the transfer in the wallet shows a readable message and sends nothing", async ({
  page,
  wallet,
  chain,
}) => {
  await chain.fund(ALICE, { brev: parseEther("100") });
  const nonceBefore = await chain.nonce(ALICE);
  const [aliceBefore, bobBefore] = [await chain.readBrevBalance(ALICE), await chain.readBrevBalance(BOB)];

  await page.goto("/");
  await connectWallet(page, wallet);
  await page.getByLabel("Recipient").fill(BOB);
  await page.getByLabel("Amount").fill("5");
  wallet.rejectNext();
  await page.getByRole("button", { name: "Send BREV", exact: true }).click();

  await expect(page.getByTestId("tx-status")).toContainText(/rejected/i);
  expect(wallet.requestCount("eth_sendTransaction"), "the wallet was asked exactly once").toBe(1);
  expect(await chain.nonce(ALICE), "no transaction was sent").toBe(nonceBefore);
  expect(await chain.readBrevBalance(ALICE)).toBe(aliceBefore);
  expect(await chain.readBrevBalance(BOB)).toBe(bobBefore);
  await expect(
    page.getByRole("button", { name: "Send BREV", exact: true }),
    "the form can be used again",
  ).toBeEnabled();
});
