import { describe, expect, it } from "vitest";
import { createIconLoader } from "./icon-cache";
import { type Icon, IconRefusedError } from "./icon-fetch";

const LIMITS = { maxEntries: 2, maxBytes: 1_000, ttlMs: 60_000, refusalTtlMs: 60_000 };
const icon = (size: number): Icon => ({ type: "image/png", body: Buffer.alloc(size) });

describe("createIconLoader", () => {
  it("fetches a URL once for concurrent and later requests", async () => {
    let fetches = 0;
    const load = createIconLoader(async () => {
      fetches++;
      return icon(10);
    }, LIMITS);
    await Promise.all([load("https://a.example/1.png"), load("https://a.example/1.png")]);
    await load("https://a.example/1.png");
    expect(fetches).toBe(1);
  });

  it("keeps a refusal as an answer, so a hostile host is not asked again at once", async () => {
    let fetches = 0;
    const load = createIconLoader(async () => {
      fetches++;
      throw new IconRefusedError(415, "The icon is not a PNG, JPEG, WebP or GIF image (SVG is never loaded).");
    }, LIMITS);
    expect(await load("https://a.example/x.svg")).toEqual({
      ok: false,
      status: 415,
      message: "The icon is not a PNG, JPEG, WebP or GIF image (SVG is never loaded).",
    });
    await load("https://a.example/x.svg");
    expect(fetches).toBe(1);
  });

  it("stays within its entry and byte bounds", async () => {
    const fetched: string[] = [];
    const load = createIconLoader(async (url) => {
      fetched.push(url);
      return icon(600);
    }, LIMITS);
    await load("https://a.example/1.png");
    await load("https://a.example/2.png");
    // 1.png was evicted to keep the cache under 1,000 bytes: asking again fetches again.
    await load("https://a.example/1.png");
    expect(fetched).toEqual(["https://a.example/1.png", "https://a.example/2.png", "https://a.example/1.png"]);
  });
});
