/**
 * The largest epoch number the indexer stores (a Postgres integer; the contract's uint32 epochs
 * count up by one per epoch and stay far below it).
 */
export const MAX_EPOCH = 2_147_483_647;

/** An epoch number from a page's query string: a positive whole number, or null for anything else. */
export function parseEpochParam(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const epoch = Number(value);
  return epoch >= 1 && epoch <= MAX_EPOCH ? epoch : null;
}
