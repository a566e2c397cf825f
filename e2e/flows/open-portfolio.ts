// The staker's way to their portfolio: open /portfolio, connect through RainbowKit, and wait
// until the live positions (one chain read) are on screen.
import { expect, type Locator, type Page } from "@playwright/test";
import type { Address } from "viem";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

export async function openPortfolio(page: Page, wallet: Wallet): Promise<void> {
  await page.goto("/portfolio");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("total-value")).toBeVisible();
}

/** The card of one position, by prover. */
export const positionCard = (page: Page, prover: Address): Locator =>
  page.locator(`[data-testid="position"][data-prover="${prover}"]`);
