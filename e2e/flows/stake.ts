// The stake specs' way to the panel: open a prover's page with a connected wallet.
import { expect, type Page } from "@playwright/test";
import type { Address } from "viem";
import type { Wallet } from "../fixtures/wallet";
import { connectWallet } from "./connect-wallet";

/** Opens the prover's page, connects through RainbowKit and waits for the panel to know the balance. */
export async function openStakePanel(page: Page, wallet: Wallet, prover: Address, balance: bigint) {
  await page.goto(`/provers/${prover}`);
  await connectWallet(page, wallet);
  const panel = page.getByTestId("stake-panel");
  await expect(panel.getByTestId("stake-balance")).toHaveAttribute("data-wei", balance.toString());
  return panel;
}
