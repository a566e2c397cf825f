import { type Address, getAddress, isAddress } from "viem";

/** wagmi's cookieStorage keeps its store under "<storage key>.store"; our config keeps the default key. */
const STORE_COOKIE = "wagmi.store";

/** wagmi's serialized store: the connections Map is written as { __type: "Map", value: entries }. */
type StoredState = {
  current?: string | null;
  connections?: { value?: [string, { accounts?: unknown[]; chainId?: unknown }][] };
};

/**
 * The account the visitor's wallet last connected with, read from wagmi's cookie so server
 * pages can render that account's numbers in the first HTML. The cookie is the visitor's own
 * input: anything malformed is simply "not connected".
 */
export function accountFromCookie(cookie: string | null): Address | null {
  const raw = cookie
    ?.split(/;\s*/)
    .find((pair) => pair.startsWith(`${STORE_COOKIE}=`))
    ?.slice(STORE_COOKIE.length + 1);
  if (!raw) return null;
  try {
    const json = raw.startsWith("%") ? decodeURIComponent(raw) : raw;
    const { state } = JSON.parse(json) as { state?: StoredState };
    const current = state?.current;
    const connection = state?.connections?.value?.find(([uid]) => uid === current)?.[1];
    const account = connection?.accounts?.[0];
    return typeof account === "string" && isAddress(account, { strict: false }) ? getAddress(account) : null;
  } catch {
    return null;
  }
}
