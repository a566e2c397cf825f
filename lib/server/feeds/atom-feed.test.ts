import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { eventPageSchema } from "@/lib/indexer/event-schemas";
import { atomFeed } from "./atom-feed";

const STAKER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const PROVER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

const page = eventPageSchema.parse({
  asOf: 1_700_001_000,
  next: null,
  items: [
    {
      id: "31337-unstake-x-1",
      kind: "unstake_matured",
      prover: PROVER,
      proverName: "<b>Evil & Co</b>",
      timestamp: 1_700_000_900,
      amount: "2500000000000000000",
      withdrawn: false,
    },
    {
      id: "31337-120-4",
      kind: "commission",
      prover: PROVER,
      proverName: "<b>Evil & Co</b>",
      timestamp: 1_700_000_500,
      blockNumber: 120,
      txHash: null,
      sourceKind: "default",
      oldRateBps: 1000,
      newRateBps: 1500,
    },
  ],
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml);
}

describe("atomFeed", () => {
  const options = { chainId: 31337, origin: "https://dash.example", decimals: 18 };

  it("is Atom with the feed's and each entry's required elements", () => {
    const { feed } = parse(atomFeed({ audience: "staker", address: STAKER, name: null }, page, options));
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`urn:provernet:31337:staker:${STAKER}`);
    expect(feed.title).toContain(STAKER);
    expect(new Date(feed.updated).getTime()).toBe(1_700_000_900_000);
    expect(feed.entry).toHaveLength(2);
    const [matured, commission] = feed.entry;
    expect(matured.id).toBe("urn:provernet:31337-unstake-x-1");
    expect(matured.link["@_href"]).toBe(`https://dash.example/portfolio?address=${STAKER}`);
    expect(commission.link["@_href"]).toBe(`https://dash.example/provers/${PROVER}`);
    expect(new Date(commission.updated).getTime()).toBe(1_700_000_500_000);
  });

  it("keeps a prover's name as text, whatever it holds", () => {
    const hostile = eventPageSchema.parse({
      ...page,
      items: page.items.map((item) => ({ ...item, amount: "1", proverName: "<b>Evil & Co</b>]]><x/>" })),
    });
    const xml = atomFeed({ audience: "prover", address: PROVER, name: "<b>Evil & Co</b>" }, hostile, options);
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<x/>");
    const { feed } = parse(xml);
    expect(feed.title).toContain("<b>Evil & Co</b>");
    // type="html": the reader decodes the entities once and shows the name's characters, never markup.
    expect(feed.entry[1].title["@_type"]).toBe("html");
    expect(feed.entry[1].title["#text"]).toBe(
      "&lt;b&gt;Evil &amp; Co&lt;/b&gt;]]&gt;&lt;x/&gt; changed its default commission from 10.00% to 15.00%",
    );
  });

  it("words an amount with the token's decimals", () => {
    const { feed } = parse(
      atomFeed({ audience: "staker", address: STAKER, name: null }, page, { ...options, decimals: 6 }),
    );
    expect(feed.entry[0].title["#text"]).toContain("2,500,000,000,000");
  });
});
