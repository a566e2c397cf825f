import fc from "fast-check";
import { parse } from "smol-toml";
import { maxUint64 } from "viem";
import { describe, expect, it } from "vitest";
import { EXAMPLE_RULE } from "./example-rule";
import { validBidSettings } from "./test-arbitraries";
import { configToml, MAX_TOML_INTEGER, ruleToml } from "./toml-export";
import { importBidSettings } from "./toml-import";

const CHAIN = {
  chainId: 8453,
  marketAddress: "0xcCec2a9FE35b6B5F23bBF303A4e14e5895DeA127",
  proverAddress: "0x00000000000000000000000000000000000000aA",
} as const;
const SECRET = "correct horse battery staple";

/** A filled-in config.toml as an operator runs it, secrets and all. */
const OPERATOR_CONFIG = `
[global]
db_url="localhost:26257/bidder"
prover_url="localhost:50052"

[chain]
chain_id=8453
chain_rpc="https://rpc.example/${SECRET}"
brevis_market_addr="${CHAIN.marketAddress}"
prover_eth_addr="${CHAIN.proverAddress}"
submitter_keystore="/home/op/keystore.json"
submitter_passphrase="${SECRET}"

[rule]
max_fee="100000000000000000000"
max_input_size=0
prover_gas_price="10000000000000"
prove_min_duration=3600
vk_whitelist=[]
vk_blacklist=["0x0000000000000000000000000000000000000000000000000000000000000000"]
`;

const importRule = (lines: string) => importBidSettings(`[rule]\n${lines}`);
const EXAMPLE_LINES = `max_fee="1"\nprover_gas_price="1"\n`;

describe("ruleToml", () => {
  it("writes fees as quoted decimals and uint64s as integers, as the bidder's example does", () => {
    expect(ruleToml(EXAMPLE_RULE)).toBe(
      [
        "[rule]",
        'max_fee = "100000000000000000000"',
        "max_input_size = 0",
        'prover_gas_price = "10000000000000"',
        "prove_min_duration = 3600",
        "vk_whitelist = []",
        `vk_blacklist = [ "0x${"0".repeat(64)}" ]`,
        "",
      ].join("\n"),
    );
  });

  it("quotes a uint64 beyond the largest TOML integer, which the bidder still reads", () => {
    const big = { ...EXAMPLE_RULE, max_input_size: maxUint64.toString(), prove_min_duration: String(MAX_TOML_INTEGER) };
    const rule = parse(ruleToml(big), { integersAsBigInt: true }).rule;
    expect(rule).toMatchObject({ max_input_size: maxUint64.toString(), prove_min_duration: MAX_TOML_INTEGER });
  });
});

