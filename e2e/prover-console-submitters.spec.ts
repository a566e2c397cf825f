// As a submitter, I consent from my own wallet to submit for a prover; as that prover, I then
// register me from the console. Without consent the console says so and sends nothing; a
// registered submitter sees its prover's console read-only.
import { type Address, decodeFunctionData, type Hex, zeroAddress } from "viem";
import { brevisMarketAbi } from "../lib/contracts/generated";
import { ALICE, BOB, DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { connectWallet } from "./flows/connect-wallet";
import { openConsole } from "./flows/open-console";
import { consentOf, MARKET, seededSubmitter, submitterOf, submittersOf } from "./support/prover-console";

test("a submitter consents from its own wallet, then the prover registers it", async ({ page, wallet, chain }) => {
  await wallet.use(BOB);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  const consent = page.getByTestId("consent-form");
  await consent.getByTestId("consent-prover").fill(DEPLOYER);
  await consent.getByTestId("consent-submit").click();
  await expect(consent.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect(await consentOf(chain, BOB)).toBe(DEPLOYER);

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
  const submitter = await seededSubmitter(chain);
  await wallet.use(submitter);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("submitter-note")).toContainText("need the prover's own key");
  const console_ = page.getByTestId("prover-console");
  await expect(console_).toHaveAttribute("data-prover", DEPLOYER);
  await expect(console_.getByTestId("claim-commission")).toHaveCount(0);
  await expect(console_.getByTestId("connect-as-prover").first()).toBeVisible();

  await page.getByTestId("leave-prover").click();
  await expect(page.getByTestId("console-onboarding")).toBeVisible();
  expect(await submitterOf(chain, submitter)).toBe(zeroAddress);
});

/** Anvil's dev accounts 4 to 6: unlocked, and neither provers nor submitters in the seed (checked below). */
const SPARE: Address[] = [
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
];

async function marketWrite(
  chain: Chain,
  account: Address,
  call:
    | { functionName: "setSubmitterConsent"; args: readonly [Address] }
    | { functionName: "registerSubmitters"; args: readonly [readonly Address[]] },
) {
  const hash = await chain.client.writeContract({
    account,
    chain: chain.client.chain,
    address: MARKET,
    abi: brevisMarketAbi,
    ...call,
  } as Parameters<typeof chain.client.writeContract>[0]);
  await chain.receipt(hash);
}

test("several submitters selected together are unregistered in one transaction", async ({ page, wallet, chain }) => {
  for (const submitter of SPARE) {
    expect(await submitterOf(chain, submitter), `${submitter} starts free`).toBe(zeroAddress);
    await marketWrite(chain, submitter, { functionName: "setSubmitterConsent", args: [DEPLOYER] });
  }
  await marketWrite(chain, DEPLOYER, { functionName: "registerSubmitters", args: [SPARE] });
  const nonceBefore = await chain.nonce(DEPLOYER);

  const console_ = await openConsole(page, wallet, DEPLOYER);
  const list = console_.getByTestId("submitter-list");
  for (const submitter of SPARE) await list.getByRole("checkbox", { name: submitter }).check();
  await list.getByTestId("unregister-submitters").click();
  for (const submitter of SPARE) await expect(list).not.toContainText(submitter);

  expect(wallet.requestCount("eth_sendTransaction"), "one transaction for the three").toBe(1);
  expect(await chain.nonce(DEPLOYER)).toBe(nonceBefore + 1);
  const sent = wallet.requests.find((request) => request.method === "eth_sendTransaction");
  const [transaction] = (sent?.params ?? []) as { data?: Hex; input?: Hex }[];
  const data = transaction?.data ?? transaction?.input;
  if (!data) throw new Error("The wallet was sent a transaction without calldata.");
  const call = decodeFunctionData({ abi: brevisMarketAbi, data });
  expect(call.functionName).toBe("unregisterSubmitters");
  for (const submitter of SPARE) expect(await submitterOf(chain, submitter)).toBe(zeroAddress);
  const left = await submittersOf(chain, DEPLOYER);
  expect(left.length, "the seed's own submitter stays").toBe(1);
});

test("a submitter withdraws its consent from its own wallet, and the prover can no longer register it", async ({
  page,
  wallet,
  chain,
}) => {
  await marketWrite(chain, BOB, { functionName: "setSubmitterConsent", args: [DEPLOYER] });
  await wallet.use(BOB);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  const consent = page.getByTestId("consent-form");
  await consent.getByTestId("consent-withdraw").click();
  await expect(consent.getByTestId("tx-status")).toContainText("Transaction confirmed.");
  expect(await consentOf(chain, BOB)).toBe(zeroAddress);
  await expect(consent.getByTestId("consent-withdraw")).toHaveCount(0);

  await wallet.use(DEPLOYER);
  const form = page.getByTestId("prover-console").getByTestId("register-form");
  await form.getByTestId("submitter-input").fill(BOB);
  await expect(form.getByTestId("submitter-candidates")).toContainText("has not consented");
  await expect(form.getByTestId("register-submitters")).toBeDisabled();
  expect(await submitterOf(chain, BOB)).toBe(zeroAddress);
});

test("a consent withdrawn behind the page's back: the registration is refused with the contract's reason in words", async ({
  page,
  wallet,
  chain,
}) => {
  await marketWrite(chain, BOB, { functionName: "setSubmitterConsent", args: [DEPLOYER] });
  const console_ = await openConsole(page, wallet, DEPLOYER);
  const form = console_.getByTestId("register-form");
  await form.getByTestId("submitter-input").fill(BOB);
  await expect(form.locator('[data-ready="true"]')).toContainText("consented");

  await marketWrite(chain, BOB, { functionName: "setSubmitterConsent", args: [zeroAddress] });
  const nonceBefore = await chain.nonce(DEPLOYER);
  await form.getByTestId("register-submitters").click();
  await expect(console_.getByTestId("tx-status")).toContainText("has not agreed to submit for this prover");
  expect(await chain.nonce(DEPLOYER), "the refusal was found before sending").toBe(nonceBefore);
  expect(wallet.requestCount("eth_sendTransaction")).toBe(0);
  expect(await submitterOf(chain, BOB)).toBe(zeroAddress);
  await expect(form.getByTestId("submitter-input"), "the form keeps what was typed").toHaveValue(BOB);
});

test("each registered submitter says when it was added, at the block time of its registration", async ({
  page,
  wallet,
  chain,
  indexer,
}) => {
  const submitter = await seededSubmitter(chain);
  const [registered] = await chain.client.getContractEvents({
    address: MARKET,
    abi: brevisMarketAbi,
    eventName: "SubmitterRegistered",
    args: { prover: DEPLOYER, submitter },
    fromBlock: 0n,
  });
  if (!registered) throw new Error("The chain has no SubmitterRegistered event for the dev prover's submitter.");
  const block = await chain.client.getBlock({ blockNumber: registered.blockNumber });
  await indexer.caughtUp();

  const console_ = await openConsole(page, wallet, DEPLOYER);
  const row = console_.getByTestId("submitter-list").locator("label", { hasText: submitter });
  await expect(row.getByTestId("submitter-added")).toContainText(/^added .+ ago$/);
  await expect(row.locator("time")).toHaveAttribute("datetime", new Date(Number(block.timestamp) * 1000).toISOString());
});
