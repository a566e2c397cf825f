import { IconRefusedError } from "./icon-fetch";

const IPFS_PATH = /^[\w\-.]+(\/[\w\-.]+)*$/;

/** The gateway ipfs:// icons load through (`IPFS_GATEWAY_URL`, e.g. https://gateway.example); none by default. */
export function ipfsGateway(env: Record<string, string | undefined> = process.env): string | null {
  return env.IPFS_GATEWAY_URL?.trim().replace(/\/+$/, "") || null;
}

/**
 * The URL the proxy fetches for an icon address set on chain: https as it is, ipfs:// through the
 * configured gateway's /ipfs/ path. Without a gateway an ipfs icon is not shown (initials instead).
 */
export function iconFetchUrl(src: string, gateway: string | null): string {
  if (!src.startsWith("ipfs://")) return src;
  const path = src.slice("ipfs://".length);
  if (!IPFS_PATH.test(path) || path.split("/").includes("..")) {
    throw new IconRefusedError(400, "The ipfs:// icon address is not a content id and path.");
  }
  if (!gateway)
    throw new IconRefusedError(404, "This server has no IPFS gateway configured, so ipfs:// icons are not shown.");
  return `${gateway}/ipfs/${path}`;
}
