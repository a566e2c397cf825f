import Link from "next/link";
import type { ProofRequest } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { type Column, TableHead } from "../ui/table-head";
import { PaidAndCreatedCells } from "./paid-and-created-cells";
import { PhaseCountdown } from "./phase-countdown";
import { ProverLink } from "./prover-link";

const short = (hex: string) => `${hex.slice(0, 10)}…`;

const COLUMNS: Column[] = [
  { label: "Request" },
  { label: "Phase" },
  { label: "Max fee", align: "right" },
  { label: "Bids / reveals", align: "right" },
  { label: "Winner" },
  { label: "Paid", align: "right" },
  { label: "Created", align: "right" },
];

/** One page of requests, each with its live phase and countdown, what it offered and what it paid. */
export function RequestTable({
  requests,
  asOf,
  phases,
}: {
  requests: ProofRequest[];
  asOf: number;
  phases: { bidding: number; reveal: number };
}) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="request-table">
        <caption className="sr-only">Proof requests, newest first</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-line">
          {requests.map((request) => (
            <tr key={request.reqid} data-testid={`request-${request.reqid}`}>
              <td className="py-2">
                <Link
                  href={`/market/${request.reqid}`}
                  className="font-mono text-accent text-xs hover:underline"
                  title={request.reqid}
                >
                  <span className="sr-only">Request </span>
                  {short(request.reqid)}
                </Link>
                <div className="font-mono text-muted text-xs" title={`Program ${request.vk}`}>
                  <span className="sr-only">Program </span>
                  {short(request.vk)}
                </div>
              </td>
              <td className="py-2" data-testid="request-phase" data-phase={request.phase}>
                <PhaseCountdown
                  asOf={asOf}
                  facts={{
                    status: request.status,
                    createdAt: request.createdAt,
                    deadline: request.deadline,
                    bids: request.bids,
                    winner: request.winner,
                    bidding: phases.bidding,
                    reveal: phases.reveal,
                  }}
                />
              </td>
              <td className="py-2 text-right">
                <Amount wei={request.maxFee} />
              </td>
              <td className="py-2 text-right tabular-nums">
                {request.bids} / {request.reveals}
              </td>
              <td className="py-2">
                {request.winner ? <ProverLink address={request.winner} /> : <span className="text-muted">—</span>}
              </td>
              <PaidAndCreatedCells request={request} now={asOf} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
