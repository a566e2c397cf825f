// As a submitter, I consent from my own wallet to submit for a prover; as that prover, I then
// register me from the console. Without consent the console says so and sends nothing; a
// registered submitter sees its prover's console read-only.
import { zeroAddress } from "viem";
import { brevisMarketAbi } from "../lib/contracts/generated";
import { ALICE, BOB, DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { openConsole } from "./flows/open-console";
import { MARKET, submitterOf } from "./support/prover-console";

test("a submitter consents from its own wallet, then the prover registers it", async ({ page, wallet, chain }) => {
  await wallet.use(BOB);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  const consent = page.getByTestId("consent-form");
  await consent.getByTestId("consent-prover").fill(DEPLOYER);
  await consent.getByTestId("consent-submit").click();
  await expect(consent.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect(
    await chain.client.readContract({
      address: MARKET,
      abi: brevisMarketAbi,
      functionName: "submitterConsent",
      args: [BOB],
    }),
  ).toBe(DEPLOYER);

  await wallet.use(DEPLOYER);
  const console_ = page.getByTestId("prover-console");
  const form = console_.getByTestId("register-form");
  await form.getByTestId("submitter-input").fill(BOB);
  await expect(form.locator('[data-ready="true"]')).toContainText("consented");
  await form.getByTestId("register-submitters").click();
  await expect(console_.getByTestId("submitter-list")).toContainText(BOB);
  expect(await submitterOf(chain, BOB)).toBe(DEPLOYER);
});

test("an address that has not consented cannot be registered, and the console says why", async ({ page, wallet }) => {
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("register-form");
  await form.getByTestId("submitter-input").fill(ALICE);
  await expect(form.getByTestId("submitter-candidates")).toContainText("has not consented");
  await expect(form.getByTestId("register-submitters")).toBeDisabled();
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
});

test("a registered submitter sees its prover's console read-only, with a note, and can leave it", async ({
  page,
  wallet,
  chain,
}) => {
  const [submitter] = await chain.client.readContract({
    address: MARKET,
    abi: brevisMarketAbi,
    functionName: "getSubmittersForProver",
    args: [DEPLOYER],
  });
  expect(submitter, "the seed registers a submitter for the dev prover").toBeDefined();
  await wallet.use(submitter as `0x${string}`);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("submitter-note")).toContainText("need the prover's own key");
  const console_ = page.getByTestId("prover-console");
  await expect(console_).toHaveAttribute("data-prover", DEPLOYER);
  await expect(console_.getByTestId("claim-commission")).toHaveCount(0);
  await expect(console_.getByTestId("connect-as-prover").first()).toBeVisible();

  await page.getByTestId("leave-prover").click();
  await expect(page.getByTestId("console-onboarding")).toBeVisible();
  expect(await submitterOf(chain, submitter as `0x${string}`)).toBe(zeroAddress);
});
