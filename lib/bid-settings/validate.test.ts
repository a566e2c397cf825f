import fc from "fast-check";
import { maxUint64, maxUint256 } from "viem";
import { describe, expect, it } from "vitest";
import { EXAMPLE_RULE } from "./example-rule";
import { plainNumberProblem } from "./plain-number";
import { plainDecimal, validBidSettings } from "./test-arbitraries";
import { validateBidSettings } from "./validate";

const with_ = (patch: Record<string, unknown>) => validateBidSettings({ ...EXAMPLE_RULE, ...patch });
const VK = "ab".repeat(32);

describe("validateBidSettings", () => {
  it("accepts the bidder's example rule", () => {
    expect(validateBidSettings(EXAMPLE_RULE)).toEqual({ ok: true, settings: EXAMPLE_RULE });
  });

  it("returns any valid value unchanged", () => {
    fc.assert(
      fc.property(validBidSettings, (settings) => {
        expect(validateBidSettings(structuredClone(settings))).toEqual({ ok: true, settings });
      }),
    );
  });

  it("refuses the spellings the bidder would read differently, in words", () => {
    expect(with_({ max_fee: "0x10" })).toEqual({
      ok: false,
      errors: { max_fee: ["Max fee must be a plain decimal number: the bidder reads a 0x prefix as hexadecimal."] },
    });
    expect(with_({ prover_gas_price: "010" })).toEqual({
      ok: false,
      errors: {
        prover_gas_price: ["Prover gas price must not start with 0: the bidder reads a leading 0 as octal."],
      },
    });
    expect(with_({ prove_min_duration: "1_000" })).toMatchObject({
      errors: { prove_min_duration: [expect.stringContaining("only the digits 0–9")] },
    });
  });

  it("keeps uint64 fields within 64 bits and the fees within 256", () => {
    expect(with_({ max_input_size: maxUint64.toString(), max_fee: maxUint256.toString() }).ok).toBe(true);
    expect(with_({ max_input_size: (maxUint64 + 1n).toString() })).toEqual({
      ok: false,
      errors: { max_input_size: [`Max input size must be at most ${maxUint64}.`] },
    });
    expect(with_({ max_fee: (maxUint256 + 1n).toString() })).toEqual({
      ok: false,
      errors: { max_fee: [`Max fee must be at most ${maxUint256}.`] },
    });
  });

  it("wants numbers as text and every key present", () => {
    expect(with_({ max_input_size: 5 })).toEqual({
      ok: false,
      errors: { max_input_size: ["Max input size must be text holding a whole number."] },
    });
    expect(with_({ max_fee: "" })).toEqual({
      ok: false,
      errors: { max_fee: ["Max fee is empty: enter a whole number."] },
    });
    const { max_fee: _, ...withoutMaxFee } = EXAMPLE_RULE;
    expect(validateBidSettings(withoutMaxFee)).toEqual({ ok: false, errors: { max_fee: ["Max fee is required."] } });
  });

  it("names an unknown key, and refuses something that is no object", () => {
    expect(with_({ max_fees: "1" })).toMatchObject({
      errors: { settings: [expect.stringContaining("no rule named max_fees")] },
    });
    expect(validateBidSettings(null)).toEqual({
      ok: false,
      errors: { settings: ["Bid settings must be an object with the six [rule] keys."] },
    });
  });

  it("takes vks with or without 0x in any case, but 32 bytes only and each once", () => {
    expect(with_({ vk_whitelist: [`0x${VK}`, `0X${"CD".repeat(32)}`, "ef".repeat(32)] }).ok).toBe(true);
    expect(with_({ vk_whitelist: ["0x1234", `0x${VK}`, `0X${VK.toUpperCase()}`] })).toEqual({
      ok: false,
      errors: {
        vk_whitelist: [
          "Entry 1 of the VK whitelist must be 32 bytes of hex: 64 hex digits, optionally after 0x.",
          "Entry 3 of the VK whitelist repeats entry 2 (the bidder ignores case and the 0x prefix).",
        ],
      },
    });
    expect(with_({ vk_blacklist: "0x00" })).toEqual({
      ok: false,
      errors: { vk_blacklist: ["The VK blacklist must be a list of verifying-key hashes."] },
    });
  });
});

describe("plainNumberProblem", () => {
  it("accepts every decimal up to 2^256 - 1 written without a leading zero", () => {
    fc.assert(fc.property(plainDecimal(maxUint256), (text) => plainNumberProblem(text, maxUint256, "X") === null));
  });

  it("refuses everything else with a sentence", () => {
    const notPlain = fc
      .oneof(
        fc.string(),
        fc.bigInt({ min: maxUint256 + 1n, max: maxUint256 * 4n }).map(String),
        fc.bigInt({ min: 0n, max: maxUint256 }).map((n) => `0${n}`),
        fc.bigInt({ min: 1n, max: maxUint256 }).map((n) => `-${n}`),
        fc.bigInt({ min: 0n, max: maxUint256 }).map((n) => `0x${n.toString(16)}`),
      )
      .filter((text) => !/^(0|[1-9]\d*)$/.test(text) || BigInt(text) > maxUint256);
    fc.assert(
      fc.property(notPlain, (text) => {
        expect(plainNumberProblem(text, maxUint256, "Max fee")).toMatch(/^Max fee .+\.$/);
      }),
    );
  });
});
