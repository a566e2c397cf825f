import type { ReactNode } from "react";
import type { Address } from "viem";
import { formatAbsolute, formatCountdown } from "@/lib/format/time";
import type { RequestDetail } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { type Column, TableHead } from "../ui/table-head";
import { ProverLink } from "./prover-link";

type Names = Map<string, string>;

function Prover({ address, names }: { address: Address; names: Names }) {
  return <ProverLink address={address} name={names.get(address.toLowerCase()) || undefined} />;
}

function At({ at }: { at: number }) {
  return (
    <time dateTime={new Date(at * 1000).toISOString()} className="whitespace-nowrap tabular-nums">
      {formatAbsolute(at)}
    </time>
  );
}

const TIMELINE_COLUMNS: Column[] = [
  { label: "Time (UTC)" },
  { label: "Step" },
  { label: "Prover" },
  { label: "Sealed bid / fee", align: "right" },
];

/** Every sealed bid (a replaced one too) and every reveal, in the order the chain has them. */
export function BidTimeline({ detail }: { detail: RequestDetail }) {
  const names: Names = new Map(detail.provers.map((prover) => [prover.address.toLowerCase(), prover.name]));
  if (detail.events.length === 0) return <p className="text-muted text-sm">Nobody bid on this request.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="bid-timeline">
        <caption className="sr-only">Sealed bids and reveals, oldest first</caption>
        <TableHead columns={TIMELINE_COLUMNS} />
        <tbody className="divide-y divide-line">
          {detail.events.map((event) => (
            <tr key={`${event.txHash}-${event.kind}-${event.prover}`} data-testid={`timeline-${event.kind}`}>
              <td className="py-2 text-muted">
                <At at={event.at} />
              </td>
              <td className="py-2">{event.kind === "bid" ? "Sealed bid" : "Revealed"}</td>
              <td className="py-2">
                <Prover address={event.prover} names={names} />
              </td>
              <td className="py-2 text-right">
                {event.fee !== null ? (
                  <Amount wei={event.fee} />
                ) : (
                  <code className="font-mono text-muted text-xs" title={event.bidHash ?? undefined}>
                    {event.bidHash?.slice(0, 14)}…
                  </code>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The request's chain facts: who won, what was paid and to whom, or how it ended without a proof. */
export type Outcome = {
  winner: Address | null;
  winnerFee: bigint | null;
  second: Address | null;
  secondFee: bigint | null;
};

export function RequestOutcome({ detail, outcome }: { detail: RequestDetail; outcome: Outcome }) {
  const names: Names = new Map(detail.provers.map((prover) => [prover.address.toLowerCase(), prover.name]));
  const { request, slash } = detail;
  const rows: { label: string; value: ReactNode; testId?: string }[] = [];
  rows.push({
    label: "Winner",
    value: (
      <span data-testid="winner" data-address={outcome.winner ?? ""}>
        {outcome.winner ? <Prover address={outcome.winner} names={names} /> : "none"}
      </span>
    ),
  });
  if (outcome.winnerFee !== null)
    rows.push({ label: "Winning bid", value: <Amount wei={outcome.winnerFee} testId="winner-fee" /> });
  if (outcome.second && outcome.secondFee !== null) {
    rows.push({ label: "Second place", value: <Prover address={outcome.second} names={names} /> });
    rows.push({ label: "Second price", value: <Amount wei={outcome.secondFee} testId="second-fee" /> });
  }
  if (request.actualFee !== null) {
    rows.push({ label: "Paid by the requester", value: <Amount wei={request.actualFee} testId="actual-fee" /> });
    if (request.protocolFee !== null) {
      rows.push({ label: "Protocol fee", value: <Amount wei={request.protocolFee} testId="protocol-fee" /> });
      rows.push({
        label: "Winner's reward",
        value: <Amount wei={request.actualFee - request.protocolFee} testId="prover-reward" />,
      });
    }
    rows.push({ label: "Returned to the requester", value: <Amount wei={request.maxFee - request.actualFee} /> });
  }
  if (request.status === "fulfilled" && request.settledAt !== null) {
    rows.push({
      label: "Proof time",
      value: `${formatCountdown(request.settledAt - request.revealEnd)} after the reveal phase`,
      testId: "proof-time",
    });
  }
  if ((request.status === "refunded" || request.status === "slashed") && request.settledAt !== null) {
    rows.push({ label: "Refunded", value: <At at={request.settledAt} /> });
  }
  if (slash) {
    rows.push({ label: "Winner slashed", value: <Amount wei={slash.taken} testId="slash-taken" /> });
    if (slash.requested !== null && slash.requested !== slash.taken) {
      rows.push({ label: "Slash asked for", value: <Amount wei={slash.requested} /> });
    }
  }
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between gap-3">
          <dt className="text-muted">{row.label}</dt>
          <dd className="text-right" data-testid={row.testId}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
