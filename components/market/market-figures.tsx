import type { MarketFacts } from "@/lib/chain/market-facts";
import { LOCALE } from "@/lib/format/locale";
import { formatBps } from "@/lib/format/percent";
import { formatCountdown } from "@/lib/format/time";
import type { MarketSummary } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

/**
 * The market's lifetime figures, read live from the chain (its own counters); the indexer's
 * totals stand in when the chain does not answer (the page then says so).
 */
export function MarketFigures({ facts, summary }: { facts: MarketFacts | null; summary: MarketSummary | null }) {
  const totals = summary?.totals;
  const protocolFee = facts?.cumulativeProtocolFee ?? totals?.protocolFee;
  const toProvers = facts?.totalFees ?? totals?.proverRewards;
  const bidding = facts ? Number(facts.biddingPhase) : summary?.phases.bidding;
  const reveal = facts ? Number(facts.revealPhase) : summary?.phases.reveal;
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label="Requests"
        value={facts ? facts.totalRequests.toLocaleString(LOCALE) : "—"}
        hint={facts ? `${facts.totalFulfilled.toLocaleString(LOCALE)} fulfilled` : "chain unavailable"}
        testId="market-requests"
      />
      <Stat
        label="Paid to provers"
        value={toProvers === undefined ? "—" : <Amount wei={toProvers} compact testId="market-prover-fees" />}
        hint="after the protocol fee"
      />
      <Stat
        label="Protocol fee"
        value={protocolFee === undefined ? "—" : <Amount wei={protocolFee} compact testId="market-protocol-fee" />}
        hint={
          facts ? (
            <>
              <span data-testid="protocol-fee-bps" data-bps={facts.protocolFeeBps.toString()}>
                {formatBps(facts.protocolFeeBps)}
              </span>{" "}
              of each fee · <Amount wei={facts.protocolFeeBalance} compact /> not yet withdrawn
            </>
          ) : (
            "collected over the market's life"
          )
        }
      />
      <Stat
        label="Phases"
        value={
          bidding === undefined || reveal === undefined
            ? "—"
            : `${formatCountdown(bidding)} + ${formatCountdown(reveal)}`
        }
        hint={facts ? `bidding, then reveal · stats epoch ${facts.statsEpochId.toString()}` : "bidding, then reveal"}
        testId="market-phases"
      />
    </dl>
  );
}
