import {
  type Abi,
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  HttpRequestError,
  InsufficientFundsError,
  keccak256,
  stringToHex,
  TimeoutError,
  UserRejectedRequestError,
  zeroHash,
} from "viem";
import { formatAbsolute } from "../format/time";
import { formatTokenFull } from "../format/token";
import { MIN_STAKE } from "../staking/stake-amount";
import * as generated from "./generated";

/** A token an error's amounts are counted in: decimals read from it, and the word shown after the number. */
export type TokenUnits = { decimals: number; symbol: string };

/**
 * What a write moves, so the amounts in its errors read right: the staking token always, the
 * vault's shares when a vault is involved, and which of the two a plain ERC-20 error (balance,
 * allowance) is about.
 */
export type ErrorUnits = { asset: TokenUnits; shares?: TokenUnits; erc20: "asset" | "shares" };

/** BREV with the formatter's default decimals, for writes that move nothing else. */
export const BREV_ERROR_UNITS: ErrorUnits = { asset: { decimals: 18, symbol: "BREV" }, erc20: "asset" };

type AbiError = Extract<Abi[number], { type: "error" }>;

/** Every custom error the generated ABIs declare, once per signature: a revert from a nested call decodes too. */
const ALL_ERRORS: readonly AbiError[] = (() => {
  const bySignature = new Map<string, AbiError>();
  for (const abi of Object.values(generated) as Abi[]) {
    for (const item of abi) {
      if (item.type === "error") bySignature.set(`${item.name}(${item.inputs.map((input) => input.type)})`, item);
    }
  }
  return [...bySignature.values()];
})();

/** Role ids to words, from every `*_ROLE()` constant in the ABIs: `SLASHER_ROLE` → "slasher role". */
const ROLE_NAMES: ReadonlyMap<Hex, string> = new Map<Hex, string>([
  [zeroHash, "admin role"],
  ...(Object.values(generated) as Abi[])
    .flat()
    .filter((item) => item.type === "function" && item.name.endsWith("_ROLE") && item.inputs.length === 0)
    .map((item): [Hex, string] => {
      const name = (item as { name: string }).name;
      return [keccak256(stringToHex(name)), `${name.slice(0, -5).toLowerCase().replaceAll("_", "-")} role`];
    }),
]);

const REQUEST_STATUSES = ["pending", "fulfilled", "refunded", "slashed"];

type Args = readonly unknown[];

/** Formats the arguments of a decoded error; anything not of the expected type reads as "an unknown …". */
function formatters(units: ErrorUnits) {
  const token = (value: unknown, unit: TokenUnits | undefined) =>
    typeof value === "bigint" && unit ? formatTokenFull(value, unit) : "an unknown amount";
  return {
    brev: (value: unknown) => token(value, units.asset),
    shares: (value: unknown) => token(value, units.shares ?? { decimals: units.asset.decimals, symbol: "shares" }),
    /** An amount of the token a plain ERC-20 error is about. */
    moved: (value: unknown) => token(value, units.erc20 === "shares" ? units.shares : units.asset),
    movedName: units.erc20 === "shares" ? "vault shares" : units.asset.symbol,
    time: (value: unknown) => {
      const seconds = typeof value === "bigint" || typeof value === "number" ? Number(value) : Number.NaN;
      // Date stops at year 275760; a nonsense time is shown as the number it is.
      return Number.isFinite(seconds) && Math.abs(seconds) < 8.64e12
        ? formatAbsolute(seconds)
        : `time ${String(value)}`;
    },
    address: (value: unknown) => (typeof value === "string" ? value : "an unknown address"),
    role: (value: unknown) =>
      (typeof value === "string" && ROLE_NAMES.get(value as Hex)) ||
      `the role ${typeof value === "string" ? value : "unknown"}`,
    status: (value: unknown) => REQUEST_STATUSES[Number(value)] ?? `in status ${String(value)}`,
    value: (value: unknown) => String(value),
  };
}

type Say = (args: Args, f: ReturnType<typeof formatters>) => string;

