import type { Address, Hex, PublicClient } from "viem";
import { createSiweMessage, parseSiweMessage, type SiweMessage, verifySiweMessage } from "viem/siwe";
import { NONCE_LIFETIME_MS } from "./auth-store";

/** How far a wallet's clock may run ahead of the server's. */
const CLOCK_SKEW_MS = 60 * 1000;

export type SignInRules = {
  /** The dashboard's own origins (configured, never taken from the request). */
  origins: readonly string[];
  chainId: number;
  client: PublicClient;
  now: Date;
};

export type SignInCheck =
  | { ok: true; address: Address; nonce: string; origin: string }
  | { ok: false; status: 400 | 401; error: string };

const refused = (error: string): SignInCheck => ({ ok: false, status: 401, error });

const originOf = (uri: string): string | null => {
  try {
    return new URL(uri).origin;
  } catch {
    return null;
  }
};

/**
 * Whether `message` is an EIP-4361 sign-in to this dashboard, on its chain, current, and signed by
 * its address (an EOA, or a contract wallet answering EIP-1271 on chain). The nonce is only read
 * here; the caller consumes it.
 */
export async function checkSignIn(message: string, signature: Hex, rules: SignInRules): Promise<SignInCheck> {
  const parsed = parseSiweMessage(message);
  const { address, domain, uri, nonce, issuedAt, chainId } = parsed;
  if (!address || !domain || !uri || !nonce || !issuedAt || chainId === undefined || parsed.version !== "1") {
    return { ok: false, status: 400, error: "The sign-in message is not an EIP-4361 message." };
  }
  // The parser skips text it does not expect: rebuilding the message from its fields shows that
  // what the wallet displayed is exactly what is checked here.
  let rebuilt: string | null = null;
  try {
    rebuilt = createSiweMessage(parsed as SiweMessage);
  } catch {}
  if (rebuilt !== message) {
    return { ok: false, status: 400, error: "The sign-in message holds text outside its EIP-4361 fields." };
  }
  // A message signed for another site (say, a phishing copy of this one) must not sign in here.
  const origin = rules.origins.find((allowed) => new URL(allowed).host === domain);
  if (!origin || originOf(uri) !== origin || (parsed.scheme && `${parsed.scheme}:` !== new URL(origin).protocol)) {
    return refused("The message asks to sign in to another site, not this dashboard.");
  }
  if (chainId !== rules.chainId) {
    return refused(`The message is for chain ${chainId}, but this dashboard runs on chain ${rules.chainId}.`);
  }
  const now = rules.now.getTime();
  if (issuedAt.getTime() > now + CLOCK_SKEW_MS) return refused("The message says it was issued in the future.");
  if (issuedAt.getTime() <= now - NONCE_LIFETIME_MS) return refused("The message is too old: sign in again.");
  if (parsed.expirationTime && parsed.expirationTime.getTime() <= now) {
    return refused("The message has expired: sign in again.");
  }
  if (parsed.notBefore && parsed.notBefore.getTime() > now) return refused("The message is not valid yet.");
  const signed = await verifySiweMessage(rules.client, { message, signature, domain, time: rules.now });
  if (!signed) return refused("The signature does not belong to the message's address.");
  return { ok: true, address, nonce, origin };
}
