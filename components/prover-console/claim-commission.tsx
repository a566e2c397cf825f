"use client";

import { stakingControllerAbi } from "@/lib/contracts/generated";
import { formatTokenFull } from "@/lib/format/token";
import { keys } from "@/lib/query-keys";
import { ACTION_BUTTON } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

/** Claims all pending commission into the prover's wallet. */
export function ClaimCommission({ pending, prover }: { pending: bigint; prover: `0x${string}` }) {
  const { chainId, deployment } = useRuntime();
  const tx = useConsoleWrite("Claim commission");
  const controller = deployment.contracts.StakingController;
  return (
    <WriteGuard action="claim your commission">
      <div className="space-y-2">
        <TxButton
          type="button"
          busy={tx.busy}
          busyLabel="Claiming…"
          className={ACTION_BUTTON}
          disabled={pending === 0n}
          data-testid="claim-commission"
          onClick={() =>
            void tx.send(
              { address: controller, abi: stakingControllerAbi, functionName: "claimCommission", args: [] },
              { invalidate: [keys.token.balance(chainId, deployment.contracts.BrevToken, prover)] },
            )
          }
        >
          {pending === 0n ? "Nothing to claim" : `Claim ${formatTokenFull(pending, { symbol: "BREV" })}`}
        </TxButton>
        <TxStatus state={tx.state} />
      </div>
    </WriteGuard>
  );
}
