/** Where the browser asks for an icon from another host: our own proxy (lib/server/icons), never that host. */
const ICON_PROXY = "/api/icon";

/**
 * Icon URLs come from chain and anyone can set them. Our own static paths load as they are;
 * https and ipfs icons load through the same-origin icon proxy, so a visitor's browser never
 * contacts a prover's host; everything else (javascript:, data:, http:, protocol-relative) is
 * refused and the prover's initials are shown instead.
 */
export function safeIconUrl(raw: string): string | null {
  const value = raw.trim();
  if (/^\/(?!\/)[\w\-./]+$/.test(value) && !value.includes("..")) return value;
  if (value.startsWith("ipfs://")) {
    return /^[\w\-./]+$/.test(value.slice("ipfs://".length)) ? proxied(value) : null;
  }
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? proxied(url.toString()) : null;
  } catch {
    return null;
  }
}

function proxied(src: string): string {
  return `${ICON_PROXY}?src=${encodeURIComponent(src)}`;
}
