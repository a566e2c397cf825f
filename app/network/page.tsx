import type { Metadata } from "next";
import Link from "next/link";
import { NetworkHeading } from "@/components/layout/page-headings";
import { CommissionFeed } from "@/components/network/commission-feed";
import { ConcentrationHistory } from "@/components/network/concentration-history";
import { ConcentrationNow } from "@/components/network/concentration-now";
import { ProverShares } from "@/components/network/prover-shares";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { readHistory } from "@/lib/indexer/read-history";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Decentralization" };

/** Days of concentration history the page charts. */
const DAYS = 90;

export default async function NetworkPage() {
  const history = await readHistory((indexer) =>
    Promise.all([indexer.decentralization(DAYS), indexer.commissionChanges({ limit: 10 })]),
  );
  if (history.status === "unavailable") {
    return (
      <div className="space-y-6">
        <NetworkHeading />
        <Alert title="Decentralization history is unavailable." testId="history-unavailable">
          {history.reason}
        </Alert>
      </div>
    );
  }
  const [decentralization, changes] = history.data;
  return (
    <div className="space-y-6">
      <NetworkHeading />
      <ConcentrationNow data={decentralization} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <ConcentrationHistory data={decentralization} />
        <Card
          title="Commission changes"
          description="A new rate applies at once, to stake already in the vault: stakers cannot act before it does."
        >
          <CommissionFeed changes={changes} />
          <Link href="/network/commission-changes" className="mt-3 inline-block text-accent text-sm underline">
            Every commission change
          </Link>
        </Card>
      </div>
      <ProverShares data={decentralization} />
    </div>
  );
}
