import { type Address, getAddress, isAddress } from "viem";
import { deserialize, parseCookie, type State } from "wagmi";
import { walletStorage } from "../chain/wallet-storage";

/** wagmi's cookieStorage keeps the store under "<storage key>.store". */
const STORE_COOKIE = `${walletStorage.key}.store`;

/**
 * The account the visitor's wallet last connected with, read from wagmi's cookie with wagmi's
 * own parser so server pages can render that account's numbers in the first HTML. The cookie
 * is the visitor's own input: anything malformed is simply "not connected".
 */
export function accountFromCookie(cookie: string | null): Address | null {
  const stored = cookie ? parseCookie(cookie, STORE_COOKIE) : undefined;
  if (!stored) return null;
  try {
    const { state } = deserialize<{ state?: Partial<State> }>(stored);
    const connections = state?.connections;
    if (!(connections instanceof Map) || typeof state?.current !== "string") return null;
    const account: unknown = connections.get(state.current)?.accounts?.[0];
    return typeof account === "string" && isAddress(account, { strict: false }) ? getAddress(account) : null;
  } catch {
    return null;
  }
}
