// As an operator joining or renaming my prover, I am told in words what is wrong before anything
// is sent: a name over the contract's 128 bytes, too little BREV, the wrong network; and when I
// reject in my wallet, what I typed is still there.
import { parseEther } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import {
  currentStep,
  freshAccount,
  fundNewcomer,
  joinAllowance,
  openJoinWizard,
  proverInfo,
} from "./flows/prover-join";

test("a name over 128 bytes of multi-byte characters is refused in words before sending", async ({
  page,
  wallet,
  chain,
}) => {
  const [, , , , , , nameBefore] = await proverInfo(chain, DEPLOYER);
  const wizard = await openJoinWizard(page, wallet, DEPLOYER, { profile: true });
  const name = wizard.getByLabel("Name");
  await expect(name, "the editor starts from the name on chain").toHaveValue(nameBefore);

  // 43 euro signs: 43 characters, 129 bytes in UTF-8, as the contract counts them.
  await name.fill("€".repeat(43));
  await expect(wizard.getByTestId("profile-name-bytes")).toHaveText("129 / 128 bytes");
  await expect(wizard.getByTestId("profile-name-error")).toHaveText(
    "The name is 129 bytes; the network allows at most 128. Letters such as é count 2 bytes, € 3 and most emoji 4: shorten it by 1 byte.",
  );
  await wizard.getByRole("button", { name: "Save profile" }).click();
  await expect(wizard.getByTestId("profile-name-error")).toBeVisible();
  expect(wallet.requestCount("eth_sendTransaction"), "nothing was sent").toBe(0);

  await name.fill("€".repeat(42));
  await expect(wizard.getByTestId("profile-name-bytes")).toHaveText("126 / 128 bytes");
  await expect(wizard.getByTestId("profile-name-error")).toHaveCount(0);
  const [, , , , , , nameAfter] = await proverInfo(chain, DEPLOYER);
  expect(nameAfter).toBe(nameBefore);
});

test("rejecting in the wallet says so and keeps what was typed", async ({ page, wallet, chain }) => {
  const nonce = await chain.nonce(DEPLOYER);
  const wizard = await openJoinWizard(page, wallet, DEPLOYER, { profile: true });
  await wizard.getByLabel("Name").fill("Renamed Prover");
  await wizard.getByLabel(/Icon URL/).fill("/provers/helios.svg");

  wallet.rejectNext();
  await wizard.getByRole("button", { name: "Save profile" }).click();
  await expect(wizard.getByTestId("tx-status")).toHaveText(
    "You rejected the request in your wallet. Nothing was sent.",
  );
  await expect(wizard.getByLabel("Name")).toHaveValue("Renamed Prover");
  await expect(wizard.getByLabel(/Icon URL/)).toHaveValue("/provers/helios.svg");
  await expect(wizard.getByRole("button", { name: "Save profile" })).toBeEnabled();
  expect(await chain.nonce(DEPLOYER), "no transaction was sent").toBe(nonce);
});

test("an account short of BREV is told how much is missing, and cannot start", async ({ page, wallet, chain }) => {
  const account = freshAccount("short");
  await fundNewcomer(chain, account, parseEther("400"));
  const wizard = await openJoinWizard(page, wallet, account);
  await expect(wizard.getByTestId("join-blocked")).toHaveText(
    "Joining stakes 1,000 BREV of your own and this account holds 400 BREV: 600 BREV missing. Add BREV to this account, then come back: the wizard resumes here.",
  );
  await expect(wizard.getByRole("button", { name: /^Approve / })).toBeDisabled();
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("on another network a switch prompt replaces the step's button and nothing is sent", async ({
  page,
  wallet,
  chain,
}) => {
  const account = freshAccount("wrong-chain");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  const approve = wizard.getByRole("button", { name: /^Approve / });
  await expect(approve).toBeEnabled();

  await wallet.useChain(1);
  await expect(wizard.getByTestId("wrong-chain")).toContainText("Your wallet is on another network.");
  await expect(approve).toHaveCount(0);
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  expect(await joinAllowance(chain, account)).toBe(0n);

  await wizard.getByRole("button", { name: "Switch to ProverNet Devnet" }).click();
  await expect(approve).toBeEnabled();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-approve");
});

test("a hostile name and icon URL typed into the editor preview as text, and nothing they name is loaded", async ({
  page,
  wallet,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  const wizard = await openJoinWizard(page, wallet, DEPLOYER, { profile: true });
  const name = `<img src=x onerror="window.__pwned=1"><b>Bold</b>`;
  await wizard.getByLabel("Name").fill(name);
  await wizard.getByLabel(/Icon URL/).fill("javascript:window.__pwned=2");

  const preview = wizard.getByTestId("profile-preview");
  await expect(preview.getByTestId("profile-preview-name")).toHaveText(name);
  await expect(preview.locator("b, img")).toHaveCount(0);
  await expect(preview.getByTestId("profile-preview-icon-note")).toHaveText(
    "This URL will not be loaded: only https: and ipfs: icons are shown, so your initials appear instead.",
  );
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(requested.filter((url) => url.startsWith("javascript:") || url.endsWith("/x"))).toEqual([]);
});

test("a join made behind the page's back is refused in words, and the wizard moves on to the profile", async ({
  page,
  wallet,
  chain,
}) => {
  const account = freshAccount("behind-the-back");
  await fundNewcomer(chain, account);
  const wizard = await openJoinWizard(page, wallet, account);
  await wizard.getByRole("button", { name: /^Approve / }).click();
  await expect(currentStep(wizard)).toHaveAttribute("data-testid", "join-step-initialize");

  // The same account joins from elsewhere (the operator CLI, another tab) while the page waits.
  await chain.receipt(
    await chain.client.writeContract({
      account,
      chain: chain.client.chain,
      address: stakingControllerAddress(chain.chainId),
      abi: stakingControllerAbi,
      functionName: "initializeProver",
      args: [700n],
    }),
  );
  await wizard.getByLabel("Default commission rate (%)").fill("10");
  await wizard.getByRole("button", { name: "Join as a prover" }).click();

  await expect(page.getByTestId("toast").filter({ hasText: "Joining failed." })).toContainText(
    "This account is already a prover.",
  );
  await expect(currentStep(wizard), "the wizard read the chain again").toHaveAttribute(
    "data-testid",
    "join-step-profile",
  );
  expect(wallet.requestCount("eth_sendTransaction"), "only the approval was sent from the page").toBe(1);
  const [, , commission] = await proverInfo(chain, account);
  expect(commission, "the rate set elsewhere stands").toBe(700n);
});
