import { describe, expect, it } from "vitest";
import { joinDraftKey, parseJoinDraft, profileDraftFor } from "./join-draft";

const PROFILE = { name: "Kestrel", iconUrl: "https://example.com/k.png", base: { name: "", iconUrl: "" } };

describe("parseJoinDraft", () => {
  it("reads back what the wizard writes", () => {
    const draft = { rateText: "12.5", profile: PROFILE };
    expect(parseJoinDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it.each([
    ["nothing stored", null],
    ["broken JSON", '{"rateText": "1'],
    ["a JSON string", '"12"'],
    ["null", "null"],
    ["a number where text belongs", '{"rateText": 12}'],
    ["a profile without its base", JSON.stringify({ profile: { name: "x", iconUrl: "" } })],
    ["an absurdly long name", JSON.stringify({ profile: { ...PROFILE, name: "x".repeat(10_000) } })],
  ])("ignores %s", (_, raw) => {
    expect(parseJoinDraft(raw)).toEqual({});
  });

  it("drops keys it does not know", () => {
    expect(parseJoinDraft(JSON.stringify({ rateText: "3", privateKey: "0xabc" }))).toEqual({ rateText: "3" });
  });
});

describe("profileDraftFor", () => {
  it("keeps a draft typed over the profile the chain still holds", () => {
    expect(profileDraftFor({ profile: PROFILE }, { name: "", iconUrl: "" })).toEqual(PROFILE);
  });

  it("lets the chain win once its profile changed behind the draft", () => {
    expect(profileDraftFor({ profile: PROFILE }, { name: "Set elsewhere", iconUrl: "" })).toBeUndefined();
  });
});

describe("joinDraftKey", () => {
  it("is one key per chain and account, whatever the address's case", () => {
    const account = "0xAbCdEf0000000000000000000000000000000001";
    expect(joinDraftKey(8453, account)).toBe(joinDraftKey(8453, account.toLowerCase()));
    expect(joinDraftKey(8453, account)).not.toBe(joinDraftKey(31337, account));
  });
});
