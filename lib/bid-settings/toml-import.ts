import { parse, TomlError, type TomlPrimitive } from "smol-toml";
import { RULE_KEYS, RULE_LABELS, type RuleKey } from "./schema";
import { MAX_TOML_INTEGER } from "./toml-export";
import { type FieldErrors, type Validation, validateBidSettings } from "./validate";

const isTable = (value: unknown): value is Record<string, TomlPrimitive> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The bidder's config reader (viper) ignores the case of table and key names. */
function entryIgnoringCase(table: Record<string, TomlPrimitive>, name: string): [string, TomlPrimitive][] {
  return Object.entries(table).filter(([key]) => key.toLowerCase() === name);
}

/**
 * A `[rule]` value as the settings' text, read the way the bidder reads it: an integer as its
 * decimal, text as it stands (validation then judges it); a float, bool or table is refused,
 * since the bidder would cut 3600.5 to 3600 or turn true into 1 without a word.
 */
function ruleText(key: RuleKey, value: TomlPrimitive): string | string[] | { error: string } {
  const label = RULE_LABELS[key];
  if (key === "vk_whitelist" || key === "vk_blacklist") {
    if (Array.isArray(value) && value.every((vk) => typeof vk === "string")) return value as string[];
    return { error: `The ${label} must be a list of quoted hashes, like ["0x…"].` };
  }
  if (typeof value === "string") return value;
  if (typeof value === "bigint") {
    if (value > MAX_TOML_INTEGER) {
      return {
        error: `${label} is larger than a TOML integer can be (${MAX_TOML_INTEGER}), and the bidder would not start: write it in quotes.`,
      };
    }
    return value.toString();
  }
  if (typeof value === "number") return { error: `${label} must be a whole number, not ${value}.` };
  return { error: `${label} must be a whole number.` };
}

/** Where a TOML syntax error is, in words. */
function syntaxError(error: TomlError): string {
  const reason = error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "";
  return `The file is not valid TOML: ${reason} (line ${error.line}, column ${error.column}).`;
}

/**
 * The bid settings in a pasted config.toml (or a bare `[rule]` table): only `[rule]` is read, so
 * no key, passphrase or other value of the file ever leaves this function. Keys the bidder
 * would default (the two limits to 0, the lists to empty) default the same way here.
 */
export function importBidSettings(text: string): Validation {
  let document: Record<string, TomlPrimitive>;
  try {
    document = parse(text, { integersAsBigInt: true, unsafeKeyBehaviour: "drop" });
  } catch (error) {
    if (error instanceof TomlError) return { ok: false, errors: { settings: [syntaxError(error)] } };
    throw error;
  }
  const rules = entryIgnoringCase(document, "rule");
  if (rules.length !== 1 || !isTable(rules[0]?.[1])) {
    const problem = rules.length > 1 ? "more than one [rule] table" : "no [rule] table";
    return {
      ok: false,
      errors: { settings: [`The file has ${problem}: the bidder reads its bid settings from one.`] },
    };
  }
  const rule = rules[0][1] as Record<string, TomlPrimitive>;
  const errors: FieldErrors = {};
  const settings: Record<string, unknown> = {
    max_input_size: "0",
    prove_min_duration: "0",
    vk_whitelist: [],
    vk_blacklist: [],
  };
  for (const key of RULE_KEYS) {
    const entries = entryIgnoringCase(rule, key);
    if (entries.length > 1) {
      errors[key] = [`${RULE_LABELS[key]} is set ${entries.length} times (the bidder ignores the case of names).`];
    }
    const value = entries[0]?.[1];
    if (value === undefined) continue;
    const read = ruleText(key, value);
    if (typeof read === "object" && "error" in read) errors[key] = [read.error];
    else settings[key] = read;
  }
  const unknown = Object.keys(rule).filter((key) => !(RULE_KEYS as readonly string[]).includes(key.toLowerCase()));
  if (unknown.length > 0) {
    errors.settings = [
      `The [rule] table has ${unknown.join(", ")}, which the bidder does not know and would ignore: check the spelling.`,
    ];
  }
  const validation = validateBidSettings(settings);
  if (Object.keys(errors).length === 0) return validation;
  return { ok: false, errors: validation.ok ? errors : { ...validation.errors, ...errors } };
}
