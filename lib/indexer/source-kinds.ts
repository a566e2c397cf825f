/**
 * Where a reward came from, as the indexer classifies `RewardsAdded` sources. Kept apart from the
 * zod schemas so a client island can list the kinds without shipping zod.
 */
export const SOURCE_KINDS = ["market", "epoch", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
