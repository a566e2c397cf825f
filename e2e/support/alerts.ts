// What a spec needs to read the Atom feeds as a feed reader would: fetch, validate with a real
// XML parser, and pull out the feed's and each entry's required Atom elements.
import type { APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Address } from "viem";
import { stakingControllerAbi } from "../../lib/contracts/generated";
import type { Chain } from "../fixtures/chain";
import { stakingControllerAddress } from "../fixtures/contracts";

export type AtomEntry = { id: string; title: string; updated: string; link: string };
export type AtomFeed = { id: string; title: string; updated: string; entries: AtomEntry[] };

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "#text" in value) return String((value as { "#text": unknown })["#text"]);
  return "";
}

/** Parses an Atom document, failing in words when it is not well-formed XML or not Atom. */
export function parseAtom(xml: string): AtomFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`The feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const { feed } = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === "entry" || name === "link",
  }).parse(xml);
  if (feed?.["@_xmlns"] !== "http://www.w3.org/2005/Atom") throw new Error("The document is not an Atom feed.");
  return {
    id: text(feed.id),
    title: text(feed.title),
    updated: text(feed.updated),
    entries: (feed.entry ?? []).map((entry: Record<string, unknown>) => ({
      id: text(entry.id),
      title: text(entry.title),
      updated: text(entry.updated),
      link: String((entry.link as { "@_href": string }[] | undefined)?.[0]?.["@_href"] ?? ""),
    })),
  };
}

export async function readFeed(request: APIRequestContext, audience: "staker" | "prover", address: Address) {
  const response = await request.get(`/feeds/${audience}/${address}.xml`);
  return { response, feed: response.ok() ? parseAtom(await response.text()) : null };
}

/** The prover itself sets its default commission rate (a seeded prover's key is not on the fork: impersonated). */
export async function setDefaultCommissionAs(chain: Chain, prover: Address, bps: bigint): Promise<void> {
  await chain.client.impersonateAccount({ address: prover });
  const hash = await chain.client.writeContract({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    account: prover,
    chain: chain.client.chain,
    functionName: "setCommissionRate",
    args: ["0x0000000000000000000000000000000000000000", bps],
  });
  await chain.receipt(hash);
}
