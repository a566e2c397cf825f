"use client";

import type { Address } from "viem";
import { brevisMarketAbi } from "@/lib/contracts/generated";
import { SECONDARY_BUTTON } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

/** A submitter's own way out: it unregisters itself from its prover. */
export function LeaveProver() {
  const { deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  const tx = useConsoleWrite("Leaving the prover");
  if (!market) return null;
  return (
    <div className="mt-2">
      <WriteGuard action="stop submitting for this prover">
        <TxButton
          type="button"
          busy={tx.busy}
          busyLabel="Leaving…"
          className={SECONDARY_BUTTON}
          onClick={() =>
            void tx.send({
              address: market as Address,
              abi: brevisMarketAbi,
              functionName: "unregisterSubmitter",
              args: [],
            })
          }
          data-testid="leave-prover"
        >
          Stop submitting for this prover
        </TxButton>
        <TxStatus state={tx.state} />
      </WriteGuard>
    </div>
  );
}
