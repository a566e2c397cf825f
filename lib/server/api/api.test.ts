import { randomBytes } from "node:crypto";
import { parse } from "smol-toml";
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  getAddress,
  http,
  type PrivateKeyAccount,
  type PublicClient,
} from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { createSiweMessage, type SiweMessage } from "viem/siwe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EXAMPLE_RULE } from "@/lib/bid-settings/example-rule";
import { chainFor, DEVNET_CHAIN_ID } from "@/lib/chain/networks";
import { deploymentFor } from "@/lib/contracts/addresses";
import { brevisMarketAbi } from "@/lib/contracts/generated";
import { startAnvil } from "../../../scripts/devnet/anvil.mjs";
import { prepareDevnet } from "../../../scripts/devnet/prepare.mjs";
import { DATA_DIR } from "../../../scripts/lib/paths.mjs";
import { freePort } from "../../../scripts/lib/ports.mjs";
import { type AppDatabase, openAppDatabase } from "../app-db/database";
import { migrate } from "../app-db/migrate";
import { pgliteDatabases, postgresDatabases } from "../app-db/test-databases";
import { createApi } from "./api";
import type { ApiConfig } from "./api-config";
import { compileContractWallet } from "./test-contract-wallet";

const ORIGIN = "http://dashboard.test";
const DOMAIN = "dashboard.test";
/** anvil's account 0: the devnet's deployer, which the seed makes a prover. */
const DEV_PROVER = privateKeyToAccount("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const MARKET = deploymentFor("devnet").contracts.BrevisMarket as Address;

const fresh = () => privateKeyToAccount(generatePrivateKey());

let anvil: Awaited<ReturnType<typeof startAnvil>> | undefined;
let client: PublicClient;
const pglite = pgliteDatabases();
const postgres = postgresDatabases();
const opened: AppDatabase[] = [];

beforeAll(async () => {
  // A fresh checkout deploys and seeds the devnet here first: minutes on a busy machine.
  const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log: () => {} });
  anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile: "/dev/null",
    loadState: genesisState,
  });
  client = createPublicClient({
    chain: chainFor("devnet", anvil.rpcUrl),
    transport: http(anvil.rpcUrl),
    pollingInterval: 100,
  });
}, 900_000);

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close().catch(() => {})));
  await Promise.all([pglite.stop(), postgres.stop(), anvil?.stop()]);
});

/** Sends a transaction from `account` to the market and waits for it to be mined. */
async function marketWrite(
  account: PrivateKeyAccount | Address,
  call: { functionName: "setSubmitterConsent" | "registerSubmitter" | "unregisterSubmitter"; args: [Address] },
) {
  const rpcUrl = anvil?.rpcUrl ?? "";
  const wallet = createWalletClient({ chain: chainFor("devnet", rpcUrl), transport: http(rpcUrl) });
  const hash = await wallet.writeContract({ address: MARKET, abi: brevisMarketAbi, account, ...call } as never);
  const receipt = await client.waitForTransactionReceipt({ hash });
  expect(receipt.status).toBe("success");
}

