import { describe, expect, it } from "vitest";
import { feedOrigin } from "./feed-response";

const FEED = "/feeds/staker/0x0000000000000000000000000000000000000001.xml";

describe("a feed's origin", () => {
  it("is the request's own when APP_ORIGIN is unset, as on Base with no origin configured", () => {
    expect(feedOrigin(new Request(`https://dash.example${FEED}`), { CHAIN: "base" })).toBe("https://dash.example");
    expect(feedOrigin(new Request(`http://127.0.0.1:4100${FEED}`), { APP_ORIGIN: " " })).toBe("http://127.0.0.1:4100");
  });

  it("takes the scheme the reverse proxy in front saw", () => {
    const request = new Request(`http://dash.example${FEED}`, { headers: { "x-forwarded-proto": "https" } });
    expect(feedOrigin(request, {})).toBe("https://dash.example");
  });

  it("is APP_ORIGIN's first origin when the operator set it, whatever the request's host", () => {
    const request = new Request(`http://internal:3000${FEED}`, { headers: { host: "evil.example" } });
    expect(feedOrigin(request, { APP_ORIGIN: "https://dash.example, https://www.dash.example" })).toBe(
      "https://dash.example",
    );
  });
});
