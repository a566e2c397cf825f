"use client";

import { describeTxState, type TxState } from "@/lib/tx/state";

const TONE: Record<TxState["status"], string> = {
  idle: "",
  simulating: "text-muted",
  "awaiting-wallet": "text-muted",
  pending: "text-muted",
  confirmed: "text-success",
  failed: "text-danger",
};

/** The transaction helper's state in words, announced to screen readers as it changes. */
export function TxStatus({ state }: { state: TxState }) {
  if (state.status === "idle") return null;
  const hash = "hash" in state ? state.hash : undefined;
  return (
    <div role="status" aria-live="polite" className={`text-sm ${TONE[state.status]}`} data-testid="tx-status">
      <p>{describeTxState(state)}</p>
      {hash ? (
        <p className="mt-1 break-all font-mono text-muted text-xs">
          Transaction <span data-testid="tx-hash">{hash}</span>
        </p>
      ) : null}
    </div>
  );
}
