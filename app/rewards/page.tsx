import type { Metadata } from "next";
import Link from "next/link";
import { RewardsHeading } from "@/components/layout/page-headings";
import { EpochDistribution } from "@/components/rewards/epoch-distribution";
import { EpochSchedule } from "@/components/rewards/epoch-schedule";
import { EpochTotals } from "@/components/rewards/epoch-totals";
import { RewardAprs } from "@/components/rewards/reward-aprs";
import { UndistributedRewards } from "@/components/rewards/undistributed-rewards";
import { Alert } from "@/components/ui/alert";
import { readEpochFacts } from "@/lib/chain/epoch-facts";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { IndexerResponseError } from "@/lib/indexer/client";
import { parseEpochParam } from "@/lib/indexer/epoch-param";
import { readHistory } from "@/lib/indexer/read-history";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rewards" };

/** Epochs per page of the totals table. */
const EPOCHS_PER_PAGE = 12;

/** An epoch nobody set rewards for is a state the page shows; any other failure is the indexer's. */
function unlessMissing(error: unknown): null {
  if (error instanceof IndexerResponseError && error.status === 404) return null;
  throw error;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RewardsPage({ searchParams }: Props) {
  const query = await searchParams;
  const asked = { epoch: parseEpochParam(query.epoch), before: parseEpochParam(query.before) };
  const misread = (["epoch", "before"] as const).filter((key) => query[key] !== undefined && asked[key] === null);
  const runtime = readChainRuntimeConfig();
  const history = await readHistory(async (indexer) => {
    const [epochs, yields] = await Promise.all([
      indexer.epochs({ limit: EPOCHS_PER_PAGE, before: asked.before ?? undefined }),
      indexer.yields(30),
    ]);
    const shown = asked.epoch ?? epochs.items[0]?.epoch ?? null;
    const latest = asked.before === null ? (epochs.items[0]?.epoch ?? null) : null;
    const [detail, newest] = await Promise.all([
      shown === null ? null : indexer.epoch(shown).catch(unlessMissing),
      latest === null && epochs.totals.epochs > 0 ? indexer.epochs({ limit: 1 }) : null,
    ]);
    return { epochs, yields, detail, shown, lastSetEpoch: latest ?? newest?.items[0]?.epoch ?? null };
  });
  if (history.status === "unavailable") {
    return (
      <div className="space-y-6">
        <RewardsHeading />
        <Alert title="Reward history is unavailable." testId="history-unavailable">
          {history.reason}
        </Alert>
      </div>
    );
  }
  const { epochs, yields, detail, shown, lastSetEpoch } = history.data;
  const facts = await readEpochFacts(
    runtime,
    deploymentFor(runtime.network),
    yields.provers.map((entry) => entry.address),
    lastSetEpoch,
  );
  const names = new Map(yields.provers.map((entry) => [entry.address, entry.name]));
  return (
    <div className="space-y-6">
      <RewardsHeading />
      {misread.length > 0 ? (
        <Alert title="Part of this link was not understood." testId="query-problem">
          {misread.map((key) => `“${String(query[key]).slice(0, 40)}” is not an epoch number`).join("; ")}; showing the
          latest epochs.
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <EpochSchedule epochs={epochs} facts={facts} />
        <UndistributedRewards facts={facts} names={names} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className="space-y-2">
          <EpochTotals epochs={epochs} selected={shown} />
          {asked.before !== null ? (
            <Link href="/rewards" className="text-accent text-sm underline">
              Back to the latest epochs
            </Link>
          ) : null}
        </div>
        <div id="distribution">
          {detail ? (
            <EpochDistribution detail={detail} />
          ) : shown !== null ? (
            <Alert title={`Epoch ${shown} has no rewards set.`} testId="epoch-missing">
              Pick an epoch from the list.
            </Alert>
          ) : null}
        </div>
      </div>
      <RewardAprs yields={yields} />
    </div>
  );
}
