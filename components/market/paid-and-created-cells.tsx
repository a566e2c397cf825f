import type { ProofRequest } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { RelativeTime } from "../ui/relative-time";

/** The last two cells of a request's row: what the requester paid (a dash until it is paid), then when it was created. */
export function PaidAndCreatedCells({
  request,
  now,
}: {
  request: Pick<ProofRequest, "actualFee" | "createdAt">;
  now: number;
}) {
  return (
    <>
      <td className="py-2 text-right">
        {request.actualFee === null ? <span className="text-muted">—</span> : <Amount wei={request.actualFee} />}
      </td>
      <td className="whitespace-nowrap py-2 text-right text-muted">
        <RelativeTime at={request.createdAt} now={now} />
      </td>
    </>
  );
}
