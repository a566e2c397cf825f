import type { LiveStaking } from "@/lib/chain/network-snapshot";
import { LOCALE } from "@/lib/format/locale";
import type { History } from "@/lib/indexer/read-history";
import type { NetworkOverview } from "@/lib/indexer/schemas";
import { Alert } from "../ui/alert";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

const count = (value: bigint | number) => value.toLocaleString(LOCALE);

/**
 * The network's stake and thirty days of history. Stake comes from the chain when it answers
 * (the indexer's copy otherwise); stakers, fees and rewards from the indexer. Each label says
 * which total it is: vault assets leave pending unstakes out, stakers are people, not positions.
 */
export function NetworkHistory({
  history,
  staking,
}: {
  history: History<NetworkOverview>;
  staking: LiveStaking | null;
}) {
  if (history.status === "unavailable" && !staking) {
    return (
      <Alert title="History is unavailable." testId="history-unavailable">
        {history.reason} Live numbers from the chain are unaffected.
      </Alert>
    );
  }
  const data = history.status === "ok" ? history.data : null;
  const vaultAssets = staking?.vaultAssets ?? data?.totals.tvl ?? 0n;
  const provers = staking
    ? `${count(staking.activeProvers)} of ${count(staking.provers)}`
    : data
      ? `${count(data.totals.activeProvers)} of ${count(data.totals.provers)}`
      : "";
  const missing = "Needs the indexer, which does not answer";
  return (
    <div className="space-y-4">
      {history.status === "unavailable" ? (
        <Alert title="History is unavailable." testId="history-unavailable">
          {history.reason} Live numbers from the chain are unaffected.
        </Alert>
      ) : null}
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Staked in vaults"
          value={<Amount wei={vaultAssets} compact testId="total-staked" />}
          hint={`${provers} provers Active; pending unstakes not included`}
        />
        <Stat
          label="Stakers"
          value={<span data-testid="staker-count">{data ? count(data.totals.stakers) : "—"}</span>}
          hint={
            <>
              {data ? "Unique accounts holding shares" : missing}
              {staking ? (
                <>
                  ; <span data-testid="stake-positions">{count(staking.stakePositions)}</span> stake positions (one per
                  prover staked with)
                </>
              ) : null}
            </>
          }
        />
        <Stat
          label="Market fees, 30 days"
          value={data ? <Amount wei={data.last30d.marketFees} compact testId="fees-30d" /> : "—"}
          hint={
            data
              ? `Paid to provers after the protocol fee; ${data.last30d.fulfilled} of ${data.last30d.requests} requests proven`
              : missing
          }
        />
        <Stat
          label="Foundation rewards, 30 days"
          value={data ? <Amount wei={data.last30d.epochRewards} compact testId="epoch-rewards-30d" /> : "—"}
          hint={
            data ? (
              <>
                Paid by the reward epochs; other grants paid to vaults:{" "}
                <Amount wei={data.last30d.otherRewards} compact />
              </>
            ) : (
              missing
            )
          }
        />
      </dl>
    </div>
  );
}
