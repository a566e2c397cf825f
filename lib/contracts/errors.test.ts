import {
  type Abi,
  type AbiParameter,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  keccak256,
  stringToHex,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { BREV_ERROR_UNITS, describeTxError, type ErrorUnits, EXPLAINED_ERRORS } from "./errors";
import * as generated from "./generated";
import { brevisMarketAbi, brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "./generated";

const holder = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const controller = "0x9c0D8C5F10f0d3A02D04556a4499964a75DBf4A3";
const BREV = 10n ** 18n;
const SHARE_UNITS: ErrorUnits = {
  asset: { decimals: 18, symbol: "BREV" },
  shares: { decimals: 18, symbol: "shares" },
  erc20: "shares",
};

/**
 * What a revert looks like to the app: thrown from a simulation of `functionName` on `calledAbi`,
 * with data encoded from `errorAbi` (another contract's, when the revert bubbles up from a nested call).
 */
function revert(errorAbi: Abi, errorName: string, args: readonly unknown[], calledAbi: Abi = errorAbi) {
  const data = encodeErrorResult({ abi: errorAbi, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  const cause = new ContractFunctionRevertedError({ abi: calledAbi, data, functionName: "call" });
  return new ContractFunctionExecutionError(cause, { abi: calledAbi, functionName: "call", args: [] });
}

type AbiError = Extract<Abi[number], { type: "error" }>;

const ABIS = Object.entries(generated) as [string, Abi][];
const declared = ABIS.flatMap(([abiName, abi]) =>
  abi.filter((item): item is AbiError => item.type === "error").map((error) => ({ abiName, abi, error })),
);

/** A plausible value for each parameter type, so every error can be encoded. */
function sample(parameter: AbiParameter): unknown {
  if (parameter.type === "address") return holder;
  if (parameter.type === "bool") return true;
  if (parameter.type === "string") return "x";
  if (parameter.type === "bytes32") return keccak256(stringToHex("request"));
  if (parameter.type === "uint8") return 2;
  if (parameter.type === "uint32" || parameter.type === "uint64") return 1_700_000_000n;
  if (parameter.type.startsWith("uint")) return 5n * BREV;
  throw new Error(`no sample for ${parameter.type}`);
}

describe("every custom error of the generated ABIs", () => {
  it("has an explanation, and nothing is explained that no ABI declares", () => {
    const names = new Set(declared.map(({ error }) => error.name));
    expect(
      [...names].filter((name) => !EXPLAINED_ERRORS.has(name)),
      "errors without a sentence",
    ).toEqual([]);
    expect(
      [...EXPLAINED_ERRORS].filter((name) => !names.has(name)),
      "sentences for no error",
    ).toEqual([]);
  });

  it.each(declared.map(({ abiName, abi, error }) => [`${abiName}.${error.name}`, abi, error] as const))(
    "%s decodes into a sentence with its arguments filled in",
    (_, abi, error) => {
      const sentence = describeTxError(revert(abi, error.name, error.inputs.map(sample)), SHARE_UNITS);
      expect(sentence).not.toMatch(/^The contract refused this transaction/);
      expect(sentence).not.toMatch(/undefined|NaN|\[object|unknown/);
      expect(sentence).toMatch(/^[A-Z0-9].*[.!]$/);
    },
  );

  it("decodes an error raised by a contract the app did not call (BREV inside a stake)", () => {
    const nested = revert(
      brevTokenAbi,
      "ERC20InsufficientAllowance",
      [controller, 0n, 5n * BREV],
      stakingControllerAbi,
    );
    expect(describeTxError(nested)).toBe(
      "The staking contract may take only 0 BREV of yours and this needs 5 BREV: approve the amount again.",
    );
  });
});

describe("the sentences a staker or a prover meets", () => {
  const cases: [Abi, string, readonly unknown[], string, ErrorUnits?][] = [
    [
      brevTokenAbi,
      "ERC20InsufficientBalance",
      [holder, 2n * BREV, 5n * BREV],
      "Not enough BREV: you have 2 BREV and this needs 5 BREV.",
    ],
    [
      proverVaultAbi,
      "ERC20InsufficientAllowance",
      [controller, BREV / 2n, 3n * BREV],
      "The staking contract may take only 0.5 shares of yours and this needs 3 shares: approve the amount again.",
      SHARE_UNITS,
    ],
    [
      stakingControllerAbi,
      "ControllerProverNotActive",
      [],
      "This prover is not Active any more, so it does not accept new stake. Nothing was sent.",
    ],
    [stakingControllerAbi, "ControllerInvalidStakeAmount", [], "The amount is below the minimum stake of 1 BREV."],
    [
      stakingControllerAbi,
      "ControllerInvalidUnstakeAmount",
      [],
      "An unstake must be at least 1 BREV and leave at least 1 BREV staked, unless you unstake everything.",
    ],
    [
      stakingControllerAbi,
      "ControllerNoShares",
      [],
      "This prover's vault has no shares, so it cannot receive rewards.",
    ],
    [
      stakingControllerAbi,
      "ControllerTooManyPendingUnstakes",
      [],
      "You already have the most pending unstake requests allowed with this prover: withdraw the matured ones first.",
    ],
    [
      stakingControllerAbi,
      "ControllerUnstakeNotReady",
      [],
      "None of your unstake requests with this prover has matured yet.",
    ],
    [stakingControllerAbi, "ControllerMinSelfStakeNotMet", [], expect.stringContaining("minimum self-stake")],
    [stakingControllerAbi, "ControllerSlashTooHigh", [], expect.stringContaining("cannot be slashed that much")],
    [proverVaultAbi, "VaultSharesLocked", [], expect.stringContaining("Those vault shares cannot move now")],
    [
      proverVaultAbi,
      "ERC4626ExceededMaxRedeem",
      [holder, 7n * BREV, 2n * BREV],
      "Only 2 shares can be redeemed now, not 7 shares.",
      SHARE_UNITS,
    ],
    [
      brevisMarketAbi,
      "MarketProverNotEligible",
      [holder, 1_500n * BREV, 1_200n * BREV + 1n],
      `${holder} cannot take this request: it must be Active with at least 1,500 BREV in its vault, and it has 1,200.000000000000000001 BREV.`,
    ],
    [
      brevisMarketAbi,
      "MarketBiddingPhaseEnded",
      [1_700_000_100n, 1_700_000_000n],
      "Bidding on this request closed at 2023-11-14 22:13 UTC.",
    ],
    [brevisMarketAbi, "MarketInvalidRequestStatus", [1], "This request is fulfilled, so that no longer applies to it."],
    [
      stakingControllerAbi,
      "AccessControlUnauthorizedRole",
      [holder, keccak256(stringToHex("SLASHER_ROLE"))],
      `${holder} lacks the slasher role this action needs.`,
    ],
  ];

  it.each(cases)("%#: %s", (abi, name, args, sentence, units = BREV_ERROR_UNITS) => {
    expect(describeTxError(revert(abi, name, args), units)).toEqual(sentence);
  });

  it("names an operator-only refusal as such", () => {
    expect(describeTxError(revert(stakingControllerAbi, "ControllerOnlyAdmin", []))).toBe(
      "Only the network's operators can do this (ControllerOnlyAdmin). Check the account your wallet uses.",
    );
  });
});

describe("describeTxError", () => {
  it("says plainly that the user rejected the request", () => {
    expect(describeTxError(new UserRejectedRequestError(new Error("denied")))).toBe(
      "You rejected the request in your wallet. Nothing was sent.",
    );
    expect(describeTxError({ code: 4001, message: "User rejected the request." })).toBe(
      "You rejected the request in your wallet. Nothing was sent.",
    );
  });

  it("names a custom error no ABI declares by its selector", () => {
    const cause = new ContractFunctionRevertedError({ abi: [], data: "0xdeadbeef", functionName: "call" });
    const error = new ContractFunctionExecutionError(cause, { abi: [], functionName: "call", args: [] });
    expect(describeTxError(error)).toMatch(/^The contract refused this transaction/);
  });

  it("reports an unreachable chain", () => {
    const error = new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed" });
    expect(describeTxError(error)).toBe("The chain could not be reached. Check your connection and try again.");
  });

  it("keeps the message of an unknown error", () => {
    expect(describeTxError(new Error("socket hang up"))).toBe("socket hang up");
    expect(describeTxError(undefined)).toBe("The transaction failed for an unknown reason.");
  });
});