const NOT_YOURS = "Check the account your wallet uses.";

/**
 * One sentence for each custom error a staker or a prover can meet on the deployed contracts,
 * arguments formatted (amounts in their token, times in UTC). Keyed by the error's name.
 */
const USER_ERRORS: Record<string, Say> = {
  // ERC-20 (BREV and vault shares alike) and BREV's permit
  ERC20InsufficientBalance: (a, f) =>
    `Not enough ${f.movedName}: you have ${f.moved(a[1])} and this needs ${f.moved(a[2])}.`,
  ERC20InsufficientAllowance: (a, f) =>
    `The staking contract may take only ${f.moved(a[1])} of yours and this needs ${f.moved(a[2])}: approve the amount again.`,
  ERC20InvalidApprover: () => "The zero address cannot approve a transfer.",
  ERC20InvalidReceiver: () => "That address cannot receive tokens (the zero address is not allowed).",
  ERC20InvalidSender: () => "Tokens cannot be sent from the zero address.",
  ERC20InvalidSpender: () => "The zero address cannot be approved to spend tokens.",
  ERC2612ExpiredSignature: (a, f) => `The signed permit expired at ${f.time(a[0])}: sign a new one.`,
  ERC2612InvalidSigner: (a, f) => `The permit was signed by ${f.address(a[0])}, not by its owner ${f.address(a[1])}.`,
  InvalidAccountNonce: (a, f) =>
    `The signature uses an old nonce for ${f.address(a[0])} (the current one is ${f.value(a[1])}): sign again.`,
  ECDSAInvalidSignature: () => "The signature is not valid: sign again.",
  ECDSAInvalidSignatureLength: () => "The signature is not valid: sign again.",
  ECDSAInvalidSignatureS: () => "The signature is not valid: sign again.",
  SafeERC20FailedOperation: (a, f) =>
    `A token transfer inside this transaction failed (token ${f.address(a[0])}): check your balance and approval.`,

  // Roles and pausing
  AccessControlUnauthorizedAccount: (a, f) => `${f.address(a[0])} lacks the ${f.role(a[1])} this action needs.`,
  AccessControlUnauthorizedRole: (a, f) => `${f.address(a[0])} lacks the ${f.role(a[1])} this action needs.`,
  OwnerUnauthorized: (a, f) => `Only the contract's owner (${f.address(a[1])}) may do this. ${NOT_YOURS}`,
  EnforcedPause: () =>
    "The contract is paused by the network's operators: try again later (unstake requests and commission changes still go through).",

  // Staking controller
  ControllerProverNotActive: () =>
    "This prover is not Active any more, so it does not accept new stake. Nothing was sent.",
  ControllerProverNotInitialized: () => "That address is not a registered prover (or it has retired).",
  ControllerProverAlreadyInitialized: () => "This account is already a prover.",
  ControllerNotAuthorized: () =>
    "Joining as a prover needs the authorized-prover role from the network's operators, which this account lacks.",
  ControllerInvalidStakeAmount: (_, f) => `The amount is below the minimum stake of ${f.brev(MIN_STAKE)}.`,
  ControllerZeroAmount: () => "The amount must be more than zero.",
  ControllerInvalidArg: () =>
    "A value is out of range: a commission rate above 100 %, a profile name over 128 bytes or an icon URL over 512 bytes.",
  ControllerNoShares: () => "This prover's vault has no shares, so it cannot receive rewards.",
  ControllerInsufficientShares: () => "That is more shares than you hold in this prover's vault.",
  ControllerTooManyPendingUnstakes: () =>
    "You already have the most pending unstake requests allowed with this prover: withdraw the matured ones first.",
  ControllerInvalidUnstakeAmount: (_, f) =>
    `An unstake must be at least ${f.brev(MIN_STAKE)} and leave at least ${f.brev(MIN_STAKE)} staked, unless you unstake everything.`,
  ControllerMinSelfStakeNotMet: () =>
    "A prover must keep at least the minimum self-stake of its own, unless it leaves entirely (which deactivates it); reactivating needs that much too.",
  ControllerNoUnstakeRequest: () => "You have no unstake request with this prover.",
  ControllerUnstakeNotReady: () => "None of your unstake requests with this prover has matured yet.",
  ControllerSlashTooHigh: () =>
    "The prover cannot be slashed that much: it is more than one slash may take, or it would push the prover below the lowest slashing scale allowed.",
  ControllerOnlyProver: () => `Only a prover may do this. ${NOT_YOURS}`,
  ControllerOnlyAdminOrProver: () => `Only the prover itself or the network's operators may do this. ${NOT_YOURS}`,
  ControllerCannotRetireProverWithStakers: () =>
    "A prover cannot retire while anyone, itself included, still holds shares in its vault.",
  ControllerCannotRetireProverWithPendingUnstakes: () =>
    "A prover cannot retire while unstake requests with it are still pending.",
  ControllerCannotRetireProverWithPendingCommission: () =>
    "A prover cannot retire with unclaimed commission: claim it first.",

  // Vaults and their factory
  ERC4626ExceededMaxDeposit: (a, f) =>
    `This vault takes at most ${f.brev(a[2])} now, not ${f.brev(a[1])}: its prover is not Active or staking is paused.`,
  ERC4626ExceededMaxMint: (a, f) =>
    `This vault mints at most ${f.shares(a[2])} now, not ${f.shares(a[1])}: its prover is not Active or staking is paused.`,
  ERC4626ExceededMaxRedeem: (a, f) => `Only ${f.shares(a[2])} can be redeemed now, not ${f.shares(a[1])}.`,
  ERC4626ExceededMaxWithdraw: (a, f) => `Only ${f.brev(a[2])} can be withdrawn now, not ${f.brev(a[1])}.`,
  VaultSharesLocked: () =>
    "Those vault shares cannot move now: the vault lets through only what the account may transfer or has matured to withdraw.",
  VaultTransferBlocked: () => "This vault refused to move the shares.",
  VaultOnlyController: () =>
    "A vault takes and pays out BREV only through the staking contract: stake and unstake there.",
  VaultFactoryVaultAlreadyExists: () =>
    "This address already had a vault: an address that retired as a prover cannot join again.",

  // Market: requests, bids, reveals, proofs, refunds, slashes, submitters
  MarketRequestNotFound: (a, f) => `There is no proof request ${f.value(a[0])}.`,
  MarketRequestAlreadyExists: (a, f) =>
    `A request with the same nonce, program and inputs already exists (${f.value(a[0])}): use another nonce.`,
  MarketInvalidRequestStatus: (a, f) => `This request is ${f.status(a[0])}, so that no longer applies to it.`,
  MarketMaxFeeTooLow: (a, f) => `The maximum fee of ${f.brev(a[0])} is below the market's minimum of ${f.brev(a[1])}.`,
  MarketMaxFeeTooHigh: (a, f) => `The maximum fee of ${f.brev(a[0])} is above the market's limit of ${f.brev(a[1])}.`,
  MarketMinStakeTooLow: (a, f) =>
    `The minimum stake of ${f.brev(a[0])} is below the network's minimum self-stake of ${f.brev(a[1])}.`,
  MarketDeadlineMustBeInFuture: () => "The deadline must be in the future.",
  MarketDeadlineBeforeRevealPhaseEnd: () => "The deadline falls before the reveal phase ends: choose a later one.",
  MarketDeadlineTooFar: (a, f) => `The deadline ${f.time(a[0])} is too far away: ${f.time(a[1])} at the latest.`,
  MarketBiddingPhaseEnded: (a, f) => `Bidding on this request closed at ${f.time(a[1])}.`,
  MarketBiddingPhaseNotEnded: (a, f) => `Bidding on this request is open until ${f.time(a[1])}: reveal after that.`,
  MarketRevealPhaseEnded: (a, f) => `The reveal phase of this request ended at ${f.time(a[1])}.`,
  MarketRevealPhaseNotEnded: (a, f) =>
    `The reveal phase of this request runs until ${f.time(a[1])}: the proof is accepted after that.`,
  MarketDeadlinePassed: (a, f) => `This request's deadline passed at ${f.time(a[1])}.`,
  MarketBeforeDeadline: (a, f) => `This request's deadline, ${f.time(a[1])}, has not passed yet.`,
  MarketBidRevealMismatch: () => "The fee and nonce revealed do not match the sealed bid: reveal exactly what was bid.",
  MarketFeeExceedsMaximum: (a, f) => `The fee of ${f.brev(a[0])} is above this request's maximum of ${f.brev(a[1])}.`,
  MarketProverNotEligible: (a, f) =>
    `${f.address(a[0])} cannot take this request: it must be Active with at least ${f.brev(a[1])} in its vault, and it has ${f.brev(a[2])}.`,
  MarketNotExpectedProver: (a, f) =>
    `This request was won by ${f.address(a[0])}, so ${f.address(a[1])} cannot submit its proof.`,
  MarketCannotRefundYet: (a, f) =>
    `This request cannot be refunded yet: only after bidding (${f.time(a[2])}) if nobody bid, after the reveal phase (${f.time(a[3])}) if nobody revealed, or after the deadline (${f.time(a[1])}) if the winner did not deliver.`,
  MarketNoAssignedProverToSlash: () => "Nobody won this request, so there is no prover to slash.",
  MarketSlashWindowExpired: (a, f) => `The time to slash for this request ran out at ${f.time(a[1])}.`,
  MarketVerifierVersionNotSet: (a, f) => `The market has no verifier for proof version ${f.value(a[0])}.`,
  MarketProverNotRegistered: () => "This account is not a prover, nor a submitter registered to one.",
  MarketNotAuthorized: () => `Only the prover itself may change its submitters. ${NOT_YOURS}`,
  MarketCannotRegisterSelf: () => "A prover cannot be its own submitter.",
  MarketCannotRegisterProverAsSubmitter: (a, f) =>
    `${f.address(a[0])} is a prover itself, so it cannot be another prover's submitter.`,
  MarketSubmitterConsentRequired: (a, f) =>
    `${f.address(a[0])} has not agreed to submit for this prover: it must give its consent first.`,
  MarketSubmitterAlreadyRegistered: (a, f) => `${f.address(a[0])} already submits for the prover ${f.address(a[1])}.`,
  MarketSubmitterNotRegistered: (a, f) => `${f.address(a[0])} is not registered as a submitter.`,
  MarketZeroAddress: () => "The zero address is not allowed here.",
  ProofInvalid: () => "The proof did not verify.",

  // Foundation epoch rewards (paid through the staking contract)
  StakingRewardsNotDistributable: (a, f) => `Epoch rewards for ${f.address(a[0])} are nothing or were already paid.`,
};

