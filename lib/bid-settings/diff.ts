import { type BidSettings, RULE_KEYS, type RuleKey } from "./schema";

export type BidSettingsChange<K extends RuleKey = RuleKey> = {
  key: K;
  before: BidSettings[K] | null;
  after: BidSettings[K];
};

/** The rules that differ between what is stored (null: nothing yet) and `after`, in the bidder's key order. */
export function diffBidSettings(before: BidSettings | null, after: BidSettings): BidSettingsChange[] {
  return RULE_KEYS.flatMap((key) => {
    const old = before ? before[key] : null;
    return JSON.stringify(old) === JSON.stringify(after[key]) ? [] : [{ key, before: old, after: after[key] }];
  });
}
