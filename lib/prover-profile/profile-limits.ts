import { safeIconUrl } from "../provers/icon-url";

/** The controller's caps on `setProverProfile`: `bytes(name).length` and `bytes(iconUrl).length`. */
export const NAME_MAX_BYTES = 128;
export const ICON_URL_MAX_BYTES = 512;

const UTF8 = new TextEncoder();

/**
 * Bytes the contract counts: the string as viem ABI-encodes it, UTF-8 (a lone surrogate becomes
 * U+FFFD, three bytes, in both). "é" is 2 bytes, "€" 3, most emoji 4.
 */
export function utf8Bytes(text: string): number {
  return UTF8.encode(text).length;
}

export type FieldCheck = { bytes: number; max: number; error?: string };

function overLimit(what: string, bytes: number, max: number): string {
  return `The ${what} is ${bytes} bytes; the network allows at most ${max}. Letters such as é count 2 bytes, € 3 and most emoji 4: shorten it by ${bytes - max} byte${bytes - max === 1 ? "" : "s"}.`;
}

export function checkProfileName(name: string): FieldCheck {
  const bytes = utf8Bytes(name);
  if (name.trim() === "") return { bytes, max: NAME_MAX_BYTES, error: "Enter a name for your prover." };
  if (bytes > NAME_MAX_BYTES) return { bytes, max: NAME_MAX_BYTES, error: overLimit("name", bytes, NAME_MAX_BYTES) };
  return { bytes, max: NAME_MAX_BYTES };
}

export function checkIconUrl(iconUrl: string): FieldCheck {
  const bytes = utf8Bytes(iconUrl);
  if (bytes > ICON_URL_MAX_BYTES) {
    return { bytes, max: ICON_URL_MAX_BYTES, error: overLimit("icon URL", bytes, ICON_URL_MAX_BYTES) };
  }
  return { bytes, max: ICON_URL_MAX_BYTES };
}

export type IconPreview = { src: string | null; note: string };

/**
 * What the directory will do with this icon URL, through its own sanitizer: load it (another
 * host's through the dashboard's icon proxy) or show the prover's initials. The contract stores
 * any string, so a URL the directory refuses is allowed but said.
 */
export function previewIcon(iconUrl: string): IconPreview {
  if (iconUrl.trim() === "") return { src: null, note: "No icon: your initials are shown instead." };
  const src = safeIconUrl(iconUrl);
  if (src === null) {
    return {
      src,
      note: "This URL will not be loaded: only https: and ipfs: icons are shown, so your initials appear instead.",
    };
  }
  if (iconUrl.trim().startsWith("ipfs://")) {
    return {
      src,
      note: "Shown through the dashboard's IPFS gateway when its operator has set one; else your initials.",
    };
  }
  if (src !== iconUrl.trim()) {
    return { src, note: "Shown through the dashboard's icon proxy: a PNG, JPEG, WebP or GIF up to 256 kB, never SVG." };
  }
  return { src, note: "Shown as in the directory." };
}

export type ProfileCheck = { ok: true; name: string; iconUrl: string } | { ok: false };

/** Both fields within the contract's caps (and a name given): what `setProverProfile` is sent. */
export function checkProfile(name: string, iconUrl: string): ProfileCheck {
  if (checkProfileName(name).error || checkIconUrl(iconUrl).error) return { ok: false };
  // The ops CLI trims too; stored padding would only show as odd spacing in the directory.
  return { ok: true, name: name.trim(), iconUrl: iconUrl.trim() };
}
