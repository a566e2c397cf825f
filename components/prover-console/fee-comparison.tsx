import { formatCountdown } from "@/lib/format/time";
import type { ProverFees } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./figure";

const median = (fee: bigint | null) => (fee === null ? "—" : <Amount wei={fee} />);

/** The prover's median fee per program against other provers' for the same program, and its proof speed. */
export function FeeComparison({ fees }: { fees: ProverFees }) {
  const { proofDelay, programs, minComparable } = fees;
  return (
    <Card
      title="Against the market"
      description="Median fee paid per program (the second price), yours against other provers' for the same program, over every fulfilled request (their count in brackets)."
    >
      <dl className="text-sm">
        <Figure label={`Median time from reveal end to proof (${proofDelay.proofs} proofs)`}>
          <span data-testid="median-proof-delay">
            {proofDelay.median === null ? "no proofs yet" : formatCountdown(proofDelay.median)}
          </span>
        </Figure>
      </dl>
      {programs.length === 0 ? (
        <p className="mt-4 text-muted text-sm" data-testid="fee-programs">
          No fulfilled request yet: nothing to compare.
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-line text-sm" data-testid="fee-programs">
          {programs.map((program) => (
            <li
              key={program.vk}
              className="py-2"
              data-vk={program.vk}
              data-comparable={program.comparable}
              data-testid="fee-program"
            >
              <code className="block truncate font-mono text-muted text-xs" title={program.vk}>
                Program {program.vk}
              </code>
              {program.comparable ? (
                <div className="mt-1 grid grid-cols-2 gap-2">
                  <p>
                    <span className="block text-muted text-xs">Yours ({program.own.fulfilled})</span>
                    <span data-testid="own-median-fee">{median(program.own.medianFee)}</span>
                  </p>
                  <p>
                    <span className="block text-muted text-xs">Other provers' ({program.others.fulfilled})</span>
                    <span data-testid="others-median-fee">{median(program.others.medianFee)}</span>
                  </p>
                </div>
              ) : (
                <p className="mt-0.5 text-muted" data-testid="too-few">
                  Too few to compare: {program.own.fulfilled} of yours and {program.others.fulfilled} of other provers'
                  (at least {minComparable} each).
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
