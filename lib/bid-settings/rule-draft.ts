import { z } from "zod";
import { type BidSettings, RULE_KEYS } from "./schema";

/**
 * The rule as the editor holds it: every value as typed, a vk list as one entry per line. Kept
 * apart from BidSettings so a half-typed value survives until the person fixes it.
 */
export type RuleDraftValues = Record<(typeof RULE_KEYS)[number], string>;

/** What was typed, and the stored version it was typed over (0: nothing stored yet). */
export type RuleDraft = { base: number; values: RuleDraftValues };

const isList = (key: string): key is "vk_whitelist" | "vk_blacklist" =>
  key === "vk_whitelist" || key === "vk_blacklist";

/** The editor's text for stored settings. */
export function draftValues(settings: BidSettings): RuleDraftValues {
  return Object.fromEntries(
    RULE_KEYS.map((key) => {
      const value = settings[key];
      return [key, Array.isArray(value) ? value.join("\n") : value];
    }),
  ) as RuleDraftValues;
}

/** The editor's text as settings to validate: a list loses blank lines and the spaces around entries. */
export function settingsFromDraft(values: RuleDraftValues): Record<string, string | string[]> {
  return Object.fromEntries(
    RULE_KEYS.map((key) => [
      key,
      isList(key)
        ? values[key]
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "")
        : values[key],
    ]),
  );
}

/** The storage key of one account's draft for one prover on one chain. */
export function ruleDraftKey(chainId: number, prover: string, account: string): string {
  return `provernet:bid-settings-draft:${chainId}:${prover.toLowerCase()}:${account.toLowerCase()}`;
}

// Generous caps: storage holds what a person could type into the editor, no more.
const draftSchema = z.object({
  base: z.number().int().nonnegative(),
  values: z.object(Object.fromEntries(RULE_KEYS.map((key) => [key, z.string().max(64 * 1024)]))),
});

/** A stored draft, or none when there is none or it is not what this code writes. */
export function parseRuleDraft(raw: string | null): RuleDraft | null {
  if (raw === null) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as RuleDraft) : null;
  } catch {
    return null;
  }
}

/** Reads a draft from sessionStorage; a browser that refuses storage simply has none. */
export function loadRuleDraft(key: string): RuleDraft | null {
  try {
    return parseRuleDraft(sessionStorage.getItem(key));
  } catch {
    return null;
  }
}

/** Writes a draft, or removes it (null); storage errors lose only the draft. */
export function saveRuleDraft(key: string, draft: RuleDraft | null): void {
  try {
    if (draft === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the editor still works, the draft just does not survive a reload.
  }
}
