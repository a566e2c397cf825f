/**
 * Icon URLs come from chain and anyone can set them: load only https, our own static paths, and
 * ipfs through a public gateway; everything else (javascript:, data:, http:, protocol-relative)
 * is refused and the prover's initials are shown instead.
 */
export function safeIconUrl(raw: string): string | null {
  const value = raw.trim();
  if (/^\/(?!\/)[\w\-./]+$/.test(value) && !value.includes("..")) return value;
  if (value.startsWith("ipfs://")) {
    const path = value.slice("ipfs://".length);
    return /^[\w\-./]+$/.test(path) ? `https://ipfs.io/ipfs/${path}` : null;
  }
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
