/** The only image types the icon proxy serves: raster formats a browser cannot run code from (never SVG). */
export const ICON_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type IconType = (typeof ICON_TYPES)[number];

/** The media type of a Content-Type header, lower-cased and without parameters. */
export function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function isIconType(type: string): type is IconType {
  return (ICON_TYPES as readonly string[]).includes(type);
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** What the bytes are, by their signature, whatever the host claims; `null` for anything else (SVG, HTML, text). */
export function sniffIconType(bytes: Uint8Array): IconType | null {
  if (startsWith(bytes, [0x89, ...ascii("PNG\r\n\x1a\n")])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}
