import type { SourceKind } from "../indexer/source-kinds";

/** Where a reward came from, in the words every table and history row uses. */
export const SOURCE_LABEL: Record<SourceKind, string> = {
  market: "Market fees",
  epoch: "Foundation epochs",
  other: "Other sources",
};
