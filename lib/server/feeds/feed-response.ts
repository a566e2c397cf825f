import { type Address, getAddress, isAddress } from "viem";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import type { Audience } from "@/lib/feeds/event-text";
import { IndexerResponseError, IndexerUnavailableError } from "@/lib/indexer/client";
import type { EventPage } from "@/lib/indexer/event-schemas";
import { serverIndexer } from "@/lib/indexer/server";
import { appOrigins } from "@/lib/server/api/api-config";
import { readBrevDecimals } from "@/lib/server/chain/brev-decimals";
import { servedOverHttps } from "@/lib/server/security/security-headers";
import { atomFeed } from "./atom-feed";

/** The newest entries a feed holds: readers poll, they do not page. */
export const FEED_ENTRIES = 50;
/** Readers may keep a feed this long (seconds): an alert a minute late is still news. */
const MAX_AGE = 60;

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** `0x….xml` → the address, or null. */
export function feedAddress(file: string): Address | null {
  const match = /^(0x[0-9a-fA-F]{40})\.xml$/.exec(file);
  return match?.[1] && isAddress(match[1], { strict: false }) ? getAddress(match[1]) : null;
}

/**
 * Where the feed's links point: APP_ORIGIN's first origin when the operator set it, else the
 * origin this request reached, with the scheme the reverse proxy in front saw. A feed needs no
 * configured origin to be read (a link is not a credential, unlike sign-in's origin).
 */
export function feedOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  if (env.APP_ORIGIN?.trim()) return appOrigins(env, false)[0] as string;
  const url = new URL(request.url);
  return `${servedOverHttps(url, request.headers) ? "https:" : url.protocol}//${url.host}`;
}

/** GET /feeds/<audience>/<address>.xml: the address's newest events as Atom. */
export async function feedResponse(audience: Audience, file: string, request: Request): Promise<Response> {
  const address = feedAddress(file);
  if (!address) {
    return refuse(
      400,
      `A feed's name is an Ethereum address (0x followed by 40 hexadecimal characters) and ".xml", like /feeds/${audience}/0x0000000000000000000000000000000000000000.xml.`,
    );
  }
  const indexer = serverIndexer();
  if (!indexer) return refuse(503, "This feed is unavailable: no indexer is configured.");
  let read: [EventPage, string | null];
  try {
    read = await Promise.all([
      audience === "staker"
        ? indexer.stakerEvents(address, { limit: FEED_ENTRIES })
        : indexer.proverEvents(address, { limit: FEED_ENTRIES }),
      audience === "prover" ? indexer.prover(address).then((detail) => detail.prover.name) : null,
    ]);
  } catch (error) {
    if (error instanceof IndexerResponseError && error.status === 404) {
      return refuse(404, `${address} is not a prover the indexer knows: it never registered.`);
    }
    if (error instanceof IndexerUnavailableError || error instanceof IndexerResponseError) {
      return refuse(503, `This feed is unavailable: ${error.message}`);
    }
    throw error;
  }
  const decimals = await readBrevDecimals();
  if (decimals === null)
    return refuse(503, "This feed is unavailable: the chain did not answer. Try again in a moment.");
  const runtime = readChainRuntimeConfig();
  const [page, name] = read;
  const body = atomFeed({ audience, address, name }, page, {
    chainId: deploymentFor(runtime.network).chainId,
    origin: feedOrigin(request),
    decimals,
  });
  return new Response(body, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": `public, max-age=${MAX_AGE}`,
    },
  });
}
