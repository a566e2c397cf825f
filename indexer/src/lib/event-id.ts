/** A log's unique, ordered id: block number and log index. */
export function eventId(event: { block: { number: bigint }; log: { logIndex: number } }): string {
  return `${event.block.number}-${event.log.logIndex}`;
}

/** The UTC day number of a unix time in seconds. */
export function dayOf(timestamp: bigint): number {
  return Number(timestamp / 86_400n);
}
