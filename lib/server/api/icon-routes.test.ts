import { afterEach, describe, expect, it } from "vitest";
import type { IconAnswer } from "../icons/icon-cache";
import { createApi } from "./api";
import type { RateLimit } from "./rate-limit";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

// Icons need neither sign-in's configuration nor the app's database: both fail loudly here.
function api(loadIcon?: (url: string) => Promise<IconAnswer>, iconRateLimit?: RateLimit) {
  return createApi({
    config: () => {
      throw new Error("config read");
    },
    database: () => Promise.reject(new Error("database opened")),
    loadIcon,
    iconRateLimit,
  });
}

afterEach(() => {
  delete process.env.IPFS_GATEWAY_URL;
});

describe("/api/icon", () => {
  it("rate-limits each client and says when to come back, without fetching the refused icon", async () => {
    const asked: string[] = [];
    const limited = api(
      async (url) => {
        asked.push(url);
        return { ok: true, icon: { type: "image/png", body: PNG } };
      },
      { limit: 2, windowMs: 60_000 },
    );
    const from = (ip: string, name: string) =>
      limited.request(`/api/icon?src=${encodeURIComponent(`https://icons.example/${name}.png`)}`, {
        headers: { "x-forwarded-for": ip },
      });
    expect((await from("10.0.0.1", "a")).status).toBe(200);
    expect((await from("10.0.0.1", "b")).status).toBe(200);
    const refused = await from("10.0.0.1", "c");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await refused.json()).error).toBe("Too many icons asked for by this client: wait a moment.");
    expect(asked).toEqual(["https://icons.example/a.png", "https://icons.example/b.png"]);
    expect((await from("10.0.0.2", "d")).status).toBe(200);
  });

  it("serves the image from our origin as a type that cannot run anything", async () => {
    const asked: string[] = [];
    const response = await api(async (url) => {
      asked.push(url);
      return { ok: true, icon: { type: "image/png", body: PNG } };
    }).request(`/api/icon?src=${encodeURIComponent("https://icons.example/a.png")}`);
    expect(asked).toEqual(["https://icons.example/a.png"]);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=3600",
    });
  });

  it("refuses loopback and plain http with the real fetcher, in a sentence", async () => {
    for (const src of ["http://127.0.0.1/icon.png", "https://127.0.0.1/icon.png", "https://localhost/icon.png"]) {
      const response = await api().request(`/api/icon?src=${encodeURIComponent(src)}`);
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await response.json()).error).toMatch(/^Icons are only loaded over https\.$|private or local address/);
    }
  });

  it("loads ipfs icons through the configured gateway only", async () => {
    const asked: string[] = [];
    const load = async (url: string): Promise<IconAnswer> => {
      asked.push(url);
      return { ok: false, status: 502, message: "The icon's host answered HTTP 504." };
    };
    const none = await api(load).request(`/api/icon?src=${encodeURIComponent("ipfs://bafyabc/icon.png")}`);
    expect(none.status).toBe(404);
    expect((await none.json()).error).toMatch(/no IPFS gateway configured/);
    expect(asked).toEqual([]);

    process.env.IPFS_GATEWAY_URL = "https://gateway.example/";
    const through = await api(load).request(`/api/icon?src=${encodeURIComponent("ipfs://bafyabc/icon.png")}`);
    expect(through.status).toBe(502);
    expect(asked).toEqual(["https://gateway.example/ipfs/bafyabc/icon.png"]);

    const outside = await api(load).request(`/api/icon?src=${encodeURIComponent("ipfs://bafyabc/../../admin")}`);
    expect(outside.status).toBe(400);
  });

  it("refuses a request that names no icon", async () => {
    for (const query of ["", "?src=", `?src=https://a.example/${"a".repeat(3000)}`]) {
      expect((await api().request(`/api/icon${query}`)).status).toBe(400);
    }
  });
});
