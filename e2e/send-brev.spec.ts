// As a BREV holder, I connect my wallet through the usual "Connect Wallet" dialog, see my
// balance and send BREV to someone; the chain, not just the screen, shows the transfer.
import { parseEther } from "viem";
import { ALICE, BOB, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";

test("a holder connects through RainbowKit, sees their BREV and sends 12.5 BREV to another account", async ({
  page,
  wallet,
  chain,
}) => {
  await chain.fund(ALICE, { brev: parseEther("100") });
  const aliceBefore = await chain.readBrevBalance(ALICE);
  const bobBefore = await chain.readBrevBalance(BOB);
  const sent = parseEther("12.5");

  await page.goto("/");
  await connectWallet(page, wallet);
  const balance = page.getByTestId("wallet-brev-balance");
  await expect(balance).toHaveAttribute("data-wei", aliceBefore.toString());

  await page.getByLabel("Recipient").fill(BOB);
  await page.getByLabel("Amount").fill("12.5");
  await page.getByRole("button", { name: "Send BREV", exact: true }).click();

  const status = page.getByTestId("tx-status");
  await expect(status).toContainText("Transaction confirmed.");
  const hash = (await status.getByTestId("tx-hash").textContent()) ?? "";
  expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
  const receipt = await chain.receipt(hash as `0x${string}`);
  expect(receipt.from.toLowerCase(), "sent by the connected account").toBe(ALICE.toLowerCase());

  expect(await chain.readBrevBalance(ALICE)).toBe(aliceBefore - sent);
  expect(await chain.readBrevBalance(BOB)).toBe(bobBefore + sent);
  // And the screen follows the chain.
  await expect(balance).toHaveAttribute("data-wei", (aliceBefore - sent).toString());
});
