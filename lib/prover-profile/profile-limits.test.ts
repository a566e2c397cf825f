import { encodeAbiParameters } from "viem";
import { describe, expect, it } from "vitest";
import {
  checkIconUrl,
  checkProfile,
  checkProfileName,
  ICON_URL_MAX_BYTES,
  NAME_MAX_BYTES,
  previewIcon,
  utf8Bytes,
} from "./profile-limits";

/** What `bytes(name).length` sees on chain: the string's length word in its ABI encoding. */
function abiByteLength(text: string): number {
  const encoded = encodeAbiParameters([{ type: "string" }], [text]);
  return Number(BigInt(`0x${encoded.slice(2 + 64, 2 + 128)}`));
}

describe("utf8Bytes", () => {
  it.each(["Atlas", "é", "€", "🦊", "漢字", "a\u202Eb", "\uD800"])("counts %j as the ABI encoding does", (text) => {
    expect(utf8Bytes(text)).toBe(abiByteLength(text));
  });

  it("counts bytes, not characters", () => {
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("€")).toBe(3);
    expect(utf8Bytes("🦊")).toBe(4);
  });
});

describe("checkProfileName", () => {
  it("takes exactly 128 bytes and refuses 129, in words with the excess", () => {
    expect(checkProfileName("a".repeat(NAME_MAX_BYTES)).error).toBeUndefined();
    const over = checkProfileName(`${"€".repeat(42)}ab`);
    expect(over.bytes).toBe(128);
    expect(over.error).toBeUndefined();
    const tooLong = checkProfileName("€".repeat(43));
    expect(tooLong.bytes).toBe(129);
    expect(tooLong.error).toBe(
      "The name is 129 bytes; the network allows at most 128. Letters such as é count 2 bytes, € 3 and most emoji 4: shorten it by 1 byte.",
    );
  });

  it("asks for a name", () => {
    expect(checkProfileName("   ").error).toBe("Enter a name for your prover.");
  });
});

describe("checkIconUrl", () => {
  it("takes 512 bytes, refuses 513 and accepts no icon", () => {
    const base = "https://x.example/";
    expect(checkIconUrl(base + "a".repeat(ICON_URL_MAX_BYTES - base.length)).error).toBeUndefined();
    expect(checkIconUrl(base + "a".repeat(ICON_URL_MAX_BYTES - base.length + 1)).error).toMatch(
      /^The icon URL is 513 bytes; the network allows at most 512\./,
    );
    expect(checkIconUrl("").error).toBeUndefined();
  });
});

describe("checkProfile", () => {
  it("trims what it sends and refuses either field over its cap", () => {
    expect(checkProfile("  Atlas ", " https://a.example/i.png ")).toEqual({
      ok: true,
      name: "Atlas",
      iconUrl: "https://a.example/i.png",
    });
    expect(checkProfile("🦊".repeat(33), "")).toEqual({ ok: false });
    expect(checkProfile("Atlas", `https://a.example/${"x".repeat(600)}`)).toEqual({ ok: false });
  });
});

describe("previewIcon", () => {
  it("loads what the directory loads and says why it shows initials otherwise", () => {
    expect(previewIcon("/provers/atlas.svg")).toEqual({
      src: "/provers/atlas.svg",
      note: "Shown as in the directory.",
    });
    expect(previewIcon("https://a.example/i.png")).toEqual({
      src: "/api/icon?src=https%3A%2F%2Fa.example%2Fi.png",
      note: "Shown through the dashboard's icon proxy: a PNG, JPEG, WebP or GIF up to 256 kB, never SVG.",
    });
    expect(previewIcon("ipfs://bafy/i.png")).toEqual({
      src: "/api/icon?src=ipfs%3A%2F%2Fbafy%2Fi.png",
      note: "Shown through the dashboard's IPFS gateway when its operator has set one; else your initials.",
    });
    for (const hostile of ["javascript:alert(1)", "http://a.example/i.png", "data:image/png;base64,AA"]) {
      expect(previewIcon(hostile)).toEqual({
        src: null,
        note: "This URL will not be loaded: only https: and ipfs: icons are shown, so your initials appear instead.",
      });
    }
    expect(previewIcon("").src).toBeNull();
  });
});
