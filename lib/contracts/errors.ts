import {
  BaseError,
  ContractFunctionRevertedError,
  formatUnits,
  HttpRequestError,
  InsufficientFundsError,
  TimeoutError,
  UserRejectedRequestError,
} from "viem";

type ErrorArgs = readonly unknown[] | undefined;

function amount(value: unknown): string {
  return typeof value === "bigint" ? `${formatUnits(value, 18)} BREV` : "an unknown amount";
}

/** One sentence per custom error a user can meet; keyed by the error's name in the generated ABIs. */
const CONTRACT_ERROR_MESSAGES: Record<string, (args: ErrorArgs) => string> = {
  ERC20InsufficientBalance: (args) =>
    `Not enough BREV: you have ${amount(args?.[1])} and this needs ${amount(args?.[2])}.`,
  ERC20InsufficientAllowance: (args) =>
    `The contract may spend only ${amount(args?.[1])} of your BREV and this needs ${amount(args?.[2])}: approve more first.`,
  ERC20InvalidReceiver: () => "That address cannot receive BREV (the zero address is not allowed).",
  ERC20InvalidSender: () => "BREV cannot be sent from the zero address.",
  ERC2612ExpiredSignature: () => "The signed permit has expired: sign a new one.",
  ERC2612InvalidSigner: () => "The permit was signed by another account.",
  AccessControlUnauthorizedAccount: () => "Your account does not have the role this action needs.",
  ControllerProverNotActive: () =>
    "This prover is not Active any more, so it does not accept new stake. Nothing was sent.",
  ControllerProverNotInitialized: () => "That address is not a registered prover.",
  ControllerInvalidStakeAmount: () => "The amount is below the minimum stake of 1 BREV.",
  SafeERC20FailedOperation: () => "The BREV transfer into the vault failed. Check your balance and approval.",
  ControllerZeroAmount: () => "The amount must be more than zero.",
  ControllerNoShares: () => "You hold no shares in this prover's vault.",
  ControllerInsufficientShares: () => "That is more shares than you hold in this prover's vault.",
  ControllerTooManyPendingUnstakes: () =>
    "You already have 10 pending unstake requests with this prover, the most allowed: withdraw the matured ones first.",
  ControllerInvalidUnstakeAmount: () =>
    "An unstake must be at least 1 BREV and leave at least 1 BREV staked, unless you unstake everything.",
  ControllerMinSelfStakeNotMet: () =>
    "A prover must keep its minimum self-stake, unless it unstakes everything (which deactivates it).",
  ControllerNoUnstakeRequest: () => "You have no unstake request with this prover.",
  ControllerUnstakeNotReady: () => "None of your unstake requests with this prover has matured yet.",
};

function isUserRejection(error: BaseError): boolean {
  return Boolean(
    error.walk(
      (cause) =>
        cause instanceof UserRejectedRequestError ||
        (typeof cause === "object" && cause !== null && "code" in cause && cause.code === 4001),
    ),
  );
}

/**
 * Turns anything a write can throw into one plain sentence for the person who clicked.
 * Custom errors are decoded with the generated ABIs (viem does that during simulation).
 */
export function describeTxError(error: unknown): string {
  if (!(error instanceof BaseError)) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === 4001) {
      return "You rejected the request in your wallet. Nothing was sent.";
    }
    return error instanceof Error && error.message ? error.message : "The transaction failed for an unknown reason.";
  }
  if (isUserRejection(error)) return "You rejected the request in your wallet. Nothing was sent.";
  const revert = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
  if (revert instanceof ContractFunctionRevertedError) {
    const name = revert.data?.errorName;
    if (name && name in CONTRACT_ERROR_MESSAGES) return CONTRACT_ERROR_MESSAGES[name]?.(revert.data?.args) ?? name;
    if (name) return `The contract refused this transaction (${name}).`;
    if (revert.reason) return `The contract refused this transaction: ${revert.reason}.`;
    return "The contract refused this transaction.";
  }
  if (error.walk((cause) => cause instanceof InsufficientFundsError)) {
    return "Your wallet does not have enough ETH to pay for gas.";
  }
  if (error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError)) {
    return "The chain could not be reached. Check your connection and try again.";
  }
  return error.shortMessage || "The transaction failed.";
}
