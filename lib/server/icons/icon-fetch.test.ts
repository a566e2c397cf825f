import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy";
import { fetchIcon, ICON_POLICY, type IconFetchPolicy, IconRefusedError } from "./icon-fetch";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Handler> = {
  "/icon.png": (_, res) => res.writeHead(200, { "content-type": "image/png" }).end(PNG),
  "/jpeg-said-png": (_, res) => res.writeHead(200, { "content-type": "image/png; charset=binary" }).end(JPEG),
  "/icon.svg": (_, res) => res.writeHead(200, { "content-type": "image/svg+xml" }).end(SVG),
  "/svg-said-png": (_, res) => res.writeHead(200, { "content-type": "image/png" }).end(SVG),
  "/page.html": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>hello</p>"),
  "/huge.png": (_, res) =>
    res.writeHead(200, { "content-type": "image/png" }).end(Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)])),
  "/huge-unsized.png": (_, res) => {
    res.writeHead(200, { "content-type": "image/png", "transfer-encoding": "chunked" });
    res.write(PNG);
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < 10 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", more);
      }
      res.end();
    };
    more();
  },
  "/slow.png": () => {
    // Never answers: the fetch must give up on its own.
  },
  "/missing.png": (_, res) => res.writeHead(404, { "content-type": "text/plain" }).end("no"),
  "/gzipped.png": (_, res) => res.writeHead(200, { "content-type": "image/png", "content-encoding": "gzip" }).end(PNG),
  "/to-icon": (_, res) => res.writeHead(302, { location: "/icon.png" }).end(),
  "/to-private": (_, res) => res.writeHead(302, { location: "http://10.0.0.7/icon.png" }).end(),
  "/to-metadata": (_, res) => res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-metadata-v6": (_, res) => res.writeHead(307, { location: "http://[fd00:ec2::254]/latest/" }).end(),
  "/loop": (_, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/host": (req, res) =>
    res.writeHead(200, { "content-type": "image/png", "x-seen-host": req.headers.host ?? "" }).end(PNG),
};

let server: Server;
let origin: string;
let port: number;
const hostsSeen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hostsSeen.push(request.headers.host ?? "");
    const handler = routes[new URL(request.url ?? "/", "http://x").pathname];
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/**
 * The production rules with two exceptions so a test can reach its own server: plain http, and
 * 127.0.0.1 counted as public. Every other address is judged as in production.
 */
const TEST_POLICY: IconFetchPolicy = {
  ...ICON_POLICY,
  protocols: ["http:", "https:"],
  allowAddress: (address) => address === "127.0.0.1" || isPublicAddress(address),
  timeoutMs: 1_500,
};

async function refusal(promise: Promise<unknown>): Promise<IconRefusedError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(IconRefusedError);
  return error as IconRefusedError;
}

describe("fetchIcon with the production policy", () => {
  it("refuses an http://127.0.0.1 icon", async () => {
    const error = await refusal(fetchIcon(`${origin}/icon.png`));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/https/);
  });

  it("refuses https://127.0.0.1 and https://localhost: the address is loopback once resolved", async () => {
    for (const url of [`https://127.0.0.1:${port}/icon.png`, `https://localhost:${port}/icon.png`, "https://[::1]/"]) {
      const error = await refusal(fetchIcon(url));
      expect(error.status).toBe(403);
      expect(error.message).toMatch(/private or local address/);
    }
  });

  it("refuses a name that resolves to a private address, and one with any private address among public ones", async () => {
    for (const addresses of [["10.0.0.1"], ["93.184.215.14", "192.168.0.2"]]) {
      const resolve = async () => addresses.map((address) => ({ address, family: 4 }));
      const error = await refusal(fetchIcon("https://icons.example/a.png", { ...ICON_POLICY, resolve }));
      expect(error.status).toBe(403);
    }
  });

  it("refuses addresses that are not URLs, and passwords in them", async () => {
    expect((await refusal(fetchIcon("not a url"))).status).toBe(400);
    expect((await refusal(fetchIcon("https://user:secret@icons.example/a.png"))).status).toBe(400);
  });
});

describe("fetchIcon against a local server (test policy)", () => {
  it("serves a PNG, by the type its bytes are", async () => {
    const icon = await fetchIcon(`${origin}/icon.png`, TEST_POLICY);
    expect(icon.type).toBe("image/png");
    expect(icon.body.equals(PNG)).toBe(true);
    expect((await fetchIcon(`${origin}/jpeg-said-png`, TEST_POLICY)).type).toBe("image/jpeg");
  });

  it("connects to the address it checked, not to a second resolution of the name", async () => {
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const icon = await fetchIcon(`http://icons.test:${port}/host`, { ...TEST_POLICY, resolve });
    expect(icon.type).toBe("image/png");
    expect(hostsSeen).toContain(`icons.test:${port}`);
  });

  it("follows a redirect to an allowed host", async () => {
    expect((await fetchIcon(`${origin}/to-icon`, TEST_POLICY)).type).toBe("image/png");
  });

  it.each(["/to-private", "/to-metadata", "/to-metadata-v6"])(
    "refuses a redirect to a private address (%s)",
    async (path) => {
      const error = await refusal(fetchIcon(`${origin}${path}`, TEST_POLICY));
      expect(error.status).toBe(403);
    },
  );

  it("stops after three redirects", async () => {
    const error = await refusal(fetchIcon(`${origin}/loop`, TEST_POLICY));
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/redirected too many times/);
  });

  it("refuses an SVG, by its declared type and by its bytes", async () => {
    for (const path of ["/icon.svg", "/svg-said-png"]) {
      const error = await refusal(fetchIcon(`${origin}${path}`, TEST_POLICY));
      expect(error.status).toBe(415);
    }
  });

  it("refuses a page that is not an image", async () => {
    expect((await refusal(fetchIcon(`${origin}/page.html`, TEST_POLICY))).status).toBe(415);
  });

  it("refuses a compressed body instead of unpacking it", async () => {
    expect((await refusal(fetchIcon(`${origin}/gzipped.png`, TEST_POLICY))).status).toBe(415);
  });

  it("refuses a 10 MB file, whether or not the host says its length", async () => {
    for (const path of ["/huge.png", "/huge-unsized.png"]) {
      const error = await refusal(fetchIcon(`${origin}${path}`, TEST_POLICY));
      expect(error.status).toBe(413);
      expect(error.message).toMatch(/larger than 256 kB/);
    }
  });

  it("gives up on a host that does not answer", async () => {
    const error = await refusal(fetchIcon(`${origin}/slow.png`, { ...TEST_POLICY, timeoutMs: 300 }));
    expect(error.status).toBe(504);
  });

  it("says so when the host answers with an error or is not there", async () => {
    expect((await refusal(fetchIcon(`${origin}/missing.png`, TEST_POLICY))).status).toBe(502);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await refusal(fetchIcon(`http://127.0.0.1:${closedPort}/a.png`, TEST_POLICY))).status).toBe(502);
  });
});
