// As a visitor, every page I get comes with a strict Content-Security-Policy whose nonce is
// fresh per response and on every script Next.js renders, and with the other security
// headers; HSTS only when I came over https. And the violation collector every test runs
// with really catches a blocked script.
import { expect, test } from "./fixtures";

const PAGES = ["/", "/provers", "/portfolio", "/prover"];

function policy(header: string | undefined): Map<string, string> {
  return new Map(
    (header ?? "").split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

test("every page carries a nonce CSP, Permissions-Policy, COOP and no HSTS over http", async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = policy(headers["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src") ?? "")?.[1];
    expect(nonce, `${path}: a nonce in script-src`).toBeTruthy();
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    // The run sets no PUBLIC_RPC_URL and no WalletConnect project id: the page dials only the app.
    expect(csp.get("connect-src")).toBe("'self'");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin-allow-popups");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBeUndefined();

    // Every script tag in the HTML carries this response's nonce.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("the nonce is new for every response", async ({ request }) => {
  const nonces = new Set<string | undefined>();
  for (let i = 0; i < 3; i += 1) {
    const header = (await request.get("/")).headers()["content-security-policy"] ?? "";
    nonces.add(/'nonce-([^']+)'/.exec(header)?.[1]);
  }
  expect(nonces.size).toBe(3);
});

test("HSTS is sent when the reverse proxy says the visitor came over https", async ({ request }) => {
  const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(policy(response.headers()["content-security-policy"]).has("upgrade-insecure-requests")).toBe(true);
});

test("a script injected without the nonce is blocked, and the collector reports it", async ({
  page,
  cspViolations,
}) => {
  // An injection as an attacker would get one: in the HTML, without the response's nonce.
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true;</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect.poll(() => cspViolations.list.length).toBe(1);
  expect(cspViolations.list[0]?.directive).toBe("script-src-elem");
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  // The violation was the point of this test; every other test fails on one.
  cspViolations.clear();
});

test("the app's /api/rpc refuses writes and reads outside its list, in JSON-RPC words", async ({ request }) => {
  const send = (method: string) => request.post("/api/rpc", { data: { jsonrpc: "2.0", id: 1, method, params: [] } });
  const chainId = await send("eth_chainId");
  expect(chainId.status()).toBe(200);
  expect((await chainId.json()).result).toMatch(/^0x[0-9a-f]+$/);
  for (const method of ["eth_sendRawTransaction", "eth_sendTransaction", "anvil_setBalance", "eth_getLogs"]) {
    const refused = await send(method);
    expect(refused.status(), method).toBe(403);
    expect((await refused.json()).error.code, method).toBe(-32601);
  }
});
