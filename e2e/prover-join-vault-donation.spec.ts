// As an operator about to join, I am warned in words when someone has already sent BREV to the
// address my vault will have: it changes the shares my self-stake buys, and a large enough amount
// takes part or all of it.
import { parseEther } from "viem";
import { brevTokenAbi } from "../lib/contracts/generated";
import { BOB, expect, test } from "./fixtures";
import { freshAccount, fundNewcomer, openJoinWizard, predictedVault } from "./flows/prover-join";

test("BREV sent to a newcomer's predicted vault address is shown with what joining would lose", async ({
  page,
  wallet,
  chain,
}, testInfo) => {
  const account = freshAccount("donated-vault");
  await fundNewcomer(chain, account);
  const predicted = await predictedVault(chain, account);
  const donation = parseEther("600");
  await chain.fund(BOB, { brev: donation });
  await chain.receipt(
    await chain.client.writeContract({
      address: chain.brevToken,
      abi: brevTokenAbi,
      account: BOB,
      chain: chain.client.chain,
      functionName: "transfer",
      args: [predicted, donation],
    }),
  );

  const wizard = await openJoinWizard(page, wallet, account);
  const warning = wizard.getByTestId("join-vault-donation");
  await expect(warning).toHaveAttribute("data-donated", donation.toString());
  // 1,000 BREV into a vault already holding 600: one share-wei, worth half of 1,600 BREV.
  await expect(warning).toContainText("600 BREV was already sent to your vault's address before the vault exists.");
  await expect(warning).toContainText(
    "joining now would give you 0.000000000000000001 shares worth 800 BREV for your 1,000 BREV: you would lose 200 BREV",
  );
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  // For a person to look at: the warning above the steps.
  const shot = await page.screenshot({ path: "test-results/shots/join-vault-donation-light.png", fullPage: true });
  await testInfo.attach("join-vault-donation-light", { body: shot, contentType: "image/png" });
});

test("a newcomer whose vault address holds nothing sees no warning", async ({ page, wallet, chain }) => {
  const account = freshAccount("clean-vault");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await expect(wizard.getByTestId("join-cost-approve")).toHaveAttribute("data-gas", /^[1-9]\d*$/);
  await expect(wizard.getByTestId("join-vault-donation")).toHaveCount(0);
});
