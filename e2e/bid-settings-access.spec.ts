// As a prover, I sign in to my bid settings with my wallet (an EIP-4361 message signed via
// personal_sign); my registered submitter may sign in and edit them too; an account that is
// neither sees nothing of them, in the page or through the API.
import { type Hex, hexToString, isAddressEqual } from "viem";
import { parseSiweMessage, verifySiweMessage } from "viem/siwe";
import { ALICE, BOB, DEPLOYER, expect, test } from "./fixtures";
import { connectWallet } from "./flows/connect-wallet";
import { openBidSettings, signInToBidSettings } from "./flows/open-bid-settings";
import { registerSubmitter, signInWithoutPage, storedRule } from "./support/bid-settings";

test("a prover signs in with an EIP-4361 message its wallet signs via personal_sign, and signs out", async ({
  page,
  wallet,
  chain,
  runEnv,
}) => {
  await wallet.use(DEPLOYER);
  await page.goto("/prover/bid-settings");
  await connectWallet(page, wallet);
  const unsigned = await page.request.get(`/api/bid-settings/${DEPLOYER}`);
  expect(unsigned.status(), "nothing is readable before signing in").toBe(401);
  await expect(page.getByTestId("rule-form")).toHaveCount(0);

  await signInToBidSettings(page);
  const signs = wallet.requests.filter((request) => request.method === "personal_sign");
  expect(signs).toHaveLength(1);
  const [messageHex, signer] = (signs[0]?.params ?? []) as [Hex, string];
  expect(isAddressEqual(signer as Hex, DEPLOYER)).toBe(true);
  const message = hexToString(messageHex);
  const app = new URL(runEnv.appUrl);
  expect(parseSiweMessage(message)).toMatchObject({
    domain: app.host,
    uri: app.origin,
    address: DEPLOYER,
    chainId: chain.chainId,
    version: "1",
  });
  expect(wallet.requestCount("eth_sendTransaction"), "signing in sends no transaction").toBe(0);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { address: string };
  expect(session.address).toBe(DEPLOYER);
  expect((await storedRule(page.request, DEPLOYER)).version).toBeGreaterThanOrEqual(0);
  // The signature the wallet made is one the chain's own check accepts.
  const signature = (await chain.client.signMessage({ account: DEPLOYER, message })) as Hex;
  expect(await verifySiweMessage(chain.client, { message, signature })).toBe(true);

  await page.getByTestId("bid-sign-out").click();
  await expect(page.getByTestId("bid-sign-in-button")).toBeVisible();
  expect((await page.request.get(`/api/bid-settings/${DEPLOYER}`)).status()).toBe(401);
});

test("declining the signature in the wallet says so in words and signs nothing in", async ({ page, wallet }) => {
  await wallet.use(DEPLOYER);
  await page.goto("/prover/bid-settings");
  await connectWallet(page, wallet);
  wallet.rejectNext();
  await page.getByTestId("bid-sign-in-button").click();
  await expect(page.getByTestId("bid-sign-in-error")).toContainText("You rejected the request in your wallet");
  expect((await page.request.get("/api/auth/session")).status()).toBe(401);
});

test("a submitter registered on chain signs in and edits its prover's settings; switching accounts asks to sign in again", async ({
  page,
  wallet,
  chain,
}) => {
  await registerSubmitter(chain, DEPLOYER, BOB);
  const form = await openBidSettings(page, wallet, DEPLOYER);
  const before = await storedRule(page.request, DEPLOYER);

  await wallet.use(BOB);
  await expect(page.getByTestId("bid-settings")).toHaveAttribute("data-prover", DEPLOYER);
  await expect(page.getByTestId("bid-sign-in")).toBeVisible();
  await expect(page.getByText("Sign in again with this wallet")).toBeVisible();
  await signInToBidSettings(page);

  const price = String(7_000_000_000_000n + BigInt(before.version));
  await form.getByTestId("rule-prover_gas_price").fill(price);
  await form.getByTestId("rule-save").click();
  await expect(form.getByTestId("rule-status")).toHaveText(`Saved as version ${before.version + 1}.`);
  const after = await storedRule(page.request, DEPLOYER);
  expect(after.version).toBe(before.version + 1);
  expect(after.settings?.prover_gas_price).toBe(price);
  expect(after.updatedBy).toBe(BOB);
  await expect(page.getByTestId("audit-log").locator("li").first().getByTestId("audit-signer")).toHaveText(BOB);
});

test("an account that is neither a prover nor a submitter sees no settings, and the API refuses it", async ({
  page,
  wallet,
  chain,
  runEnv,
}) => {
  await wallet.use(ALICE);
  await page.goto("/prover/bid-settings");
  await connectWallet(page, wallet);
  await expect(page.getByText("Not a prover")).toBeVisible();
  await expect(page.getByTestId("bid-sign-in-button")).toHaveCount(0);

  // Signed in as itself, it still may not read or write the dev prover's settings.
  const signedIn = await signInWithoutPage(page.request, chain, runEnv.appUrl, ALICE);
  expect(signedIn.status()).toBe(200);
  expect((await page.request.get(`/api/bid-settings/${DEPLOYER}`)).status()).toBe(403);
  const write = await page.request.put(`/api/bid-settings/${DEPLOYER}`, {
    data: { version: 0, settings: {} },
    headers: { Origin: new URL(runEnv.appUrl).origin },
  });
  expect(write.status()).toBe(403);
});
