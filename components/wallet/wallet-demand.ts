"use client";

import { useSyncExternalStore } from "react";

// Whether this page wants the wallet stack (wagmi, RainbowKit: most of a page's JS). A visitor
// without a saved connection gets it when they first ask to connect; until then read pages
// carry none of it, and a request for the connect modal waits here for the first island.
let wanted = false;
let modalRequested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the wallet islands now and opens RainbowKit's connect modal once the header's has loaded. */
export function requestWallet() {
  modalRequested = true;
  wanted = true;
  for (const listener of listeners) listener();
}

/** True once, for the island that opens the modal a click asked for. */
export function takeModalRequest(): boolean {
  const requested = modalRequested;
  modalRequested = false;
  return requested;
}

export function useWalletWanted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
}
