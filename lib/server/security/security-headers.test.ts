import { describe, expect, it } from "vitest";
import { IMG_SRC, WALLETCONNECT_CONNECT } from "./csp";
import { securityHeaders, servedOverHttps } from "./security-headers";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1).join(" ")]));

describe("securityHeaders", () => {
  it("sets a strict nonce policy that dials only the app itself by default", () => {
    const headers = securityHeaders({ nonce: "n0nce", https: false, env: { RPC_URL: "https://rpc.example/?key=s" } });
    const csp = directives(headers["Content-Security-Policy"] as string);
    expect(csp.get("script-src")).toBe("'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("frame-src")).toBe("'none'");
    expect(csp.get("img-src")).toBe(IMG_SRC);
    expect(IMG_SRC, "no image host outside this origin").not.toContain("https:");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(headers["Content-Security-Policy"]).not.toContain("rpc.example");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
    expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("adds PUBLIC_RPC_URL's origin and WalletConnect's hosts only when they are set", () => {
    const headers = securityHeaders({
      nonce: "n",
      https: true,
      env: { PUBLIC_RPC_URL: "https://public.example/v1/abc", NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: "p" },
    });
    const csp = directives(headers["Content-Security-Policy"] as string);
    expect(csp.get("connect-src")).toBe(["'self'", "https://public.example", ...WALLETCONNECT_CONNECT].join(" "));
    expect(csp.get("frame-src")).toContain("https://verify.walletconnect.org");
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
    expect(headers["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("allows eval in `next dev` only", () => {
    const dev = securityHeaders({ nonce: "n", https: false, env: { NODE_ENV: "development" } });
    expect(directives(dev["Content-Security-Policy"] as string).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("servedOverHttps", () => {
  it("reads the URL's scheme or the reverse proxy's", () => {
    expect(servedOverHttps(new URL("https://a.example/"), new Headers())).toBe(true);
    expect(servedOverHttps(new URL("http://a.example/"), new Headers({ "x-forwarded-proto": "https, http" }))).toBe(
      true,
    );
    expect(servedOverHttps(new URL("http://a.example/"), new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(servedOverHttps(new URL("http://a.example/"), new Headers())).toBe(false);
  });
});
