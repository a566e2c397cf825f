// As a prover, I top up my own stake from the console: an exact approval, then the stake, and
// my vault holds exactly what left my wallet. What I type wrong is said in words next to the
// field, stays in the field, and sends nothing.
import { parseEther } from "viem";
import { proverVaultAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { openConsole } from "./flows/open-console";
import { approveStaking, sharesOf, stakeAllowance, vaultOf } from "./support/staking";

async function vaultAssets(chain: Chain) {
  const vault = await vaultOf(chain, DEPLOYER);
  return chain.client.readContract({ address: vault, abi: proverVaultAbi, functionName: "totalAssets" });
}

test("a top-up approves exactly the amount, stakes it, and the vault holds what left the wallet", async ({
  page,
  wallet,
  chain,
}) => {
  await chain.fund(DEPLOYER, { brev: parseEther("500") });
  // No allowance left over from the seed: the console must ask for the approval itself.
  await approveStaking(chain, DEPLOYER, 0n);
  const balanceBefore = await chain.readBrevBalance(DEPLOYER);
  const assetsBefore = await vaultAssets(chain);
  const sharesBefore = await sharesOf(chain, DEPLOYER, DEPLOYER);

  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("top-up-form");
  await form.getByTestId("top-up-amount").fill("250");
  const submit = form.getByTestId("top-up-submit");
  await expect(submit).toHaveText("Approve 250 BREV");
  await submit.click();
  await expect(submit).toHaveText("Top up");
  expect(await stakeAllowance(chain, DEPLOYER), "the approval is exactly the top-up").toBe(parseEther("250"));

  await submit.click();
  await expect(form.getByTestId("top-up-amount")).toHaveValue("");
  await expect(form.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect(wallet.requestCount("eth_sendTransaction"), "an approval and a stake").toBe(2);
  expect(await chain.readBrevBalance(DEPLOYER)).toBe(balanceBefore - parseEther("250"));
  expect(await vaultAssets(chain)).toBe(assetsBefore + parseEther("250"));
  expect(await sharesOf(chain, DEPLOYER, DEPLOYER)).toBeGreaterThan(sharesBefore);
  expect(await stakeAllowance(chain, DEPLOYER), "nothing of the approval is left").toBe(0n);
});

test("bad top-up amounts are refused in words next to the field, kept, and send nothing", async ({
  page,
  wallet,
  chain,
}) => {
  await chain.fund(DEPLOYER, { brev: parseEther("10") });
  const held = await chain.readBrevBalance(DEPLOYER);
  const nonceBefore = await chain.nonce(DEPLOYER);
  const assetsBefore = await vaultAssets(chain);
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("top-up-form");
  const field = form.getByTestId("top-up-amount");
  const submit = form.getByTestId("top-up-submit");

  await submit.click();
  await expect(form.getByTestId("top-up-error")).toHaveText("Enter an amount.");

  const cases: [string, string | RegExp][] = [
    ["0", "The amount must be more than zero."],
    ["ten", "The amount must be a number, like 12.5."],
    ["1.0000000000000000001", "The amount has more than 18 decimal places."],
    // One wei more than the wallet holds, written out in full.
    [
      `${(held + 1n) / 10n ** 18n}.${((held + 1n) % 10n ** 18n).toString().padStart(18, "0")}`,
      /^Your wallet holds only /,
    ],
  ];
  for (const [typed, words] of cases) {
    await field.fill(typed);
    await submit.click();
    await expect(form.getByTestId("top-up-error"), typed).toHaveText(words);
    await expect(field, "the value stays for correcting").toHaveValue(typed);
  }

  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  expect(await chain.nonce(DEPLOYER)).toBe(nonceBefore);
  expect(await vaultAssets(chain)).toBe(assetsBefore);
  expect(await chain.readBrevBalance(DEPLOYER)).toBe(held);
});
