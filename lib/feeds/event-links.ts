import type { Address } from "viem";
import type { WatchEvent } from "../indexer/event-schemas";
import type { Audience } from "./event-text";

/** Where the dashboard shows what an event is about: the staker's portfolio for its unstakes, else the prover. */
export function eventPath(event: WatchEvent, audience: Audience, address: Address): string {
  return event.kind === "unstake_matured" && audience === "staker"
    ? `/portfolio?address=${address}`
    : `/provers/${event.prover}`;
}

export function feedPath(audience: Audience, address: Address): string {
  return `/feeds/${audience}/${address}.xml`;
}

/** One alert as the server words it for the bell (a prover's name inside is only ever text). */
export type AlertItem = { id: string; title: string; timestamp: number; href: string };
