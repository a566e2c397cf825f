"use client";

import type { ReactNode } from "react";
import type { TxState } from "@/lib/tx/state";
import { PRIMARY_BUTTON } from "../ui/styles";
import { TxStatus } from "../ui/tx-status";
import { WriteGuard } from "../wallet/write-guard";

/**
 * One wizard step: its fields and summary, then its one button (a connect or switch prompt in its
 * place when the wallet cannot send) and the transaction's state in words.
 */
export function StepForm({
  onSubmit,
  action,
  label,
  disabled,
  tx,
  children,
}: {
  onSubmit: () => void;
  /** What the button does, for the connect and switch prompts: "approve", "join as a prover". */
  action: string;
  label: string;
  disabled: boolean;
  tx: TxState;
  children: ReactNode;
}) {
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <WriteGuard action={action}>
        <button type="submit" className={PRIMARY_BUTTON} disabled={disabled}>
          {label}
        </button>
      </WriteGuard>
      <TxStatus state={tx} />
    </form>
  );
}
