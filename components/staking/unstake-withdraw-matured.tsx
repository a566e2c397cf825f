"use client";

import { useRef } from "react";
import type { Address } from "viem";
import { Amount } from "@/components/ui/amount";
import { TxButton } from "@/components/ui/tx-button";
import { TxStatus } from "@/components/ui/tx-status";
import { useRuntime } from "@/components/wallet/use-runtime";
import { WriteGuard } from "@/components/wallet/write-guard";
import { stakingControllerAbi } from "@/lib/contracts/generated";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { keys } from "@/lib/query-keys";

/**
 * One action for every matured request: completeUnstake once per prover that has any, one
 * after the other through the transaction helper, stopping at the first refusal.
 */
export function WithdrawMatured({
  user,
  provers,
  ready,
  onWritten,
}: {
  user: Address;
  provers: Address[];
  ready: bigint;
  onWritten: () => void;
}) {
  const { chainId, deployment } = useRuntime();
  const tx = useTransaction();
  const running = useRef(false);
  const token = deployment.contracts.BrevToken;

  async function withdrawAll() {
    if (running.current || provers.length === 0) return;
    running.current = true;
    try {
      for (const prover of provers) {
        const sent = await tx.send(
          {
            address: deployment.contracts.StakingController,
            abi: stakingControllerAbi,
            functionName: "completeUnstake",
            args: [prover],
          },
          { invalidate: [keys.staking.all(chainId), keys.token.balance(chainId, token, user)] },
        );
        if (!sent) break;
      }
      onWritten();
    } finally {
      running.current = false;
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm">
        Ready to withdraw:{" "}
        <span className="font-semibold text-ink">
          <Amount wei={ready} testId="ready-to-withdraw" />
        </span>
        {provers.length > 1 ? <span className="text-muted"> from {provers.length} provers</span> : null}
      </p>
      <WriteGuard action="withdraw">
        <TxButton
          type="button"
          busy={tx.busy}
          busyLabel="Withdrawing…"
          onClick={withdrawAll}
          disabled={provers.length === 0}
        >
          Withdraw all matured
        </TxButton>
      </WriteGuard>
      {provers.length === 0 ? (
        <p className="text-muted text-xs">
          Nothing has matured yet: requests can be withdrawn once their countdown ends.
        </p>
      ) : null}
      <TxStatus state={tx.state} />
    </div>
  );
}
