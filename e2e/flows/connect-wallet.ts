// The user's way in: RainbowKit's own "Connect Wallet" modal, picking the test wallet that
// announced itself through EIP-6963. No shortcut through wagmi internals, so a broken
// modal or wallet discovery fails the specs.
import { expect, type Page } from "@playwright/test";
import { WALLET_INFO, type Wallet } from "../fixtures/wallet";

export async function connectWallet(page: Page, wallet: Wallet): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Connect Wallet" }).click();
  const modal = page.getByRole("dialog");
  await modal.getByRole("button", { name: WALLET_INFO.name }).click();
  await expect(modal).toBeHidden();
  expect(wallet.connected, "the wallet granted the page its account").toBe(true);
}