/** Errors only the network's operators (owner, slasher, reward updater, pauser) can meet. */
const OPERATOR_ERRORS = [
  "AccessControlBadConfirmation",
  "AccessControlAccountAlreadyHasRole",
  "AccessControlAccountDoesNotHaveRole",
  "AccessControlUnauthorizedAdmin",
  "OwnerAlreadySet",
  "OwnerZeroAddress",
  "PauserUnauthorized",
  "ExpectedPause",
  "ControllerOnlyAdmin",
  "ControllerInsufficientTreasury",
  "MarketInvalidBps",
  "MarketInvalidStakingController",
  "MarketInvalidStatsEpochStart",
  "MarketCannotPopStartedEpoch",
  "MarketNoFutureEpochToPop",
  "MarketNoProtocolFeeToWithdraw",
  "EpochManagerAlreadyInitialized",
  "EpochManagerFirstConfigMustStartAtOne",
  "EpochManagerFromEpochNotIncreasing",
  "EpochManagerInvalidEpochLength",
  "EpochManagerInvalidEpochNumber",
  "EpochManagerInvalidFromEpoch",
  "EpochManagerInvalidFromTime",
  "EpochManagerInvalidInitParams",
  "EpochManagerInvalidMaxReward",
  "EpochManagerNoConfigs",
  "EpochManagerNotInitialized",
  "StakingRewardsEpochNotReady",
  "StakingRewardsEpochWindowMismatch",
  "StakingRewardsExceedsMax",
  "StakingRewardsInvalidEpoch",
  "StakingRewardsUnsortedProvers",
  "DevBrevisProofBadSeal",
  "DevBrevisProofWrongLength",
] as const;

