// The bid settings as the API stores them, read beside the page, and the chain moves and
// sign-ins the bid settings specs need.
import type { APIRequestContext } from "@playwright/test";
import type { Address } from "viem";
import { createSiweMessage } from "viem/siwe";
import type { StoredRule } from "../../lib/bid-settings/api-client";
import { brevisMarketAbi } from "../../lib/contracts/generated";
import type { Chain } from "../fixtures/chain";
import { MARKET } from "./prover-console";

/** What the store holds for `prover`, read with the session cookie of the page's context. */
export async function storedRule(request: APIRequestContext, prover: Address): Promise<StoredRule> {
  const response = await request.get(`/api/bid-settings/${prover}`);
  if (!response.ok()) throw new Error(`GET bid settings answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as StoredRule;
}

/** The submitter consents and the prover registers it, straight on the fork. */
export async function registerSubmitter(chain: Chain, prover: Address, submitter: Address): Promise<void> {
  const write = async (account: Address, functionName: "setSubmitterConsent" | "registerSubmitters", args: unknown) => {
    const hash = await chain.client.writeContract({
      account,
      chain: chain.client.chain,
      address: MARKET,
      abi: brevisMarketAbi,
      functionName,
      args,
    } as Parameters<typeof chain.client.writeContract>[0]);
    await chain.receipt(hash);
  };
  await write(submitter, "setSubmitterConsent", [prover]);
  await write(prover, "registerSubmitters", [[submitter]]);
}

/**
 * Signs in as `account` without the page: the same EIP-4361 message the page builds, signed by
 * the fork's unlocked account, sent with the dashboard's Origin as a browser would.
 */
export async function signInWithoutPage(request: APIRequestContext, chain: Chain, appUrl: string, account: Address) {
  const { nonce } = (await (await request.get("/api/auth/nonce")).json()) as { nonce: string };
  const url = new URL(appUrl);
  const message = createSiweMessage({
    domain: url.host,
    uri: url.origin,
    address: account,
    chainId: chain.chainId,
    nonce,
    version: "1",
    issuedAt: new Date(),
  });
  const signature = await chain.client.signMessage({ account, message });
  return request.post("/api/auth/verify", { data: { message, signature }, headers: { Origin: url.origin } });
}
