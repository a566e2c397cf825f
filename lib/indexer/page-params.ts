import { z } from "zod";

/** The most rows one page of any indexer list holds. */
export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;

/** `limit` and `offset` as every list endpoint of the indexer accepts them; the app pages within them. */
export const limitParam = z.coerce
  .number({ message: "limit must be a whole number" })
  .int({ message: "limit must be a whole number" })
  .min(1, { message: `limit must be between 1 and ${MAX_LIMIT}` })
  .max(MAX_LIMIT, { message: `limit must be between 1 and ${MAX_LIMIT}` })
  .default(25);

export const offsetParam = z.coerce
  .number({ message: "offset must be a whole number" })
  .int({ message: "offset must be a whole number" })
  .min(0, { message: `offset must be between 0 and ${MAX_OFFSET}` })
  .max(MAX_OFFSET, { message: `offset must be between 0 and ${MAX_OFFSET}` })
  .default(0);
