import fc from "fast-check";
import { maxUint64, maxUint256 } from "viem";
import type { BidSettings } from "./schema";

/** Test data only: values the bidder reads as meant. */
export const plainDecimal = (max: bigint) => fc.bigInt({ min: 0n, max }).map(String);

const hexDigits = fc.stringMatching(/^[0-9a-fA-F]{64}$/);
const vk = fc.tuple(fc.constantFrom("0x", "0X", ""), hexDigits).map(([prefix, digits]) => prefix + digits);
const vkList = fc.uniqueArray(vk, {
  maxLength: 4,
  selector: (value) => value.replace(/^0[xX]/, "").toLowerCase(),
});

export const validBidSettings: fc.Arbitrary<BidSettings> = fc.record({
  max_fee: plainDecimal(maxUint256),
  max_input_size: plainDecimal(maxUint64),
  prover_gas_price: plainDecimal(maxUint256),
  prove_min_duration: plainDecimal(maxUint64),
  vk_whitelist: vkList,
  vk_blacklist: vkList,
});