/** Errors that mean the contracts' own bookkeeping or wiring went wrong, not anything the person did. */
const INTERNAL_ERRORS = [
  "ReentrancyGuardReentrantCall",
  "ControllerOnlyVault",
  "ControllerShareAccountingMismatch",
  "VaultFactoryAlreadyInitialized",
  "VaultFactoryDeploymentFailed",
  "VaultFactoryIndexOutOfBounds",
  "VaultFactoryOnlyController",
  "VaultFactoryZeroAddress",
  "StringsInsufficientHexLength",
  "InvalidShortString",
  "StringTooLong",
  "CallFailed",
  "ValueMismatch",
] as const;

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATOR_ERRORS);
const INTERNAL_SET: ReadonlySet<string> = new Set(INTERNAL_ERRORS);

/** Every error name explained above; the unit tests hold it equal to the errors the generated ABIs declare. */
export const EXPLAINED_ERRORS: ReadonlySet<string> = new Set([
  ...Object.keys(USER_ERRORS),
  ...OPERATOR_ERRORS,
  ...INTERNAL_ERRORS,
]);

/** The sentence for one decoded custom error. */
export function describeContractError(name: string, args: Args, units: ErrorUnits = BREV_ERROR_UNITS): string {
  const say = Object.hasOwn(USER_ERRORS, name) ? USER_ERRORS[name] : undefined;
  if (say) return say(args, formatters(units));
  if (OPERATOR_SET.has(name)) return `Only the network's operators can do this (${name}). ${NOT_YOURS}`;
  if (INTERNAL_SET.has(name)) return `The contracts refused this as inconsistent (${name}). Nothing changed.`;
  return `The contract refused this transaction (${name}).`;
}

