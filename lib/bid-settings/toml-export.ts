import { stringify } from "smol-toml";
import type { Address } from "viem";
import type { BidSettings } from "./schema";

/** TOML integers are signed 64-bit, and the bidder's TOML reader refuses larger ones. */
export const MAX_TOML_INTEGER = 2n ** 63n - 1n;

/**
 * A uint64 the way the bidder reads it back: a TOML integer while one can hold it, quoted decimal
 * text above (the bidder's config decoder parses a quoted number into a uint64 too).
 */
function uint64Value(text: string): bigint | string {
  const value = BigInt(text);
  return value <= MAX_TOML_INTEGER ? value : text;
}

/** The `[rule]` table's values: fees always quoted (they reach 2^256), uint64s as integers where TOML allows. */
export function ruleTable(settings: BidSettings) {
  return {
    max_fee: settings.max_fee,
    max_input_size: uint64Value(settings.max_input_size),
    prover_gas_price: settings.prover_gas_price,
    prove_min_duration: uint64Value(settings.prove_min_duration),
    vk_whitelist: settings.vk_whitelist,
    vk_blacklist: settings.vk_blacklist,
  };
}

/** The `[rule]` table to paste into an existing config.toml. */
export function ruleToml(settings: BidSettings): string {
  return stringify({ rule: ruleTable(settings) });
}

/** What the dashboard knows of the `[chain]` table. */
export type ChainFacts = { chainId: number; marketAddress: Address; proverAddress: Address };

/** The block-polling values of the bidder's example config.toml. */
const POLLING = { blk_interval: 2, blk_delay: 1, max_blk_delta: 5000, forward_blk_delay: 500 };

/**
 * A whole config.toml for `bidder --config config.toml`: the rule and what the dashboard knows of
 * the chain filled in; the RPC, database, prover service and the submitter's key left for the
 * operator. It carries no secret: those fields are present and empty.
 */
export function configToml(settings: BidSettings, chain: ChainFacts): string {
  return [
    "# Bidder config exported by the ProverNet dashboard. Fill in the empty values before starting:",
    "# bidder --config config.toml",
    "",
    "[global]",
    "# The bidder's own database (host:port/name) and your prover service's gRPC address.",
    stringify({ db_url: "", prover_url: "" }),
    "[chain]",
    stringify({ chain_id: chain.chainId }),
    "# An RPC endpoint for this chain.",
    stringify({ chain_rpc: "" }),
    stringify({ ...POLLING, brevis_market_addr: chain.marketAddress, prover_eth_addr: chain.proverAddress }),
    "# Secrets stay on your machine: the path to the submitter's keystore file and its passphrase.",
    stringify({ submitter_keystore: "", submitter_passphrase: "" }),
    ruleToml(settings),
  ].join("\n");
}
