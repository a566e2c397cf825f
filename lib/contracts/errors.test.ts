import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { describeTxError } from "./errors";
import { brevTokenAbi, stakingControllerAbi } from "./generated";

const holder = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const BREV = 10n ** 18n;

function revert(errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: brevTokenAbi, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  const cause = new ContractFunctionRevertedError({ abi: brevTokenAbi, data, functionName: "transfer" });
  return new ContractFunctionExecutionError(cause, { abi: brevTokenAbi, functionName: "transfer", args: [] });
}

describe("describeTxError", () => {
  it("says plainly that the user rejected the request", () => {
    expect(describeTxError(new UserRejectedRequestError(new Error("denied")))).toBe(
      "You rejected the request in your wallet. Nothing was sent.",
    );
    expect(describeTxError({ code: 4001, message: "User rejected the request." })).toBe(
      "You rejected the request in your wallet. Nothing was sent.",
    );
  });

  it("decodes a custom error from the generated ABI into words with amounts", () => {
    expect(describeTxError(revert("ERC20InsufficientBalance", [holder, 2n * BREV, 5n * BREV]))).toBe(
      "Not enough BREV: you have 2 BREV and this needs 5 BREV.",
    );
  });

  it("names a custom error it has no sentence for", () => {
    expect(describeTxError(revert("ERC20InvalidApprover", [holder]))).toBe(
      "The contract refused this transaction (ERC20InvalidApprover).",
    );
  });

  it("explains why the staking controller refused a stake", () => {
    const data = encodeErrorResult({ abi: stakingControllerAbi, errorName: "ControllerProverNotActive" });
    const cause = new ContractFunctionRevertedError({ abi: stakingControllerAbi, data, functionName: "stake" });
    const error = new ContractFunctionExecutionError(cause, {
      abi: stakingControllerAbi,
      functionName: "stake",
      args: [],
    });
    expect(describeTxError(error)).toBe(
      "This prover is not Active any more, so it does not accept new stake. Nothing was sent.",
    );
  });

  it("reports an unreachable chain", () => {
    const error = new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed" });
    expect(describeTxError(error)).toBe("The chain could not be reached. Check your connection and try again.");
  });

  it("keeps the message of an unknown error", () => {
    expect(describeTxError(new Error("socket hang up"))).toBe("socket hang up");
    expect(describeTxError(undefined)).toBe("The transaction failed for an unknown reason.");
  });

  it("explains the staking controller's unstake refusals", () => {
    const data = encodeErrorResult({ abi: stakingControllerAbi, errorName: "ControllerTooManyPendingUnstakes" });
    const cause = new ContractFunctionRevertedError({
      abi: stakingControllerAbi,
      data,
      functionName: "requestUnstake",
    });
    const error = new ContractFunctionExecutionError(cause, {
      abi: stakingControllerAbi,
      functionName: "requestUnstake",
      args: [],
    });
    expect(describeTxError(error)).toContain("10 pending unstake requests");
  });
});