describe("configToml", () => {
  const text = configToml(EXAMPLE_RULE, CHAIN);

  it("fills [chain] from the app and leaves the operator's values and secrets empty", () => {
    expect(parse(text)).toEqual({
      global: { db_url: "", prover_url: "" },
      chain: {
        chain_id: 8453,
        chain_rpc: "",
        blk_interval: 2,
        blk_delay: 1,
        max_blk_delta: 5000,
        forward_blk_delay: 500,
        brevis_market_addr: CHAIN.marketAddress,
        prover_eth_addr: CHAIN.proverAddress,
        submitter_keystore: "",
        submitter_passphrase: "",
      },
      rule: parse(ruleToml(EXAMPLE_RULE)).rule,
    });
  });

  it("says what the empty key fields are for", () => {
    expect(text).toMatch(/# Secrets stay on your machine[^\n]*\nsubmitter_keystore = ""\nsubmitter_passphrase = ""\n/);
  });
});

describe("importBidSettings", () => {
  it("reads the bidder's example rule out of a whole config, and nothing else of it", () => {
    const result = importBidSettings(OPERATOR_CONFIG);
    expect(result).toEqual({ ok: true, settings: EXAMPLE_RULE });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain("keystore");
  });

  it("round-trips every valid value through either export", () => {
    fc.assert(
      fc.property(validBidSettings, (settings) => {
        expect(importBidSettings(ruleToml(settings))).toEqual({ ok: true, settings });
        expect(importBidSettings(configToml(settings, CHAIN))).toEqual({ ok: true, settings });
      }),
      { numRuns: 200 },
    );
  });

  it("locates a syntax error in words, never quoting the file", () => {
    const broken = OPERATOR_CONFIG.replace('submitter_passphrase="', "submitter_passphrase=");
    const result = importBidSettings(broken);
    expect(result).toEqual({
      ok: false,
      errors: { settings: [expect.stringMatching(/^The file is not valid TOML: .+ \(line 12, column \d+\)\.$/)] },
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it("needs exactly one [rule] table", () => {
    expect(importBidSettings("[chain]\nchain_id=1\n")).toEqual({
      ok: false,
      errors: { settings: ["The file has no [rule] table: the bidder reads its bid settings from one."] },
    });
    expect(importBidSettings(`[rule]\n${EXAMPLE_LINES}[RULE]\nmax_fee="2"\n`)).toMatchObject({
      errors: { settings: [expect.stringContaining("more than one [rule] table")] },
    });
  });

  it("ignores the case of names, as the bidder does, but not a name given twice", () => {
    expect(importBidSettings(`[Rule]\nMAX_FEE="5"\nProver_Gas_Price="7"\n`)).toEqual({
      ok: true,
      settings: { ...EXAMPLE_RULE, max_fee: "5", prover_gas_price: "7", prove_min_duration: "0", vk_blacklist: [] },
    });
    expect(importRule(`${EXAMPLE_LINES}MAX_FEE="2"\n`)).toMatchObject({
      errors: { max_fee: ["Max fee is set 2 times (the bidder ignores the case of names)."] },
    });
  });

  it("defaults what the bidder defaults and requires what it would crash without", () => {
    expect(importRule(EXAMPLE_LINES)).toEqual({
      ok: true,
      settings: {
        max_fee: "1",
        prover_gas_price: "1",
        max_input_size: "0",
        prove_min_duration: "0",
        vk_whitelist: [],
        vk_blacklist: [],
      },
    });
    expect(importRule('max_fee="1"\n')).toEqual({
      ok: false,
      errors: { prover_gas_price: ["Prover gas price is required."] },
    });
  });

  it("takes integers and quoted decimals for every number", () => {
    expect(importRule('max_fee=100\nprover_gas_price="3"\nmax_input_size="5"\n')).toMatchObject({
      ok: true,
      settings: { max_fee: "100", prover_gas_price: "3", max_input_size: "5" },
    });
  });

  it("refuses what the bidder would silently change", () => {
    expect(importRule(`${EXAMPLE_LINES}prove_min_duration=3600.5\n`)).toEqual({
      ok: false,
      errors: { prove_min_duration: ["Minimum proving time must be a whole number, not 3600.5."] },
    });
    expect(importRule(`${EXAMPLE_LINES}max_input_size=-1\n`)).toEqual({
      ok: false,
      errors: { max_input_size: ["Max input size cannot be negative."] },
    });
    expect(importRule(`${EXAMPLE_LINES}max_input_size=true\n`)).toEqual({
      ok: false,
      errors: { max_input_size: ["Max input size must be a whole number."] },
    });
    expect(importRule(`${EXAMPLE_LINES}max_input_size="0x10"\n`)).toMatchObject({
      errors: { max_input_size: [expect.stringContaining("0x prefix as hexadecimal")] },
    });
    expect(importRule(`${EXAMPLE_LINES}vk_blacklist="0x00"\n`)).toEqual({
      ok: false,
      errors: { vk_blacklist: ['The VK blacklist must be a list of quoted hashes, like ["0x…"].'] },
    });
  });

  it("refuses an integer too large for TOML, which would stop the bidder at start", () => {
    expect(importRule(`${EXAMPLE_LINES}max_input_size=${MAX_TOML_INTEGER + 1n}\n`)).toEqual({
      ok: false,
      errors: {
        max_input_size: [
          `Max input size is larger than a TOML integer can be (${MAX_TOML_INTEGER}), and the bidder would not start: write it in quotes.`,
        ],
      },
    });
  });

  it("names a key the bidder would ignore", () => {
    expect(importRule(`${EXAMPLE_LINES}vk_blacklst=[]\n`)).toEqual({
      ok: false,
      errors: {
        settings: [
          "The [rule] table has vk_blacklst, which the bidder does not know and would ignore: check the spelling.",
        ],
      },
    });
  });
});
