/** The controller's prover states, in its numbering. */
export const PROVER_STATES = ["Null", "Active", "Deactivated", "Jailed"] as const;
export type ProverStateName = (typeof PROVER_STATES)[number];

export function proverStateName(state: number): ProverStateName {
  return PROVER_STATES[state] ?? "Null";
}
