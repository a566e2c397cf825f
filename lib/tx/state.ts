import type { Hash } from "viem";

/** The one state machine every write goes through: idle → simulating → awaiting-wallet → pending → confirmed | failed. */
export type TxState =
  | { status: "idle" }
  | { status: "simulating" }
  | { status: "awaiting-wallet" }
  | { status: "pending"; hash: Hash }
  | { status: "confirmed"; hash: Hash }
  | { status: "failed"; reason: string; hash?: Hash };

export const IDLE: TxState = { status: "idle" };

/** True while a write is in flight: the button that started it stays disabled. */
export function isBusy(state: TxState): boolean {
  return state.status === "simulating" || state.status === "awaiting-wallet" || state.status === "pending";
}

/** Words for the step the write is at, for a status line next to the button. */
export function describeTxState(state: TxState): string {
  switch (state.status) {
    case "idle":
      return "";
    case "simulating":
      return "Checking the transaction…";
    case "awaiting-wallet":
      return "Confirm in your wallet…";
    case "pending":
      return "Waiting for the transaction to be included…";
    case "confirmed":
      return "Transaction confirmed.";
    case "failed":
      return state.reason;
  }
}
