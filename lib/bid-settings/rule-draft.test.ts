import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_RULE } from "./example-rule";
import { draftValues, parseRuleDraft, ruleDraftKey, settingsFromDraft } from "./rule-draft";
import { validBidSettings } from "./test-arbitraries";
import { validateBidSettings } from "./validate";

describe("the editor's text for a rule", () => {
  it("gives back every valid rule unchanged", () => {
    fc.assert(
      fc.property(validBidSettings, (settings) => {
        expect(settingsFromDraft(draftValues(settings))).toEqual(settings);
      }),
    );
  });

  it("shows a vk list one entry a line, and reads it back without blank lines or spaces around entries", () => {
    const values = draftValues(EXAMPLE_RULE);
    expect(values.vk_blacklist).toBe(`0x${"0".repeat(64)}`);
    expect(values.vk_whitelist).toBe("");
    const typed = { ...values, vk_whitelist: `\n  0x${"a".repeat(64)}  \n\n${"B".repeat(64)}\n` };
    expect(settingsFromDraft(typed).vk_whitelist).toEqual([`0x${"a".repeat(64)}`, "B".repeat(64)]);
  });

  it("keeps a bad number as typed, so validation can name it", () => {
    const settings = settingsFromDraft({ ...draftValues(EXAMPLE_RULE), max_fee: " 0x10" });
    expect(settings.max_fee).toBe(" 0x10");
    const validation = validateBidSettings(settings);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(Object.keys(validation.errors)).toEqual(["max_fee"]);
  });
});

describe("a draft kept in the tab", () => {
  it("round-trips through its JSON", () => {
    const draft = { base: 3, values: draftValues(EXAMPLE_RULE) };
    expect(parseRuleDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it("is dropped when storage holds something else", () => {
    for (const raw of [
      null,
      "",
      "{",
      "[]",
      '{"base":-1,"values":{}}',
      JSON.stringify({ base: 1, values: { max_fee: 1 } }),
    ]) {
      expect(parseRuleDraft(raw)).toBeNull();
    }
  });

  it("is kept per chain, prover and account, whatever the case of the addresses", () => {
    const prover = "0x00000000000000000000000000000000000000aA";
    expect(ruleDraftKey(31337, prover, "0xBB")).toBe(ruleDraftKey(31337, prover.toLowerCase(), "0xbb"));
    expect(ruleDraftKey(8453, prover, "0xbb")).not.toBe(ruleDraftKey(31337, prover, "0xbb"));
  });
});
