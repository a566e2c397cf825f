// A prover's way to its console: the wallet on the prover's account, /prover, connect through
// RainbowKit, and wait until the live console (one chain read) is on screen.
import { expect, type Locator, type Page } from "@playwright/test";
import type { Address } from "viem";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

export async function openConsole(page: Page, wallet: Wallet, account: Address): Promise<Locator> {
  await wallet.use(account);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  const console_ = page.getByTestId("prover-console");
  await expect(console_.getByTestId("console-health")).toBeVisible();
  return console_;
}
