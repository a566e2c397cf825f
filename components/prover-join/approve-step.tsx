"use client";

import { formatTokenFull } from "@/lib/format/token";
import { useRuntime } from "../wallet/use-runtime";
import { StepCostText } from "./step-cost";
import { StepForm } from "./step-form";
import { StepSummary, SummaryAddress } from "./step-summary";
import type { JoinFlow } from "./use-join-flow";

/** Step 1: an approval of exactly minSelfStake to the staking contract. */
export function ApproveStep({ flow, blocked }: { flow: JoinFlow; blocked: boolean }) {
  const { deployment } = useRuntime();
  const state = flow.state;
  if (!state) return null;
  const amount = formatTokenFull(state.minSelfStake, { symbol: "BREV" });
  return (
    <StepForm
      onSubmit={() => void flow.approve()}
      action="approve"
      label={flow.approveTx.busy ? "Approving…" : `Approve ${amount}`}
      disabled={flow.busy || blocked}
      tx={flow.approveTx.state}
    >
      <p className="text-sm text-ink">
        Joining stakes the network's minimum self-stake, {amount}, from this account into your new vault. First let the
        staking contract take exactly that amount, no more: nothing moves until the next step.
      </p>
      <StepSummary
        rows={[
          { label: "Amount the contract may take", value: amount, testId: "join-approve-amount" },
          {
            label: "Staking contract",
            value: <SummaryAddress address={deployment.contracts.StakingController} />,
          },
          {
            label: "Cost",
            value: (
              <StepCostText
                cost={flow.costs.data?.approve}
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
