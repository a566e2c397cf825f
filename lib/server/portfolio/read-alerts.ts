import type { Address } from "viem";
import { type AlertItem, eventPath } from "@/lib/feeds/event-links";
import { eventTitle } from "@/lib/feeds/event-text";
import { readHistory } from "@/lib/indexer/read-history";
import { readBrevDecimals } from "@/lib/server/chain/brev-decimals";

/** The bell's newest alerts: as many as fit a glance; the feed holds more. */
const BELL_ITEMS = 30;

/** A staker's newest alerts worded for the bell, or null when the indexer or the chain cannot say. */
export async function readAlerts(address: Address): Promise<{ items: AlertItem[]; asOf: number } | null> {
  const [read, decimals] = await Promise.all([
    readHistory((indexer) => indexer.stakerEvents(address, { limit: BELL_ITEMS })),
    readBrevDecimals(),
  ]);
  if (read.status !== "ok" || decimals === null) return null;
  return {
    asOf: read.data.asOf,
    items: read.data.items.map((event) => ({
      id: event.id,
      title: eventTitle(event, "staker", decimals),
      timestamp: event.timestamp,
      href: eventPath(event, "staker", address),
    })),
  };
}
