import type { Address } from "viem";

// Every query key is built here, so a write that invalidates a key names the same factory
// as the screen that reads it and can never forget a screen.
export const keys = {
  token: {
    all: (chainId: number) => ["token", chainId] as const,
    balance: (chainId: number, token: Address, owner: Address) => ["token", chainId, token, "balance", owner] as const,
    allowance: (chainId: number, token: Address, owner: Address, spender: Address) =>
      ["token", chainId, token, "allowance", owner, spender] as const,
    decimals: (chainId: number, token: Address) => ["token", chainId, token, "decimals"] as const,
  },
  /** A vault's share units (decimals, offset): fixed when it was deployed, so never invalidated. */
  vault: {
    units: (chainId: number, vault: Address) => ["vault", chainId, vault, "units"] as const,
  },
  // Every staking write (stake, unstake, complete) changes vault totals, positions and pending
  // requests at once: it invalidates `staking.all`, which covers every key below.
  staking: {
    all: (chainId: number) => ["staking", chainId] as const,
    prover: (chainId: number, prover: Address) => ["staking", chainId, "prover", prover] as const,
    position: (chainId: number, user: Address, prover: Address) =>
      ["staking", chainId, "position", user, prover] as const,
    portfolio: (chainId: number, user: Address) => ["staking", chainId, "portfolio", user] as const,
    /** Shares a stake of `amount` wei would mint now; the amount as a decimal string. */
    preview: (chainId: number, prover: Address, amount: string) =>
      ["staking", chainId, "preview", prover, amount] as const,
  },
  /** The join wizard's reads for one account; every join write invalidates `join.account`. */
  join: {
    account: (chainId: number, account: Address) => ["join", chainId, account] as const,
    facts: (chainId: number, account: Address) => ["join", chainId, account, "facts"] as const,
    /** Gas of the steps still ahead, for the values typed so far. */
    costs: (chainId: number, account: Address, plan: string) => ["join", chainId, account, "costs", plan] as const,
  },
  /** Whether an account is a prover, a submitter for one, or neither: who may keep which prover's bid settings. */
  accountRole: (chainId: number, account: Address) => ["account-role", chainId, account] as const,
  /** The dashboard's sign-in session, and the bid settings it opens; signing in or out invalidates `all`. */
  bidSettings: {
    all: (chainId: number) => ["bid-settings", chainId] as const,
    session: (chainId: number) => ["bid-settings", chainId, "session"] as const,
    prover: (chainId: number, prover: Address) => ["bid-settings", chainId, "prover", prover] as const,
    stored: (chainId: number, prover: Address) => ["bid-settings", chainId, "prover", prover, "stored"] as const,
    audit: (chainId: number, prover: Address) => ["bid-settings", chainId, "prover", prover, "audit"] as const,
    /** The market's parameters the warnings compare against: set at deployment, read once. */
    market: (chainId: number) => ["bid-settings", chainId, "market"] as const,
  },
  /** The market's past auctions per program, as the fee simulator replays them; history only grows, nothing invalidates it. */
  market: {
    facts: (chainId: number) => ["market", chainId, "facts"] as const,
    programs: (chainId: number) => ["market", chainId, "programs"] as const,
    auctions: (chainId: number, vk: string, limit: number) => ["market", chainId, "auctions", vk, limit] as const,
    vaultAssets: (chainId: number, prover: Address) => ["market", chainId, "vault-assets", prover] as const,
  },
  /** The prover console's one read of the chain, per connected account; every console write invalidates `all`. */
  proverConsole: {
    all: (chainId: number) => ["prover-console", chainId] as const,
    account: (chainId: number, account: Address) => ["prover-console", chainId, account] as const,
  },
};
