import type { History } from "@/lib/indexer/read-history";
import type { NetworkOverview } from "@/lib/indexer/schemas";
import { Alert } from "../ui/alert";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

/** Thirty days of network history from the indexer, or why it is missing. */
export function NetworkHistory({ history }: { history: History<NetworkOverview> }) {
  if (history.status === "unavailable") {
    return (
      <Alert title="History is unavailable." testId="history-unavailable">
        {history.reason} Live numbers from the chain are unaffected.
      </Alert>
    );
  }
  const { totals, last30d, decentralization } = history.data;
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label="Total staked"
        value={<Amount wei={totals.tvl} compact testId="total-staked" />}
        hint={`${totals.activeProvers} active provers of ${totals.provers}`}
      />
      <Stat
        label="Stakers"
        value={<span data-testid="staker-count">{totals.stakers}</span>}
        hint="Holding shares in any vault"
      />
      <Stat
        label="Market fees, 30 days"
        value={<Amount wei={last30d.marketFees} compact testId="fees-30d" />}
        hint={`${last30d.fulfilled} of ${last30d.requests} requests proven`}
      />
      <Stat
        label="Foundation rewards, 30 days"
        value={<Amount wei={last30d.epochRewards} compact testId="epoch-rewards-30d" />}
        hint={`${decentralization.nakamoto33} provers together hold a third of all stake`}
      />
    </dl>
  );
}
