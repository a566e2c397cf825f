"use client";

import type { Address } from "viem";
import { useAccount } from "wagmi";
import { Card } from "../ui/card";
import { ToastProvider } from "../ui/toast";
import { StakeForm } from "./stake-form";
import { StakeOutlook } from "./stake-outlook";
import { STAKE_PANEL_BODY, STAKE_PANEL_DESCRIPTION, STAKE_PANEL_TITLE } from "./stake-panel-frame";
import { StakeSteps } from "./stake-steps";
import { useStakeFlow } from "./use-stake-flow";

function StakeCard({ prover, vault }: { prover: Address; vault: Address }) {
  const { address, isConnected } = useAccount();
  const connected = isConnected && address !== undefined;
  const flow = useStakeFlow(prover, vault, connected ? address : undefined);
  return (
    <Card title={STAKE_PANEL_TITLE} description={STAKE_PANEL_DESCRIPTION}>
      <div className={STAKE_PANEL_BODY} data-testid="stake-panel">
        <div className="space-y-4">
          <StakeSteps current={flow.step} approvalNeeded={flow.approvalNeeded} />
          <StakeForm flow={flow} connected={connected} />
        </div>
        <StakeOutlook flow={flow} connected={connected} />
      </div>
    </Card>
  );
}

/** Stake BREV with one prover (whose vault the page read) from the connected wallet; loaded through LazyStakePanel. */
export default function StakePanel({ prover, vault }: { prover: Address; vault: Address }) {
  return (
    <ToastProvider>
      <StakeCard prover={prover} vault={vault} />
    </ToastProvider>
  );
}
