export type RetireCheck = { key: "stakers" | "unstakes" | "commission"; met: boolean; text: string };

/**
 * What `retireProver` demands, each checked against the live figures: nobody (the prover
 * included) holds shares, no unstake is pending, no commission is left to claim.
 */
export function retireChecks(input: { stakers: bigint; pendingUnstakes: bigint; pendingCommission: bigint }) {
  const checks: RetireCheck[] = [
    {
      key: "stakers",
      met: input.stakers === 0n,
      text:
        input.stakers === 0n
          ? "Nobody holds shares in the vault."
          : `${input.stakers} account${input.stakers === 1n ? " holds" : "s hold"} shares in the vault (your own count too): every one must unstake everything.`,
    },
    {
      key: "unstakes",
      met: input.pendingUnstakes === 0n,
      text:
        input.pendingUnstakes === 0n
          ? "No unstake is pending."
          : "Unstakes are still pending: each must mature and be withdrawn.",
    },
    {
      key: "commission",
      met: input.pendingCommission === 0n,
      text:
        input.pendingCommission === 0n ? "No commission is left to claim." : "Commission is waiting: claim it first.",
    },
  ];
  return { checks, allowed: checks.every((check) => check.met) };
}

/** The words a prover types to confirm retiring: its own address, so nobody retires the wrong one by reflex. */
export function retireConfirmed(typed: string, prover: string): boolean {
  return typed.trim().toLowerCase() === prover.toLowerCase();
}
