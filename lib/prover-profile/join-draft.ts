import { z } from "zod";
import { ICON_URL_MAX_BYTES, NAME_MAX_BYTES } from "./profile-limits";

/**
 * What a person typed into the join wizard and has not sent yet, kept for this browser tab so a
 * reload does not lose it. Nothing secret: the same text the transaction will put on chain.
 * A profile draft remembers the chain's profile it was typed over (`base`): once the chain holds
 * something else, the chain wins and the draft is dropped.
 */
export type JoinDraft = {
  rateText?: string;
  profile?: { name: string; iconUrl: string; base: { name: string; iconUrl: string } };
};

// Generous caps (four bytes a character at most): storage holds what a person could type, no more.
const text = (max: number) => z.string().max(max);
const profileText = z.object({ name: text(NAME_MAX_BYTES * 4), iconUrl: text(ICON_URL_MAX_BYTES * 4) });
const schema = z.object({
  rateText: text(32).optional(),
  profile: profileText.extend({ base: profileText }).optional(),
});

/** The storage key of one account's draft on one chain. */
export function joinDraftKey(chainId: number, account: string): string {
  return `provernet:join-draft:${chainId}:${account.toLowerCase()}`;
}

/** A stored draft, or an empty one when there is none or it is not what this code writes. */
export function parseJoinDraft(raw: string | null): JoinDraft {
  if (raw === null) return {};
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The draft's profile when the chain still holds the profile it was typed over; else none. */
export function profileDraftFor(
  draft: JoinDraft,
  chain: { name: string; iconUrl: string },
): JoinDraft["profile"] | undefined {
  const profile = draft.profile;
  if (!profile) return undefined;
  return profile.base.name === chain.name && profile.base.iconUrl === chain.iconUrl ? profile : undefined;
}

/** Reads a draft from sessionStorage; a browser that refuses storage simply has none. */
export function loadJoinDraft(key: string): JoinDraft {
  try {
    return parseJoinDraft(sessionStorage.getItem(key));
  } catch {
    return {};
  }
}

/** Writes a draft (or removes the key when nothing is left in it); storage errors lose only the draft. */
export function saveJoinDraft(key: string, draft: JoinDraft): void {
  try {
    if (draft.rateText === undefined && draft.profile === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the form still works, the draft just does not survive a reload.
  }
}
