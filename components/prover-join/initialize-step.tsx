"use client";

import { useId } from "react";
import { formatBps } from "@/lib/format/percent";
import { formatTokenFull } from "@/lib/format/token";
import { TEXT_FIELD } from "../ui/styles";
import { StepCostText } from "./step-cost";
import { StepForm } from "./step-form";
import { StepSummary, SummaryAddress } from "./step-summary";
import type { JoinFlow } from "./use-join-flow";

const BPS = new Intl.NumberFormat("en-US");

/** Step 2: initializeProver(rate), which deploys the vault and stakes minSelfStake into it. */
export function InitializeStep({ flow, blocked }: { flow: JoinFlow; blocked: boolean }) {
  const id = useId();
  const state = flow.state;
  if (!state) return null;
  const { rate } = flow;
  return (
    <StepForm
      onSubmit={() => void flow.initialize()}
      action="join as a prover"
      label={flow.initializeTx.busy ? "Joining…" : "Join as a prover"}
      disabled={flow.busy || blocked}
      tx={flow.initializeTx.state}
    >
      <div className="space-y-1.5">
        <label htmlFor={`${id}-rate`} className="font-medium text-ink text-sm">
          Default commission rate (%)
        </label>
        <div className="flex items-center gap-2">
          <input
            id={`${id}-rate`}
            name="rate"
            value={rate.text}
            onChange={(event) => rate.set(event.target.value)}
            inputMode="decimal"
            placeholder="10"
            autoComplete="off"
            aria-invalid={Boolean(rate.error)}
            aria-describedby={`${id}-rate-hint${rate.error ? ` ${id}-rate-error` : ""}`}
            className={`${TEXT_FIELD} max-w-40 tabular-nums`}
          />
          <span className="text-muted text-sm">%</span>
          {rate.check.ok ? (
            <span className="text-muted text-sm tabular-nums" data-testid="join-rate-bps">
              = {BPS.format(rate.check.bps)} bps
            </span>
          ) : null}
        </div>
        <p id={`${id}-rate-hint`} className="text-muted text-xs">
          Your cut of every reward your vault earns, before stakers share the rest: 0 to 100 %, in steps of 0.01 %. You
          can change it later; a change applies to your stakers at once.
        </p>
        {rate.error ? (
          <p id={`${id}-rate-error`} className="text-danger text-sm" data-testid="join-rate-error">
            {rate.error}
          </p>
        ) : null}
      </div>
      <StepSummary
        rows={[
          {
            label: "Staked from this account",
            value: formatTokenFull(state.minSelfStake, { symbol: "BREV" }),
            testId: "join-stake-amount",
          },
          { label: "Your vault (deployed now)", value: <SummaryAddress address={state.vault} /> },
          {
            label: "Default commission",
            value: rate.check.ok ? `${formatBps(rate.check.bps)} (${BPS.format(rate.check.bps)} bps)` : "—",
            testId: "join-summary-rate",
          },
          { label: "Your state afterwards", value: "Active: stakers can join, you can bid" },
          {
            label: "Cost",
            value: (
              <StepCostText
                cost={flow.costs.data?.initialize}
                loading={flow.costs.estimating}
                error={flow.costError}
                testId="join-summary-cost"
              />
            ),
          },
        ]}
      />
    </StepForm>
  );
}
