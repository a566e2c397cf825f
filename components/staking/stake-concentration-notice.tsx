import Link from "next/link";
import { formatBps } from "@/lib/format/percent";
import { CONCENTRATION_THRESHOLD_BPS, type Concentration } from "@/lib/math/concentration";
import { directoryHref, parseDirectoryQuery } from "@/lib/provers/directory-query";

// Smallest Active provers first: the ones a stake helps spread the network most.
const SMALLER_PROVERS = directoryHref(parseDirectoryQuery({}).query, { order: "asc", state: "active" });

/** Warns before a stake makes one prover hold more of the network than the threshold. */
export function StakeConcentrationNotice({ concentration }: { concentration: Concentration }) {
  if (!concentration.exceeds) return null;
  return (
    <div
      role="note"
      className="rounded-xl border border-warning/50 bg-warning/10 p-3 text-ink text-sm"
      data-testid="stake-concentration"
    >
      <p>
        This prover would hold {formatBps(concentration.shareBps)} of all stake, more than{" "}
        {formatBps(CONCENTRATION_THRESHOLD_BPS)}. So much stake in one prover makes the network easier to stall or
        capture.
      </p>
      <Link href={SMALLER_PROVERS} className="mt-1 inline-block font-medium text-accent underline">
        See smaller provers
      </Link>
    </div>
  );
}
