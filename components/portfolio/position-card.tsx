"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ApyFigure } from "@/components/provers/apy-figure";
import { ProverIcon } from "@/components/provers/prover-icon";
import { StateBadge } from "@/components/provers/state-badge";
import { UnstakeMeter } from "@/components/staking/unstake-meter";
import { UnstakeRequests } from "@/components/staking/unstake-requests";
import { Amount } from "@/components/ui/amount";
import { formatToken, formatTokenFull } from "@/lib/format/token";
import type { LivePortfolio, LivePosition } from "@/lib/portfolio/live-portfolio";
import type { PositionEarnings } from "@/lib/portfolio/position-earnings";

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-muted text-xs">{label}</dt>
      <dd className="mt-0.5 font-medium text-ink text-sm tabular-nums">{children}</dd>
    </div>
  );
}

/**
 * One position: the chain's shares and value, the indexer's cost basis and earnings, and its
 * unstake ladder; `unstake` is the owner's unstake form, null for a watched address.
 */
export function PositionCard({
  position,
  earnings,
  rules,
  now,
  unstake,
}: {
  position: LivePosition;
  earnings: PositionEarnings | undefined;
  rules: LivePortfolio["rules"];
  now: number;
  unstake: ReactNode;
}) {
  const shares = formatToken(position.shares, { decimals: position.units.shareDecimals });
  return (
    <section
      className="rounded-2xl border border-line bg-panel p-5 shadow-sm"
      data-testid="position"
      data-prover={position.prover}
    >
      <header className="flex flex-wrap items-center gap-3">
        <ProverIcon name={position.name} iconUrl={position.iconUrl} address={position.prover} size={36} />
        <div className="min-w-0 flex-1">
          <h3 className="truncate font-semibold text-ink" title={position.name || undefined}>
            <Link href={`/provers/${position.prover}`} className="hover:underline">
              {position.name || "Unnamed prover"}
            </Link>
          </h3>
          <p className="truncate font-mono text-muted text-xs" title={position.prover}>
            {position.prover}
          </p>
        </div>
        <StateBadge state={position.state} />
        {position.isProver ? (
          <span className="rounded-full bg-accent/15 px-2 py-0.5 font-medium text-accent text-xs">
            {unstake ? "Your prover" : "Its own prover"}
          </span>
        ) : null}
      </header>

      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Figure label="Shares">
          <span
            title={`${formatTokenFull(position.shares, { decimals: position.units.shareDecimals })} shares`}
            data-testid="position-shares"
            data-shares={position.shares.toString()}
          >
            {shares}
          </span>
        </Figure>
        <Figure label="Current value">
          <Amount wei={position.value} testId="position-value" />
        </Figure>
        <Figure label="Cost basis">{earnings ? <Amount wei={earnings.costBasis} /> : "—"}</Figure>
        <Figure label="Earnings">{earnings ? <Amount wei={earnings.earnings} /> : "—"}</Figure>
        <Figure label="APY since entry">
          {earnings ? <ApyFigure apy={earnings.apySinceEntry} windowDays={null} testId="position-apy" /> : "—"}
        </Figure>
        <Figure label="Unstaking">
          <Amount wei={position.unstaking} testId="position-unstaking" />
        </Figure>
      </dl>

      <div className={`mt-5 grid grid-cols-1 gap-5 border-line border-t pt-5 ${unstake ? "lg:grid-cols-2" : ""}`}>
        <div className="space-y-3">
          <h4 className="font-semibold text-ink text-sm">Pending unstakes</h4>
          <UnstakeMeter count={position.pending.length} max={rules.maxPending} />
          <UnstakeRequests requests={position.pending} now={now} />
        </div>
        {unstake ? (
          <div className="space-y-3">
            <h4 className="font-semibold text-ink text-sm">Request an unstake</h4>
            {unstake}
          </div>
        ) : null}
      </div>
    </section>
  );
}
