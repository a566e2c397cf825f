import type { Metadata } from "next";
import Link from "next/link";
import { CommissionFeed } from "@/components/network/commission-feed";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { readHistory } from "@/lib/indexer/read-history";
import { parseAddressParam } from "@/lib/provers/address-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Commission changes" };

const PER_PAGE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every commission change, newest first, network-wide or for one prover (`?prover=`), paged by `?before=`. */
export default async function CommissionChangesPage({ searchParams }: Props) {
  const query = await searchParams;
  const prover = typeof query.prover === "string" ? parseAddressParam(query.prover) : undefined;
  const before = typeof query.before === "string" ? query.before : undefined;
  const history = await readHistory((indexer) => indexer.commissionChanges({ limit: PER_PAGE, prover, before }));
  const scope = prover ? `?prover=${prover}` : "";
  const heading = prover ? "Commission changes of one prover" : "Commission changes";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">{heading}</h1>
        <p className="mt-1 text-muted text-sm">
          A new rate applies at once, to stake already in the vault. Newest first.{" "}
          {prover ? (
            <Link href="/network/commission-changes" className="text-accent underline">
              All provers
            </Link>
          ) : null}
        </p>
        {prover ? <p className="mt-1 break-all font-mono text-muted text-xs">{prover}</p> : null}
      </div>
      {history.status === "unavailable" ? (
        <Alert title="Commission changes are unavailable." testId="history-unavailable">
          {history.reason}
        </Alert>
      ) : (
        <Card>
          <CommissionFeed changes={history.data} showProver={!prover} />
          <div className="mt-3 flex gap-4 text-sm">
            {before ? (
              <Link href={`/network/commission-changes${scope}`} className="text-accent underline">
                Newest
              </Link>
            ) : null}
            {history.data.nextBefore ? (
              <Link
                href={`/network/commission-changes${scope}${scope ? "&" : "?"}before=${encodeURIComponent(history.data.nextBefore)}`}
                className="text-accent underline"
              >
                Older changes
              </Link>
            ) : null}
          </div>
        </Card>
      )}
    </div>
  );
}
