/** Says what retirement means on chain: the prover is gone for good, only its history stays. */
export function RetiredNotice() {
  return (
    <div
      role="note"
      className="rounded-2xl border border-line bg-panel p-4 text-ink text-sm"
      data-testid="retired-notice"
    >
      This prover retired: the staking contract deleted it, it takes no stake or rewards, and its address cannot
      register again. What it did before is kept below.
    </div>
  );
}
