import { z } from "zod";

/** The most rows one page of any indexer list holds. */
export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;

/** A `limit` from 1 to `max`, `fallback` when absent, refused in words otherwise. */
export function limitUpTo(max: number, fallback: number) {
  return z.coerce
    .number({ message: "limit must be a whole number" })
    .int({ message: "limit must be a whole number" })
    .min(1, { message: `limit must be between 1 and ${max}` })
    .max(max, { message: `limit must be between 1 and ${max}` })
    .default(fallback);
}

/** `limit` and `offset` as every list endpoint of the indexer accepts them; the app pages within them. */
export const limitParam = limitUpTo(MAX_LIMIT, 25);

export const offsetParam = z.coerce
  .number({ message: "offset must be a whole number" })
  .int({ message: "offset must be a whole number" })
  .min(0, { message: `offset must be between 0 and ${MAX_OFFSET}` })
  .max(MAX_OFFSET, { message: `offset must be between 0 and ${MAX_OFFSET}` })
  .default(0);
