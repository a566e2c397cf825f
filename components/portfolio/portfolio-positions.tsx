"use client";

import Link from "next/link";
import { type ReactNode, useEffect, useMemo } from "react";
import { useChainClock } from "@/components/staking/use-chain-clock";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import type { LivePortfolio, LivePosition } from "@/lib/portfolio/live-portfolio";
import { fromEarningsProps, type PositionEarningsProps } from "@/lib/portfolio/position-earnings";
import { PositionCard } from "./position-card";

/** The account's own writes; a watched address has none. */
export type PortfolioWrites = {
  withdraw: ReactNode;
  unstake: (position: LivePosition) => ReactNode;
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

/** Totals, the withdraw card (own account only) and one card per position, on the chain's clock. */
export function PortfolioPositions({
  portfolio,
  readAtMs,
  earnings,
  onMatured,
  writes,
}: {
  portfolio: LivePortfolio;
  readAtMs: number;
  earnings: PositionEarningsProps[];
  onMatured: () => void;
  writes: PortfolioWrites | null;
}) {
  const now = useChainClock(portfolio.chainNow, readAtMs);
  useRefetchWhenMatured(portfolio, now, onMatured);
  const byProver = useMemo(() => fromEarningsProps(earnings), [earnings]);
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
        <Stat
          label="Ready to withdraw"
          value={<Amount wei={portfolio.totals.readyToWithdraw} testId="total-ready" />}
        />
        <Stat label="BREV in wallet" value={<Amount wei={portfolio.walletBalance} testId="wallet-balance" />} />
      </dl>

      {writes ? (
        <Card title="Withdraw" description="Matured requests from every prover, in one action.">
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {writes.withdraw}
            <p
              className="rounded-xl border border-warning/40 bg-warning/10 p-3 text-ink text-sm"
              data-testid="slashable-notice"
            >
              Pending requests can still be slashed: if a prover is slashed before you withdraw, your pending BREV from
              it shrinks by the same fraction as its vault.
            </p>
          </div>
        </Card>
      ) : null}

      <div className="space-y-4">
        <h2 className="font-semibold text-ink text-lg tracking-tight">Positions</h2>
        {portfolio.positions.length === 0 ? (
          <p className="text-muted text-sm" data-testid="no-positions">
            {writes ? (
              <>
                You have no stake with any prover yet.{" "}
                <Link href="/provers" className="text-accent hover:underline">
                  Pick a prover
                </Link>{" "}
                to stake BREV.
              </>
            ) : (
              "This address has no stake with any prover."
            )}
          </p>
        ) : (
          portfolio.positions.map((position) => (
            <PositionCard
              key={position.prover}
              position={position}
              earnings={byProver.get(position.prover)}
              rules={portfolio.rules}
              now={now}
              unstake={writes?.unstake(position) ?? null}
            />
          ))
        )}
      </div>
    </div>
  );
}
