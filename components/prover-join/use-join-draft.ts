"use client";

import { useCallback, useEffect, useState } from "react";
import type { Address } from "viem";
import { type JoinDraft, joinDraftKey, loadJoinDraft, saveJoinDraft } from "@/lib/prover-profile/join-draft";

/**
 * The wizard's typed values for this chain and account, mirrored to sessionStorage so a reload
 * (or a wallet that reloads the page) keeps them. The component is keyed by account, so the key
 * never changes under a mounted wizard.
 */
export function useJoinDraft(chainId: number, account: Address) {
  const key = joinDraftKey(chainId, account);
  const [draft, setDraft] = useState<JoinDraft>(() => loadJoinDraft(key));
  // Also rewrites a draft that failed to parse as nothing at all.
  useEffect(() => saveJoinDraft(key, draft), [key, draft]);
  const update = useCallback((change: Partial<JoinDraft>) => setDraft((previous) => ({ ...previous, ...change })), []);
  /** Forgets one step's values: its transaction is mined, or the chain has moved past them. */
  const drop = useCallback(
    (part: keyof JoinDraft) =>
      setDraft((previous) => {
        if (previous[part] === undefined) return previous;
        const { [part]: _, ...rest } = previous;
        return rest;
      }),
    [],
  );
  return { draft, update, drop };
}
