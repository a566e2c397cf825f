"use client";

import type { ReactNode } from "react";
import { formatBps } from "@/lib/format/percent";
import { concentrationAfterStake, shareBps } from "@/lib/math/concentration";
import { proverNotActiveMessage } from "@/lib/staking/stake-amount";
import { Amount } from "../ui/amount";
import { StakeConcentrationNotice } from "./stake-concentration-notice";
import type { StakeFlow } from "./use-stake-flow";

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1" data-testid={testId}>
      <dt className="text-muted">{label}</dt>
      <dd className="text-right text-ink">{children}</dd>
    </div>
  );
}

function Pending() {
  return <span className="inline-block h-4 w-24 animate-pulse rounded bg-line align-middle" />;
}

/** The account's position, the prover's live vault, and what the typed stake would change. */
export function StakeOutlook({ flow, connected }: { flow: StakeFlow; connected: boolean }) {
  const { info, position, preview, wei } = flow;
  if (flow.proverStake.isError) {
    return <p className="text-danger text-sm">This prover's stake could not be read from the chain.</p>;
  }
  const newShares = wei !== undefined ? preview.data?.shares : undefined;
  const heldShares = position.data?.shares ?? 0n;
  return (
    <div className="space-y-4 text-sm">
      {info && info.state !== 1 ? (
        <p role="note" className="text-warning" data-testid="stake-prover-state">
          {proverNotActiveMessage(info.state)}
        </p>
      ) : null}
      <dl className="space-y-2">
        {connected ? (
          <Row label="Your stake with this prover">
            {position.data ? (
              <>
                <Amount wei={position.data.value} testId="stake-position-value" />
                <span className="block text-muted text-xs">
                  {info ? (
                    <Amount
                      wei={position.data.shares}
                      decimals={info.units.shareDecimals}
                      symbol="shares"
                      testId="stake-position-shares"
                    />
                  ) : null}
                </span>
              </>
            ) : (
              <Pending />
            )}
          </Row>
        ) : null}
        <Row label="In this prover's vault">
          {info ? <Amount wei={info.vaultAssets} testId="stake-prover-total" /> : <Pending />}
        </Row>
      </dl>
      {wei !== undefined && info ? (
        <div className="space-y-2 border-line border-t pt-4" aria-busy={preview.isFetching}>
          <h3 className="font-semibold text-ink">If you stake this</h3>
          <dl className="space-y-2">
            <Row label="You receive">
              {newShares !== undefined && !preview.isPlaceholderData ? (
                <Amount
                  wei={newShares}
                  decimals={info.units.shareDecimals}
                  symbol="shares"
                  testId="stake-preview-shares"
                />
              ) : (
                <Pending />
              )}
            </Row>
            <Row label="Your share of the vault">
              {newShares !== undefined && !preview.isPlaceholderData ? (
                <span data-testid="stake-preview-vault-share">
                  {formatBps(shareBps(heldShares + newShares, info.vaultShares + newShares))}
                </span>
              ) : (
                <Pending />
              )}
            </Row>
          </dl>
          <StakeConcentrationNotice
            concentration={concentrationAfterStake({
              proverStake: info.vaultAssets,
              networkStake: info.networkVaultAssets,
              amount: wei,
            })}
          />
        </div>
      ) : null}
    </div>
  );
}
