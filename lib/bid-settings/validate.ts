import { type BidSettings, bidSettingsSchema, type RuleKey } from "./schema";

/** Sentences per field; `settings` holds those about the whole value (unknown keys, wrong shape). */
export type FieldErrors = Partial<Record<RuleKey | "settings", string[]>>;

export type Validation = { ok: true; settings: BidSettings } | { ok: false; errors: FieldErrors };

/** Bid settings checked as the bidder will read them, with every problem in words by field. */
export function validateBidSettings(input: unknown): Validation {
  const result = bidSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = (typeof issue.path[0] === "string" ? issue.path[0] : "settings") as RuleKey | "settings";
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return { ok: false, errors };
}
