import { formatBps } from "@/lib/format/percent";
import type { ApyWithheld } from "@/lib/provers/apy-rule";
import { describeApyWithheld } from "@/lib/provers/apy-rule";

/**
 * A rate as the indexer serves it under the APY rule: net (with gross when known), gross alone
 * for rates of rewards before commission, or withheld with the rule's reason.
 */
type Rate = { netBps: number; grossBps?: number } | { grossBps: number } | { withheld: ApyWithheld };

/**
 * A window's rate, or "—" with the rule's reason on hover and for screen readers. `windowDays`
 * null is "since the vault began" (or since the position's entry).
 */
export function ApyFigure({
  apy,
  windowDays,
  withGross = false,
  symbol = "BREV",
  testId,
}: {
  apy: Rate;
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
  if (!("netBps" in apy)) {
    return (
      <span className="tabular-nums" data-testid={testId}>
        {formatBps(apy.grossBps)}
      </span>
    );
  }
  const gross = apy.grossBps === undefined ? undefined : formatBps(apy.grossBps);
  return (
    <span
      className="tabular-nums"
      title={withGross || gross === undefined ? undefined : `${gross} before commission`}
      data-testid={testId}
    >
      {formatBps(apy.netBps)}
      {withGross && gross !== undefined ? ` net, ${gross} gross` : ""}
    </span>
  );
}
