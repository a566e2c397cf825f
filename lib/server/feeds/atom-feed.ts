import { Feed } from "feed";
import type { Address } from "viem";
import { eventPath, feedPath } from "@/lib/feeds/event-links";
import { type Audience, eventTitle } from "@/lib/feeds/event-text";
import type { EventPage } from "@/lib/indexer/event-schemas";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * The library writes entry titles and summaries as Atom `type="html"` in CDATA: plain text must be
 * escaped as HTML so a reader shows a prover's name as the characters it is (and no "]]>" ends the CDATA).
 */
function asHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

export type FeedSubject = { audience: Audience; address: Address; name: string | null };

/**
 * An Atom document of a staker's or a prover's events, newest first. Ids are URNs of the chain
 * and the event, so a reader never sees an entry twice; links use the dashboard's public origin.
 */
export function atomFeed(
  subject: FeedSubject,
  page: EventPage,
  { chainId, origin, decimals }: { chainId: number; origin: string; decimals: number },
): string {
  const newest = page.items[0]?.timestamp ?? page.asOf;
  const label = subject.name?.trim() ? `${subject.name.trim()} (${subject.address})` : subject.address;
  const feed = new Feed({
    id: `urn:provernet:${chainId}:${subject.audience}:${subject.address}`,
    title:
      subject.audience === "staker" ? `ProverNet alerts for staker ${label}` : `ProverNet alerts for prover ${label}`,
    description:
      subject.audience === "staker"
        ? "Commission changes, slashes and state changes of the provers this address backs, its matured unstakes and its epoch rewards."
        : "This prover's commission changes, slashes, state changes and epoch rewards.",
    link:
      subject.audience === "staker"
        ? `${origin}/portfolio?address=${subject.address}`
        : `${origin}/provers/${subject.address}`,
    feedLinks: { atom: `${origin}${feedPath(subject.audience, subject.address)}` },
    updated: new Date(newest * 1000),
    generator: "ProverNet dashboard",
    copyright: "Public chain data",
  });
  for (const event of page.items) {
    const title = asHtml(eventTitle(event, subject.audience, decimals));
    feed.addItem({
      id: `urn:provernet:${event.id}`,
      title,
      description: title,
      link: `${origin}${eventPath(event, subject.audience, subject.address)}`,
      date: new Date(event.timestamp * 1000),
    });
  }
  return feed.atom1();
}
