import { formatToken, formatTokenFull } from "../format/token";
import { BPS } from "../math/fixed-point";
import { type ProverStateName, proverStateName } from "../provers/state";

/** Green, amber or red: how urgently the prover should look. */
export type HealthTone = "good" | "warn" | "bad";

/** Why a prover is not Active, as far as the chain's figures tell. */
export type InactiveCause = "scale" | "self-stake" | "operators" | "jailed";

export type HealthInput = {
  state: number;
  selfStake: bigint;
  minSelfStake: bigint;
  /** bps, 10,000 = never slashed. */
  slashingScale: bigint;
  /** The controller's DEACTIVATION_SCALE: below it the prover is deactivated. */
  deactivationScale: bigint;
  overdueCount: number;
  atRiskCount: number;
};

/** What the verdict reads from the chain besides the obligations' counts. */
export type HealthFacts = Omit<HealthInput, "overdueCount" | "atRiskCount">;

/** The verdict's input: the chain's facts with the obligations counted at some moment. */
export function healthInput(facts: HealthFacts, totals: { overdue: number; atRisk: number }): HealthInput {
  return { ...facts, overdueCount: totals.overdue, atRiskCount: totals.atRisk };
}

export type HealthFix = { action: "reactivate" | "top-up" | "operators"; text: string; topUp: bigint };

export type Health = {
  tone: HealthTone;
  state: ProverStateName;
  cause: InactiveCause | null;
  /** Only an Active prover receives rewards: its proofs' fees and its epoch rewards. */
  canBePaid: boolean;
  headline: string;
  reasons: string[];
  fix: HealthFix | null;
};

/** Within this many bps above the deactivation line, one more slash may cross it. */
const SCALE_MARGIN_BPS = 1_000n;

/** Exact amounts where the person acts on them (a top-up), short ones where they only read them. */
const brev = (wei: bigint) => formatTokenFull(wei, { symbol: "BREV" });
const about = (wei: bigint) => formatToken(wei, { symbol: "BREV" });
const pct = (bps: bigint) => `${Number(bps) / 100} %`;

function inactiveCause(input: HealthInput): InactiveCause {
  if (input.state === 3) return "jailed";
  if (input.slashingScale < input.deactivationScale) return "scale";
  if (input.selfStake < input.minSelfStake) return "self-stake";
  return "operators";
}

const CAUSE_WORDS: Record<InactiveCause, string> = {
  jailed: "It is jailed by the network's operators.",
  scale: "Slashes took its slashing scale below the deactivation line.",
  "self-stake": "Its own stake fell below the minimum self-stake (by a slash or by unstaking).",
  operators: "Its own stake and slashing scale meet the rules, so it was deactivated by the network's operators.",
};

function fixFor(input: HealthInput, cause: InactiveCause): HealthFix {
  if (cause === "jailed") {
    return {
      action: "operators",
      text: "Only the network's operators can release a jailed prover: contact them.",
      topUp: 0n,
    };
  }
  const short = input.minSelfStake - input.selfStake;
  if (short > 0n) {
    return {
      action: "top-up",
      text: `Top up your own stake by ${brev(short)} to reach the minimum of ${brev(input.minSelfStake)}, then reactivate.`,
      topUp: short,
    };
  }
  return { action: "reactivate", text: "Reactivate the prover: your own stake meets the minimum.", topUp: 0n };
}

/** The console's verdict, in words: state and why, own stake against the minimum, the scale against its line. */
export function healthVerdict(input: HealthInput): Health {
  const state = proverStateName(input.state);
  const reasons = [
    `Own stake ${about(input.selfStake)} against the minimum self-stake of ${about(input.minSelfStake)}.`,
    `Slashing scale ${pct(input.slashingScale)} (deactivated below ${pct(input.deactivationScale)}).`,
  ];
  if (state !== "Active") {
    const cause = inactiveCause(input);
    return {
      tone: "bad",
      state,
      cause,
      canBePaid: false,
      headline: `${state}: this prover cannot be paid. ${CAUSE_WORDS[cause]}`,
      reasons: [
        "A proof it submits for a request it won fails, and its epoch rewards cannot be distributed, until it is Active again.",
        ...reasons,
      ],
      fix: fixFor(input, cause),
    };
  }
  const warnings: string[] = [];
  if (input.overdueCount > 0) {
    warnings.push(
      `${input.overdueCount} won request${input.overdueCount === 1 ? " is" : "s are"} overdue and can be slashed.`,
    );
  }
  if (input.atRiskCount > 0) {
    warnings.push(`${input.atRiskCount} request${input.atRiskCount === 1 ? "" : "s"} due soon without a proof.`);
  }
  if (input.slashingScale < input.deactivationScale + SCALE_MARGIN_BPS) {
    warnings.push("The slashing scale is close to the deactivation line: one more slash may deactivate the prover.");
  }
  if (input.slashingScale < BPS && warnings.length === 0) {
    reasons.push("It has been slashed before; its stakers' shares are worth less by the same fraction.");
  }
  return {
    tone: warnings.length > 0 ? "warn" : "good",
    state,
    cause: null,
    canBePaid: true,
    headline:
      warnings.length > 0 ? "Active, with work at risk." : "Active and healthy: it can win requests and be paid.",
    reasons: [...warnings, ...reasons],
    fix: null,
  };
}
