import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "./address-policy";
import { type IconType, isIconType, mediaType, sniffIconType } from "./image-type";

export type Icon = { type: IconType; body: Buffer };
type ResolvedAddress = { address: string; family: number };

/** Why an icon is not served, in a sentence for whoever opens the URL; the status says whose fault it is. */
export class IconRefusedError extends Error {
  override name = "IconRefusedError";
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 502 | 504,
    message: string,
  ) {
    super(message);
  }
}

/** The rules one fetch follows. Production uses ICON_POLICY; tests pass their own to reach a local server. */
export type IconFetchPolicy = {
  protocols: readonly string[];
  allowAddress: (address: string) => boolean;
  resolve: (hostname: string) => Promise<ResolvedAddress[]>;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
};

export const ICON_POLICY: IconFetchPolicy = {
  protocols: ["https:"],
  allowAddress: isPublicAddress,
  resolve: (hostname) => dnsLookup(hostname, { all: true }),
  timeoutMs: 3_000,
  maxBytes: 256 * 1024,
  maxRedirects: 3,
};

function parseIconUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new IconRefusedError(400, "The icon address is not a URL.");
  }
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** The one address this hop may connect to: every address the name resolves to must pass the policy. */
async function checkedAddress(url: URL, policy: IconFetchPolicy, signal: AbortSignal): Promise<ResolvedAddress> {
  if (!policy.protocols.includes(url.protocol)) throw new IconRefusedError(403, "Icons are only loaded over https.");
  if (url.username || url.password) throw new IconRefusedError(400, "An icon address may not carry a password.");
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(host);
  const addresses = family
    ? [{ address: host, family }]
    : await Promise.race([policy.resolve(host), untilAborted(signal)]).catch((error: unknown) => {
        if (signal.aborted) throw error;
        throw new IconRefusedError(502, "The icon's host name does not resolve.");
      });
  const [first] = addresses;
  if (!first) throw new IconRefusedError(502, "The icon's host name does not resolve.");
  if (!addresses.every((entry) => policy.allowAddress(entry.address))) {
    throw new IconRefusedError(403, "The icon's host is a private or local address, which the dashboard never loads.");
  }
  return first;
}

/** GET pinned to the checked address: the connection never resolves the name again (DNS rebinding). */
function get(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  const lookup = ((_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup,
        signal,
        agent: false,
        headers: {
          accept: "image/png,image/jpeg,image/webp,image/gif",
          "accept-encoding": "identity",
          "user-agent": "ProverNet dashboard icon proxy",
        },
      },
      resolve,
    );
    request.on("error", reject);
  });
}

async function readIcon(response: http.IncomingMessage, maxBytes: number): Promise<Icon> {
  if (response.statusCode !== 200) {
    throw new IconRefusedError(502, `The icon's host answered HTTP ${response.statusCode}.`);
  }
  const declared = mediaType(response.headers["content-type"]);
  if (!isIconType(declared)) {
    throw new IconRefusedError(415, "The icon is not a PNG, JPEG, WebP or GIF image (SVG is never loaded).");
  }
  const encoding = response.headers["content-encoding"];
  if (encoding && encoding !== "identity") {
    throw new IconRefusedError(415, "The icon's host sent it compressed, which the dashboard does not unpack.");
  }
  const tooBig = new IconRefusedError(413, `The icon is larger than ${maxBytes / 1024} kB.`);
  if (Number(response.headers["content-length"]) > maxBytes) throw tooBig;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Counted while it streams: a host that lies about its length or sends none is cut off here.
    if (size > maxBytes) throw tooBig;
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const type = sniffIconType(body);
  if (!type) throw new IconRefusedError(415, "The icon's bytes are not a PNG, JPEG, WebP or GIF image.");
  return { type, body };
}

/**
 * Fetches an icon from the URL a prover set on chain, for the same-origin proxy: every hop's host
 * is resolved and checked before connecting, redirects are followed by hand and checked again,
 * and the answer must be a small raster image by its declared type and by its bytes.
 */
export async function fetchIcon(raw: string, policy: IconFetchPolicy = ICON_POLICY): Promise<Icon> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = parseIconUrl(raw);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, await checkedAddress(url, policy, signal), signal);
      try {
        const location = response.headers.location;
        if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
          if (redirects >= policy.maxRedirects) {
            throw new IconRefusedError(502, "The icon's host redirected too many times.");
          }
          url = parseIconUrl(new URL(location, url).toString());
          continue;
        }
        return await readIcon(response, policy.maxBytes);
      } finally {
        response.destroy();
      }
    }
  } catch (error) {
    if (error instanceof IconRefusedError) throw error;
    if (signal.aborted) throw new IconRefusedError(504, "The icon's host took too long to answer.");
    throw new IconRefusedError(502, "The icon's host could not be reached.");
  }
}
