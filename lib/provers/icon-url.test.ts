import { describe, expect, it } from "vitest";
import { safeIconUrl } from "./icon-url";

describe("safeIconUrl", () => {
  it("loads https, our own static paths and ipfs through a gateway", () => {
    expect(safeIconUrl("https://example.com/a.png")).toBe("https://example.com/a.png");
    expect(safeIconUrl("/provers/atlas.svg")).toBe("/provers/atlas.svg");
    expect(safeIconUrl("ipfs://bafy123/icon.png")).toBe("https://ipfs.io/ipfs/bafy123/icon.png");
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "http://example.com/a.png",
    "//evil.example/a.png",
    "/../../etc/passwd",
    'ipfs://x"onerror=alert(1)',
    "",
  ])("refuses %j", (value) => {
    expect(safeIconUrl(value)).toBeNull();
  });
});
