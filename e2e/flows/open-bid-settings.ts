// A prover's (or submitter's) way to its bid settings: the wallet on the account, the tab,
// connect through RainbowKit, sign in with the wallet, and wait for the editor.
import { expect, type Locator, type Page } from "@playwright/test";
import type { Address } from "viem";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

export async function openBidSettings(page: Page, wallet: Wallet, account: Address): Promise<Locator> {
  await wallet.use(account);
  await page.goto("/prover/bid-settings");
  await connectWallet(page, wallet);
  await signInToBidSettings(page);
  return page.getByTestId("rule-form");
}

/** Clicks "Sign in with your wallet" (the wallet signs) and waits for the editor. */
export async function signInToBidSettings(page: Page): Promise<void> {
  await page.getByTestId("bid-sign-in-button").click();
  await expect(page.getByTestId("bid-session")).toBeVisible();
  await expect(page.getByTestId("rule-form")).toBeVisible();
}