describe.each([pglite, postgres])("the API on $name", (databases) => {
  let db: AppDatabase;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  let api: ReturnType<typeof createApi>;
  let config: ApiConfig;

  beforeAll(async () => {
    db = openAppDatabase(await databases.fresh());
    opened.push(db);
    await migrate(db);
    config = {
      origins: [ORIGIN],
      chainId: DEVNET_CHAIN_ID,
      market: MARKET,
      client,
      sessionSecret: randomBytes(32).toString("hex"),
    };
    api = createApi({
      config: () => config,
      database: async () => db,
      now,
      authRateLimit: { limit: 10_000, windowMs: 60_000 },
    });
  }, 60_000);

  const call = (path: string, init: RequestInit & { cookie?: string; origin?: string | null } = {}) => {
    const { cookie, origin = ORIGIN, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (cookie) headers.set("cookie", cookie);
    if (origin) headers.set("origin", origin);
    return api.request(`${ORIGIN}/api${path}`, { ...rest, headers });
  };
  const postJson = (
    path: string,
    body: unknown,
    init: { cookie?: string; origin?: string | null; method?: string } = {},
  ) =>
    call(path, {
      method: "POST",
      ...init,
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });

  async function signedMessage(account: PrivateKeyAccount, fields: Partial<SiweMessage> = {}) {
    const { nonce } = (await (await call("/auth/nonce")).json()) as { nonce: string };
    const message = createSiweMessage({
      domain: DOMAIN,
      address: account.address,
      uri: ORIGIN,
      version: "1",
      chainId: DEVNET_CHAIN_ID,
      nonce,
      issuedAt: now(),
      ...fields,
    });
    return { message, signature: await account.signMessage({ message }) };
  }

  async function signIn(account: PrivateKeyAccount): Promise<string> {
    const response = await postJson("/auth/verify", await signedMessage(account));
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie")?.split(";")[0];
    if (!cookie) throw new Error("no session cookie");
    return cookie;
  }

  const sessions = async () => Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM app.sessions"))[0]?.n);
  const put = (prover: Address, cookie: string, version: number, settings: unknown, origin: string | null = ORIGIN) =>
    postJson(`/bid-settings/${prover}`, { version, settings }, { cookie, origin, method: "PUT" });
  const stored = async (prover: Address, cookie: string) => (await call(`/bid-settings/${prover}`, { cookie })).json();

  it("signs in with a signed EIP-4361 message: an HttpOnly, SameSite=Strict, expiring cookie naming a session", async () => {
    const account = fresh();
    const response = await postJson("/auth/verify", await signedMessage(account));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ address: account.address });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(";")[0] ?? "";
    expect(await (await call("/auth/session", { cookie })).json()).toMatchObject({ address: account.address });
  });

  it("signs in a smart-contract wallet through its EIP-1271 answer on chain", async () => {
    const owner = fresh();
    const { abi, bytecode } = compileContractWallet();
    const rpcUrl = anvil?.rpcUrl ?? "";
    const deployer = createWalletClient({ chain: chainFor("devnet", rpcUrl), transport: http(rpcUrl) });
    const hash = await deployer.deployContract({ abi, bytecode, args: [owner.address], account: DEV_PROVER });
    const deployed = (await client.waitForTransactionReceipt({ hash })).contractAddress;
    if (!deployed) throw new Error("the wallet was not deployed");
    const wallet = getAddress(deployed);
    // The message names the wallet; the wallet accepts its owner's signature of it, nobody else's.
    const signedBy = async (signer: PrivateKeyAccount) => {
      const { message } = await signedMessage(owner, { address: wallet });
      return { message, signature: await signer.signMessage({ message }) };
    };
    expect((await postJson("/auth/verify", await signedBy(fresh()))).status).toBe(401);
    const response = await postJson("/auth/verify", await signedBy(owner));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ address: wallet });
  });

  it("refuses a replayed, foreign, expired, early, wrong-chain or forged message, and opens no session", async () => {
    const account = fresh();
    const before = await sessions();
    const used = await signedMessage(account);
    expect((await postJson("/auth/verify", used)).status).toBe(200);
    const refusals: [string, { message: string; signature: string }, number][] = [
      ["replayed", used, 401],
      ["another domain", await signedMessage(account, { domain: "evil.test", uri: "http://evil.test" }), 401],
      ["our domain, another URI", await signedMessage(account, { uri: "http://evil.test/login" }), 401],
      ["expired", await signedMessage(account, { expirationTime: new Date(now().getTime() - 1_000) }), 401],
      [
        "issued 11 minutes ago",
        await signedMessage(account, { issuedAt: new Date(now().getTime() - 11 * 60_000) }),
        401,
      ],
      ["not valid yet", await signedMessage(account, { notBefore: new Date(now().getTime() + 60 * 60_000) }), 401],
      ["another chain", await signedMessage(account, { chainId: 8453 }), 401],
      ["a nonce never issued", await signedMessage(account, { nonce: "a1b2c3d4e5f6a7b8" }), 401],
    ];
    const forged = await signedMessage(account);
    refusals.push([
      "signed by someone else",
      { ...forged, signature: await fresh().signMessage({ message: forged.message }) },
      401,
    ]);
    const padded = await signedMessage(account);
    refusals.push(["text outside the fields", { ...padded, message: `${padded.message}\nExtra: yes` }, 400]);
    for (const [what, body, status] of refusals) {
      const response = await postJson("/auth/verify", body);
      expect({ what, status: response.status }).toEqual({ what, status });
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(typeof ((await response.json()) as { error: unknown }).error).toBe("string");
    }
    expect(await sessions()).toBe(before + 1);
  });

  it("lets a nonce wait 10 minutes, no longer", async () => {
    const account = fresh();
    const late = await signedMessage(account);
    offsetMs = 10 * 60_000 + 1_000;
    try {
      const response = await postJson("/auth/verify", late);
      expect(response.status).toBe(401);
    } finally {
      offsetMs = 0;
    }
  });

  it("refuses state-changing requests from another origin, or none, and stores nothing", async () => {
    const account = fresh();
    const cookie = await signIn(account);
    for (const origin of ["http://evil.test", "null", null]) {
      expect((await postJson("/auth/verify", await signedMessage(account), { origin })).status).toBe(403);
      expect((await put(account.address, cookie, 0, EXAMPLE_RULE, origin)).status).toBe(403);
      expect((await postJson("/auth/signout", {}, { cookie, origin })).status).toBe(403);
    }
    expect(await stored(account.address, cookie)).toMatchObject({ version: 0, settings: null });
  });

  it("refuses a tampered cookie and one signed out, and stores nothing", async () => {
    const account = fresh();
    const cookie = await signIn(account);
    const [name, value = ""] = cookie.split("=");
    // One character of the seal changed, in the middle: its MAC no longer matches.
    const middle = Math.floor(value.length / 2);
    const tampered = `${name}=${value.slice(0, middle)}${value[middle] === "a" ? "b" : "a"}${value.slice(middle + 1)}`;
    expect((await call(`/bid-settings/${account.address}`, { cookie: tampered })).status).toBe(401);
    expect((await put(account.address, tampered, 0, EXAMPLE_RULE)).status).toBe(401);
    // A copy of the cookie kept from before sign-out: the session it names is gone.
    expect((await postJson("/auth/signout", {}, { cookie })).status).toBe(200);
    expect((await call("/auth/session", { cookie })).status).toBe(401);
    expect((await put(account.address, cookie, 0, EXAMPLE_RULE)).status).toBe(401);
    const fresher = await signIn(account);
    expect(await stored(account.address, fresher)).toMatchObject({ version: 0, settings: null });
  });

  it("tells a stranger nothing, whether or not settings exist", async () => {
    const prover = DEV_PROVER.address;
    const stranger = await signIn(fresh());
    const answers = async () => {
      const responses = await Promise.all([
        call(`/bid-settings/${prover}`, { cookie: stranger }),
        call(`/bid-settings/${prover}/audit`, { cookie: stranger }),
        call(`/bid-settings/${prover}/export?format=config`, { cookie: stranger }),
        call(`/bid-settings/${prover}/import`, { method: "POST", cookie: stranger, body: "[rule]\n" }),
        put(prover, stranger, 0, EXAMPLE_RULE),
      ]);
      return Promise.all(responses.map(async (response) => [response.status, await response.text()]));
    };
    const before = await answers();
    for (const [status] of before) expect(status).toBe(403);
    const own = await signIn(DEV_PROVER);
    const current = (await stored(prover, own)) as { version: number };
    expect((await put(prover, own, current.version, EXAMPLE_RULE)).status).toBe(200);
    expect(await answers()).toEqual(before);
    expect((await call(`/bid-settings/${prover}`)).status).toBe(401);
  });

  it("lets a submitter registered on chain read and write, until the moment it is unregistered", async () => {
    const prover = DEV_PROVER.address;
    const submitter = fresh();
    const testClient = createTestClient({ chain: client.chain, transport: http(anvil?.rpcUrl), mode: "anvil" });
    await testClient.setBalance({ address: submitter.address, value: 10n ** 18n });
    const cookie = await signIn(submitter);
    expect((await call(`/bid-settings/${prover}`, { cookie })).status).toBe(403);

    await marketWrite(submitter, { functionName: "setSubmitterConsent", args: [prover] });
    await marketWrite(prover, { functionName: "registerSubmitter", args: [submitter.address] });
    const current = (await stored(prover, cookie)) as { version: number };
    const edited = { ...EXAMPLE_RULE, prover_gas_price: "123" };
    const saved = await put(prover, cookie, current.version, edited);
    expect(saved.status).toBe(200);
    expect(await stored(prover, cookie)).toMatchObject({ settings: edited, updatedBy: submitter.address });
    const audit = (await (await call(`/bid-settings/${prover}/audit`, { cookie })).json()) as {
      entries: { signer: string }[];
    };
    expect(audit.entries.at(-1)?.signer).toBe(submitter.address);

    await marketWrite(prover, { functionName: "unregisterSubmitter", args: [submitter.address] });
    expect((await call(`/bid-settings/${prover}`, { cookie })).status).toBe(403);
    expect((await put(prover, cookie, current.version + 1, EXAMPLE_RULE)).status).toBe(403);
  });

  it("lets exactly one of 100 concurrent saves of one version through; the rest get 409 with what it stored", async () => {
    const prover = fresh();
    const cookie = await signIn(prover);
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        put(prover.address, cookie, 0, { ...EXAMPLE_RULE, max_fee: String(n + 1) }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    const conflict = (await responses.find((response) => response.status === 409)?.json()) as {
      current: { version: number };
    };
    expect(conflict.current.version).toBe(1);
    const audit = (await (await call(`/bid-settings/${prover.address}/audit`, { cookie })).json()) as {
      entries: unknown[];
    };
    expect(audit.entries).toHaveLength(1);
  });

  it("answers a bad value with the bidder's rule in words, keeps nothing, and a stale save with the current values", async () => {
    const prover = fresh();
    const cookie = await signIn(prover);
    const bad = await put(prover.address, cookie, 0, { ...EXAMPLE_RULE, prover_gas_price: "0x10" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { prover_gas_price: [expect.stringMatching(/hexadecimal/)] } });
    expect(
      (await postJson(`/bid-settings/${prover.address}`, { settings: EXAMPLE_RULE }, { cookie, method: "PUT" })).status,
    ).toBe(400);
    expect(await stored(prover.address, cookie)).toMatchObject({ version: 0, settings: null });

    expect(await (await put(prover.address, cookie, 0, EXAMPLE_RULE)).json()).toEqual({ version: 1 });
    const stale = await put(prover.address, cookie, 0, { ...EXAMPLE_RULE, max_fee: "5" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      current: { version: 1, settings: EXAMPLE_RULE, updatedBy: prover.address },
    });
  });

  it("exports TOML that imports back to the stored settings, and shows an import's changes without saving them", async () => {
    const prover = fresh();
    const cookie = await signIn(prover);
    expect((await call(`/bid-settings/${prover.address}/export?format=rule`, { cookie })).status).toBe(404);
    await put(prover.address, cookie, 0, EXAMPLE_RULE);
    for (const format of ["rule", "config"]) {
      const exported = await call(`/bid-settings/${prover.address}/export?format=${format}`, { cookie });
      expect(exported.status).toBe(200);
      expect(exported.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
      const text = await exported.text();
      if (format === "config") {
        expect(parse(text)).toMatchObject({
          chain: { chain_id: DEVNET_CHAIN_ID, brevis_market_addr: MARKET, prover_eth_addr: prover.address },
        });
      }
      const imported = await call(`/bid-settings/${prover.address}/import`, { method: "POST", cookie, body: text });
      expect(await imported.json()).toMatchObject({ settings: EXAMPLE_RULE, current: { version: 1 }, changes: [] });
    }
    const edited = `[chain]\nsubmitter_passphrase = "hunter2"\n[rule]\nmax_fee = "7"\nprover_gas_price = "10000000000000"\nprove_min_duration = 3600\nvk_blacklist = ["0x${"0".repeat(64)}"]\n`;
    const diff = await call(`/bid-settings/${prover.address}/import`, { method: "POST", cookie, body: edited });
    const answer = await diff.text();
    expect(answer).not.toContain("hunter2");
    expect(JSON.parse(answer)).toMatchObject({
      changes: [{ key: "max_fee", before: EXAMPLE_RULE.max_fee, after: "7" }],
    });
    expect(await stored(prover.address, cookie)).toMatchObject({ version: 1, settings: EXAMPLE_RULE });
    const broken = await call(`/bid-settings/${prover.address}/import`, {
      method: "POST",
      cookie,
      body: "[rule]\nmax_fee = 0x10\n",
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: expect.any(Object) });
  });
});

