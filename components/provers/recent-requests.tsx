import type { ProofRequest } from "@/lib/indexer/schemas";
import { PaidAndCreatedCells } from "../market/paid-and-created-cells";
import { type Column, TableHead } from "../ui/table-head";

const OUTCOME = {
  pending: { label: "In progress", tone: "text-muted" },
  overdue: { label: "Overdue", tone: "text-warning" },
  fulfilled: { label: "Proven", tone: "text-success" },
  refunded: { label: "Missed, refunded", tone: "text-danger" },
  slashed: { label: "Missed, slashed", tone: "text-danger" },
} as const;

const COLUMNS: Column[] = [
  { label: "Request" },
  { label: "Outcome" },
  {
    label: "Fee paid",
    align: "right",
    hint: "What the requester paid; the prover received it less the protocol fee",
  },
  { label: "Created", align: "right" },
];

/** A won request past its deadline without a proof counts as missed until it is refunded, as the market counts it. */
function outcome(request: ProofRequest) {
  return OUTCOME[request.phase === "overdue" ? "overdue" : request.status];
}

/** The requests this prover won, newest first, with what the requester paid. */
export function RecentRequests({ requests, now }: { requests: ProofRequest[]; now: number }) {
  if (requests.length === 0) return <p className="text-muted text-sm">This prover has not won a request yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-line">
          {requests.map((request) => (
            <tr key={request.reqid}>
              <td className="py-2 font-mono text-xs" title={request.reqid}>
                {request.reqid.slice(0, 10)}…
              </td>
              <td className={`py-2 ${outcome(request).tone}`} data-testid="request-outcome">
                {outcome(request).label}
              </td>
              <PaidAndCreatedCells request={request} now={now} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
