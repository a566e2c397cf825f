"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { WithdrawMatured } from "@/components/staking/unstake-withdraw-matured";
import { useChainClock } from "@/components/staking/use-chain-clock";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { useServerFollowsAccount } from "@/components/wallet/use-server-follows-account";
import { WriteGuard } from "@/components/wallet/write-guard";
import { type LivePortfolio, maturedProvers } from "@/lib/portfolio/live-portfolio";
import { fromEarningsProps, type PositionEarningsProps } from "@/lib/portfolio/position-earnings";
import { ReadFailed } from "../ui/read-failed";
import { PortfolioSkeleton } from "./portfolio-skeleton";
import { PositionCard } from "./position-card";
import { useLivePortfolio } from "./use-live-portfolio";

const INDEXER_LAG_MS = 2_000;

type Props = {
  /** The account the server rendered for (from wagmi's cookie), or null. */
  serverAccount: Address | null;
  earnings: PositionEarningsProps[];
};

/** When a countdown ends, read the chain again: only the chain says a request can be withdrawn. */
function useRefetchWhenMatured(portfolio: LivePortfolio, now: number, refetch: () => void) {
  const upcoming = portfolio.positions
    .flatMap((position) => position.pending.map((request) => request.readyAt))
    .filter((readyAt) => readyAt > portfolio.chainNow);
  const due = upcoming.length > 0 && now >= Math.min(...upcoming);
  useEffect(() => {
    if (due) refetch();
  }, [due, refetch]);
}

function Positions({
  portfolio,
  readAtMs,
  earnings,
  onWritten,
  onMatured,
  user,
}: {
  portfolio: LivePortfolio;
  readAtMs: number;
  earnings: Props["earnings"];
  onWritten: () => void;
  onMatured: () => void;
  user: Address;
}) {
  const now = useChainClock(portfolio.chainNow, readAtMs);
  useRefetchWhenMatured(portfolio, now, onMatured);
  const byProver = useMemo(() => fromEarningsProps(earnings), [earnings]);
  const matured = maturedProvers(portfolio);
  const pendingCount = portfolio.positions.reduce((sum, position) => sum + position.pending.length, 0);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Staked value" value={<Amount wei={portfolio.totals.value} testId="total-value" />} />
        <Stat
          label="Unstaking"
          value={<Amount wei={portfolio.totals.unstaking} testId="total-unstaking" />}
          hint={`${pendingCount} pending request${pendingCount === 1 ? "" : "s"}`}
        />
        <Stat label="Ready to withdraw" value={<Amount wei={portfolio.totals.readyToWithdraw} />} />
        <Stat label="BREV in wallet" value={<Amount wei={portfolio.walletBalance} testId="wallet-balance" />} />
      </dl>

      <Card title="Withdraw" description="Matured requests from every prover, in one action.">
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <WithdrawMatured
            user={user}
            provers={matured}
            ready={portfolio.totals.readyToWithdraw}
            onWritten={onWritten}
          />
          <p
            className="rounded-xl border border-warning/40 bg-warning/10 p-3 text-ink text-sm"
            data-testid="slashable-notice"
          >
            Pending requests can still be slashed: if a prover is slashed before you withdraw, your pending BREV from it
            shrinks by the same fraction as its vault.
          </p>
        </div>
      </Card>

      <div className="space-y-4">
        <h2 className="font-semibold text-ink text-lg tracking-tight">Positions</h2>
        {portfolio.positions.length === 0 ? (
          <p className="text-muted text-sm" data-testid="no-positions">
            You have no stake with any prover yet.{" "}
            <Link href="/provers" className="text-accent hover:underline">
              Pick a prover
            </Link>{" "}
            to stake BREV.
          </p>
        ) : (
          portfolio.positions.map((position) => (
            <PositionCard
              key={position.prover}
              user={user}
              position={position}
              earnings={byProver.get(position.prover)}
              rules={portfolio.rules}
              now={now}
              onWritten={onWritten}
            />
          ))
        )}
      </div>
    </div>
  );
}

/** The connected account's positions, read live from the chain, with the unstake ladder. */
export default function LivePortfolioPanel({ serverAccount, earnings }: Props) {
  const router = useRouter();
  const { address, isConnected } = useAccount();
  const portfolio = useLivePortfolio(address);
  useServerFollowsAccount(serverAccount);
  // The server part (earnings, history) comes from the indexer, which follows the chain about a
  // second behind: re-render it after a write, and once more when the indexer has the block.
  const onWritten = useCallback(() => {
    router.refresh();
    setTimeout(() => router.refresh(), INDEXER_LAG_MS);
  }, [router]);
  const { refetch: refetchPortfolio } = portfolio;
  const refetch = useCallback(() => void refetchPortfolio(), [refetchPortfolio]);

  if (!isConnected || !address) {
    return (
      <Card
        title="Connect to see your positions"
        description="Your positions are read from the chain for the account your wallet connects. Nothing is ever sent without your confirmation in the wallet."
      >
        <WriteGuard action="see your portfolio">{null}</WriteGuard>
      </Card>
    );
  }
  if (portfolio.data) {
    return (
      <Positions
        portfolio={portfolio.data}
        readAtMs={portfolio.dataUpdatedAt}
        earnings={earnings}
        onWritten={onWritten}
        onMatured={refetch}
        user={address}
      />
    );
  }
  if (portfolio.isError) {
    return (
      <ReadFailed
        title="Positions unavailable"
        message="Your positions could not be read from the chain."
        onRetry={() => portfolio.refetch()}
      />
    );
  }
  return <PortfolioSkeleton />;
}
