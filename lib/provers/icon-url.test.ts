import { describe, expect, it } from "vitest";
import { safeIconUrl } from "./icon-url";

describe("safeIconUrl", () => {
  it("loads our own static paths as they are, https and ipfs through the same-origin proxy", () => {
    expect(safeIconUrl("/provers/atlas.svg")).toBe("/provers/atlas.svg");
    expect(safeIconUrl("https://example.com/a.png?v=2")).toBe(
      "/api/icon?src=https%3A%2F%2Fexample.com%2Fa.png%3Fv%3D2",
    );
    expect(safeIconUrl("ipfs://bafy123/icon.png")).toBe("/api/icon?src=ipfs%3A%2F%2Fbafy123%2Ficon.png");
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
