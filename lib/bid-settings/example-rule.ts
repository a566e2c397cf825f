import type { BidSettings } from "./schema";

/** The `[rule]` of the bidder's example config.toml (prover-network-ops node-configs). */
export const EXAMPLE_RULE: BidSettings = {
  max_fee: "100000000000000000000",
  max_input_size: "0",
  prover_gas_price: "10000000000000",
  prove_min_duration: "3600",
  vk_whitelist: [],
  vk_blacklist: [`0x${"0".repeat(64)}`],
};
