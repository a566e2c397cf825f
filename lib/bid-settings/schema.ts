import { maxUint64, maxUint256 } from "viem";
import { z } from "zod";
import { plainNumberProblem } from "./plain-number";

/** The six keys of the bidder's `[rule]` table, in the order its example config lists them. */
export const RULE_KEYS = [
  "max_fee",
  "max_input_size",
  "prover_gas_price",
  "prove_min_duration",
  "vk_whitelist",
  "vk_blacklist",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** What a person reads next to each field. */
export const RULE_LABELS: Record<RuleKey, string> = {
  max_fee: "Max fee",
  max_input_size: "Max input size",
  prover_gas_price: "Prover gas price",
  prove_min_duration: "Minimum proving time",
  vk_whitelist: "VK whitelist",
  vk_blacklist: "VK blacklist",
};

/**
 * 32 bytes of hex, 0x optional, any case: the bidder compares `common.HexToHash` of both sides,
 * which takes either. (It also pads or cuts other lengths silently; we refuse those.)
 */
const VK = /^(0[xX])?[0-9a-fA-F]{64}$/;

/** One spelling per vk: what the bidder's comparison sees. */
export function vkKey(vk: string): string {
  return vk.replace(/^0[xX]/, "").toLowerCase();
}

function plainNumber(key: RuleKey, max: bigint) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${RULE_LABELS[key]} is required.`
          : `${RULE_LABELS[key]} must be text holding a whole number.`,
    })
    .superRefine((text, ctx) => {
      const problem = plainNumberProblem(text, max, RULE_LABELS[key]);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

function vkList(key: RuleKey) {
  const label = RULE_LABELS[key];
  return z
    .array(z.string({ error: `Every entry of the ${label} must be text.` }), {
      error: (issue) =>
        issue.input === undefined
          ? `The ${label} is required (an empty list is fine).`
          : `The ${label} must be a list of verifying-key hashes.`,
    })
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((vk, index) => {
        const entry = `Entry ${index + 1} of the ${label}`;
        if (!VK.test(vk)) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `${entry} must be 32 bytes of hex: 64 hex digits, optionally after 0x.`,
          });
          return;
        }
        const first = seen.get(vkKey(vk));
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `${entry} repeats entry ${first + 1} (the bidder ignores case and the 0x prefix).`,
          });
        } else seen.set(vkKey(vk), index);
      });
    });
}

/**
 * The `[rule]` table as the bidder reads it, every number as decimal text (JSON-safe, and what a
 * form holds). The schema only checks, never rewrites, so a valid value parses unchanged.
 */
export const bidSettingsSchema = z.strictObject(
  {
    max_fee: plainNumber("max_fee", maxUint256),
    max_input_size: plainNumber("max_input_size", maxUint64),
    prover_gas_price: plainNumber("prover_gas_price", maxUint256),
    prove_min_duration: plainNumber("prove_min_duration", maxUint64),
    vk_whitelist: vkList("vk_whitelist"),
    vk_blacklist: vkList("vk_blacklist"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `The bidder has no rule named ${issue.keys.join(", ")}: the [rule] keys are ${RULE_KEYS.join(", ")}.`
        : "Bid settings must be an object with the six [rule] keys.",
  },
);
export type BidSettings = z.infer<typeof bidSettingsSchema>;
