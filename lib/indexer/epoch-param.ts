/** An epoch number from a page's query string: a positive whole number, or null for anything else. */
export function parseEpochParam(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const epoch = Number(value);
  return epoch >= 1 && epoch <= 4_294_967_295 ? epoch : null;
}
