import type { Address } from "viem";

// Every query key is built here, so a write that invalidates a key names the same factory
// as the screen that reads it and can never forget a screen.
export const keys = {
  token: {
    all: (chainId: number) => ["token", chainId] as const,
    balance: (chainId: number, token: Address, owner: Address) => ["token", chainId, token, "balance", owner] as const,
  },
};