describe("the API's limits and failures", () => {
  const config = (): ApiConfig => ({
    origins: [ORIGIN],
    chainId: DEVNET_CHAIN_ID,
    market: MARKET,
    client,
    sessionSecret: randomBytes(32).toString("hex"),
  });

  it("rate-limits the sign-in endpoints per client", async () => {
    const db = openAppDatabase(await pglite.fresh());
    opened.push(db);
    await migrate(db);
    const api = createApi({ config, database: async () => db, authRateLimit: { limit: 3, windowMs: 60_000 } });
    const nonce = (ip: string) =>
      api.request(`${ORIGIN}/api/auth/nonce`, { headers: { "x-forwarded-for": `1.2.3.4, ${ip}` } });
    for (let n = 0; n < 3; n++) expect((await nonce("10.0.0.1")).status).toBe(200);
    const limited = await nonce("10.0.0.1");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: expect.stringMatching(/wait/) });
    expect((await nonce("10.0.0.2")).status).toBe(200);
  }, 60_000);

  it("answers a server fault with a sentence and a reference, and logs its details under that reference", async () => {
    const api = createApi({
      config,
      database: async () => {
        throw new Error("connect ECONNREFUSED postgres://admin:secret@10.0.0.9/app");
      },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await api.request(`${ORIGIN}/api/auth/nonce`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/secret|10\.0\.0\.9|ECONNREFUSED|at /);
    const body = JSON.parse(text);
    expect(body).toEqual({
      error: `Something went wrong on the server. Try again. (reference ${body.reference})`,
      reference: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    const line = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(line).toMatchObject({ requestId: body.reference, route: "GET /api/auth/nonce" });
    expect(line.message).toContain("10.0.0.9");
    // Under the production server the reference is the request's own id, the one its request line carries.
    const again = await api.request(`${ORIGIN}/api/auth/nonce`, { headers: { "x-request-id": "3f9a0c1d2e4b" } });
    expect(await again.json()).toMatchObject({ reference: "3f9a0c1d2e4b" });
    log.mockRestore();
  });
});
