"use client";

import { type FormEvent, useId } from "react";
import { formatUnits } from "viem";
import { formatTokenFull } from "@/lib/format/token";
import { Amount } from "../ui/amount";
import { PRIMARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxStatus } from "../ui/tx-status";
import { WriteGuard } from "../wallet/write-guard";
import type { StakeFlow } from "./use-stake-flow";

function buttonLabel(flow: StakeFlow): string {
  if (flow.approveTx.busy) return "Approving…";
  if (flow.stakeTx.busy) return "Staking…";
  if (flow.approvalNeeded && flow.wei !== undefined) {
    return `Approve ${formatTokenFull(flow.wei, { symbol: "BREV" })}`;
  }
  return "Stake";
}

/** Amount with balance and Max, the error in words, and the one button for the next step. */
export function StakeForm({ flow, connected }: { flow: StakeFlow; connected: boolean }) {
  const id = useId();
  const balance = flow.balance.data;
  const lastTx = flow.stakeTx.state.status !== "idle" ? flow.stakeTx.state : flow.approveTx.state;
  const waitingForReads =
    flow.info === undefined ||
    (flow.wei !== undefined && (flow.allowance.data === undefined || (!flow.previewReady && !flow.previewError)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void flow.submit();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <label htmlFor={`${id}-amount`} className="font-medium text-ink">
          Amount to stake
        </label>
        <span className="text-muted">
          {!connected ? (
            "Connect a wallet to see your balance."
          ) : balance !== undefined ? (
            <>
              Balance <Amount wei={balance} testId="stake-balance" />
            </>
          ) : flow.balance.isError ? (
            "Your balance could not be read."
          ) : (
            <span className="inline-block h-4 w-24 animate-pulse rounded bg-line align-middle" />
          )}
        </span>
      </div>
      <div className="flex gap-2">
        <input
          id={`${id}-amount`}
          name="amount"
          value={flow.amount}
          onChange={(event) => flow.setAmount(event.target.value)}
          inputMode="decimal"
          placeholder="0.0"
          autoComplete="off"
          aria-invalid={Boolean(flow.error)}
          aria-describedby={flow.error ? `${id}-amount-error` : undefined}
          className={`${TEXT_FIELD} tabular-nums`}
        />
        <button
          type="button"
          disabled={balance === undefined}
          onClick={() => balance !== undefined && flow.setAmount(formatUnits(balance, 18))}
          className="rounded-lg border border-line px-3 text-muted text-sm hover:text-ink disabled:opacity-50"
        >
          Max
        </button>
      </div>
      {flow.error ? (
        <p id={`${id}-amount-error`} className="text-danger text-sm" data-testid="stake-amount-error">
          {flow.error}
        </p>
      ) : null}
      {flow.previewError ? (
        <p role="alert" className="text-danger text-sm" data-testid="stake-preview-error">
          {flow.previewError}
        </p>
      ) : null}
      <WriteGuard action="stake">
        <button
          type="submit"
          disabled={flow.busy || waitingForReads || Boolean(flow.previewError)}
          className={PRIMARY_BUTTON}
        >
          {buttonLabel(flow)}
        </button>
      </WriteGuard>
      <TxStatus state={lastTx} />
    </form>
  );
}
