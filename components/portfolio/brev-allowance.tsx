"use client";

import { useEffect, useState } from "react";
import { maxUint256 } from "viem";
import { useAccount } from "wagmi";
import { useStakeAllowance } from "@/components/staking/use-stake-reads";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { SECONDARY_BUTTON } from "@/components/ui/styles";
import { TxButton } from "@/components/ui/tx-button";
import { TxStatus } from "@/components/ui/tx-status";
import { useBrevDecimals } from "@/components/wallet/use-brev-decimals";
import { useRuntime } from "@/components/wallet/use-runtime";
import { WriteGuard } from "@/components/wallet/write-guard";
import { brevTokenAbi } from "@/lib/contracts/generated";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { keys } from "@/lib/query-keys";
import { allowanceExceedsNeed, clearPendingApproval, readPendingApproval } from "@/lib/staking/pending-approval";

/**
 * The connected account's BREV allowance to the staking controller, with a reset to zero when it
 * is more than a stake the account approved and has not sent yet still needs.
 */
export default function BrevAllowance() {
  const { address } = useAccount();
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  const allowance = useStakeAllowance(address);
  const decimals = useBrevDecimals();
  const tx = useTransaction();
  const [pendingNeed, setPendingNeed] = useState(0n);
  // Read after mounting (storage is the browser's) and again whenever the allowance is read again.
  useEffect(() => {
    setPendingNeed(address && allowance.data !== undefined ? readPendingApproval(chainId, address) : 0n);
  }, [address, chainId, allowance.data]);

  if (!address || allowance.data === undefined || decimals.data === undefined) return null;
  const exceeds = allowanceExceedsNeed(allowance.data, pendingNeed);

  async function reset() {
    if (!address) return;
    const sent = await tx.send(
      { address: token, abi: brevTokenAbi, functionName: "approve", args: [controller, 0n] },
      { invalidate: [keys.token.allowance(chainId, token, address, controller)] },
    );
    if (sent) clearPendingApproval(chainId, address);
  }

  return (
    <Card
      title="Staking allowance"
      description="How much BREV the staking controller may take from your wallet. Staking here approves exactly each stake's amount; an allowance left over (from another app, or a stake you did not send) can be taken back."
    >
      <div className="flex flex-wrap items-center justify-between gap-3" data-testid="brev-allowance">
        <p className="text-sm">
          Allowed now:{" "}
          <span
            className="font-semibold text-ink"
            data-testid="brev-allowance-amount"
            data-wei={String(allowance.data)}
          >
            {allowance.data === maxUint256 ? "Unlimited" : <Amount wei={allowance.data} decimals={decimals.data} />}
          </span>
        </p>
        {exceeds ? (
          <div>
            <WriteGuard action="reset the allowance">
              <TxButton
                type="button"
                busy={tx.busy}
                busyLabel="Resetting…"
                onClick={reset}
                className={SECONDARY_BUTTON}
              >
                Reset to 0
              </TxButton>
            </WriteGuard>
          </div>
        ) : null}
      </div>
      {pendingNeed > 0n && !exceeds && allowance.data > 0n ? (
        <p className="mt-2 text-muted text-xs">
          A stake you approved needs it (<Amount wei={pendingNeed} decimals={decimals.data} />
          ): sending that stake uses it up.
        </p>
      ) : null}
      <div className="mt-2">
        <TxStatus state={tx.state} />
      </div>
    </Card>
  );
}
