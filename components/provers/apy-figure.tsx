import { formatBps } from "@/lib/format/percent";
import type { ProverSummary } from "@/lib/indexer/schemas";
import { describeApyWithheld } from "@/lib/provers/apy-rule";

type Apy = ProverSummary["apy30d"];

/**
 * A window's net APY (gross on hover), or "—" with the rule's reason on hover and for screen
 * readers. `windowDays` null is "since the vault began".
 */
export function ApyFigure({
  apy,
  windowDays,
  withGross = false,
  symbol = "BREV",
  testId,
}: {
  apy: Apy;
  windowDays: number | null;
  /** Spell out the gross rate next to the net one instead of in the tooltip. */
  withGross?: boolean;
  symbol?: string;
  testId?: string;
}) {
  if ("withheld" in apy) {
    const reason = describeApyWithheld(apy.withheld, windowDays, symbol);
    return (
      <span className="text-muted" title={reason} data-testid={testId} data-withheld={apy.withheld}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">Not shown. {reason}</span>
      </span>
    );
  }
  const gross = `${formatBps(apy.grossBps)} before commission`;
  return (
    <span className="tabular-nums" title={withGross ? undefined : gross} data-testid={testId}>
      {formatBps(apy.netBps)}
      {withGross ? ` net, ${formatBps(apy.grossBps)} gross` : ""}
    </span>
  );
}