function isUserRejection(error: BaseError): boolean {
  return Boolean(
    error.walk(
      (cause) =>
        cause instanceof UserRejectedRequestError ||
        (typeof cause === "object" && cause !== null && "code" in cause && cause.code === 4001),
    ),
  );
}

/** The error's name and arguments, decoded against every error of the ABIs, not only the called contract's. */
function decodeRevert(revert: ContractFunctionRevertedError): { name: string; args: Args } | null {
  if (revert.raw && revert.raw !== "0x") {
    try {
      const decoded = decodeErrorResult({ abi: ALL_ERRORS, data: revert.raw });
      return { name: decoded.errorName, args: decoded.args ?? [] };
    } catch {
      // Not one of ours (or Error/Panic): fall through to what viem decoded.
    }
  }
  const name = revert.data?.errorName;
  return name && name !== "Error" && name !== "Panic" ? { name, args: revert.data?.args ?? [] } : null;
}

/**
 * Turns anything a write can throw into one plain sentence for the person who clicked. Custom
 * errors, also those bubbling up from a nested call (BREV inside a stake, a vault inside an
 * unstake), are decoded with the generated ABIs; `units` says what the amounts in them count.
 */
export function describeTxError(error: unknown, units: ErrorUnits = BREV_ERROR_UNITS): string {
  if (!(error instanceof BaseError)) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === 4001) {
      return "You rejected the request in your wallet. Nothing was sent.";
    }
    return error instanceof Error && error.message ? error.message : "The transaction failed for an unknown reason.";
  }
  if (isUserRejection(error)) return "You rejected the request in your wallet. Nothing was sent.";
  const revert = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
  if (revert instanceof ContractFunctionRevertedError) {
    const decoded = decodeRevert(revert);
    if (decoded) return describeContractError(decoded.name, decoded.args, units);
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
