import { formatBps } from "@/lib/format/percent";
import type { MarketSummary } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.floor((part * 10_000) / whole));

/** How contested auctions were and what the second price saved, in sentences with their figures. */
export function AuctionFigures({ auctions }: { auctions: MarketSummary["auctions"] }) {
  const { closed, bidders, revealed, fulfilled, maxFees, paid, secondPricePremium } = auctions;
  const revealRate = ratio(revealed, bidders);
  const bidsPerRequest = closed === 0 ? null : (bidders / closed).toFixed(2);
  return (
    <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-muted text-xs uppercase tracking-wider">Bids per request</dt>
        <dd className="mt-1 font-semibold text-ink text-xl tabular-nums" data-testid="bids-per-request">
          {bidsPerRequest ?? "—"}
        </dd>
        <dd className="text-muted text-xs">
          {bidders} sealed bids on {closed} auctions whose reveal phase is over
        </dd>
      </div>
      <div>
        <dt className="text-muted text-xs uppercase tracking-wider">Reveal rate</dt>
        <dd className="mt-1 font-semibold text-ink text-xl tabular-nums" data-testid="reveal-rate">
          {revealRate === null ? "—" : formatBps(revealRate)}
        </dd>
        <dd className="text-muted text-xs">
          {revealed} of {bidders} bidders revealed their bid
        </dd>
      </div>
      <div>
        <dt className="text-muted text-xs uppercase tracking-wider">Requesters saved (max fee − paid)</dt>
        <dd className="mt-1 font-semibold text-ink text-xl">
          <Amount wei={maxFees - paid} testId="requester-savings" />
        </dd>
        <dd className="text-muted text-xs">
          {fulfilled} fulfilled requests offered <Amount wei={maxFees} compact /> and paid <Amount wei={paid} compact />
        </dd>
      </div>
      <div>
        <dt className="text-muted text-xs uppercase tracking-wider">Second price over winning bid</dt>
        <dd className="mt-1 font-semibold text-ink text-xl">
          <Amount wei={secondPricePremium} testId="second-price-premium" />
        </dd>
        <dd className="text-muted text-xs">what winners were paid above their own bids, by the second-lowest bid</dd>
      </div>
    </dl>
  );
}
