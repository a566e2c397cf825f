"use client";

import { useEffect, useId } from "react";
import { describeTxState, type TxState } from "@/lib/tx/state";
import { useToast } from "./toast";

/**
 * Follows a write of the transaction helper in one toast: from the moment it has a hash, and its
 * outcome (a failure before any hash too, such as a rejection in the wallet).
 */
export function useTxToast(state: TxState, action: string) {
  const { show } = useToast();
  const id = useId();
  useEffect(() => {
    if (state.status === "pending") {
      show({ id, tone: "info", message: `${action}: ${describeTxState(state)}`, hash: state.hash });
    } else if (state.status === "confirmed") {
      show({ id, tone: "success", message: `${action}: ${describeTxState(state)}`, hash: state.hash });
    } else if (state.status === "failed") {
      show({ id, tone: "danger", message: `${action} failed. ${state.reason}`, hash: state.hash });
    }
  }, [state, action, id, show]);
}
