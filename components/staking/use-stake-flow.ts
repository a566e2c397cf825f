"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Address } from "viem";
import { brevTokenAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { keys } from "@/lib/query-keys";
import { clearPendingApproval, savePendingApproval } from "@/lib/staking/pending-approval";
import { checkStakeAmount } from "@/lib/staking/stake-amount";
import { checkStakePreview } from "@/lib/staking/stake-preview";
import { isBusy } from "@/lib/tx/state";
import { useTxToast } from "../ui/use-tx-toast";
import { useBrevBalance } from "../wallet/use-brev-balance";
import { useRuntime } from "../wallet/use-runtime";
import type { StakeStep } from "./stake-steps";
import { useProverStake, useStakeAllowance, useStakePosition, useStakePreview } from "./use-stake-reads";

/**
 * The stake form's state: the typed amount and its checks (the controller's rules, then the
 * vault's own preview, refused when it would short-change the staker), the reads they depend on,
 * and the two writes (an exact approval when the allowance falls short, then the stake) through
 * the one transaction helper, which also ignores a second click while a write is in flight.
 */
export function useStakeFlow(prover: Address, vault: Address, account: Address | undefined) {
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  const router = useRouter();
  const proverStake = useProverStake(prover, vault);
  const balance = useBrevBalance(account);
  const allowance = useStakeAllowance(account);
  const position = useStakePosition(account, prover);
  const approveTx = useTransaction();
  const stakeTx = useTransaction();
  useTxToast(approveTx.state, "Approval");
  useTxToast(stakeTx.state, "Stake");

  const [amount, setAmountText] = useState("");
  // Errors show once the person has typed or tried to submit, not on an untouched form.
  const [touched, setTouched] = useState(false);

  const info = proverStake.data;
  const check = info
    ? checkStakeAmount(amount, {
        balance: balance.data,
        proverState: info.state,
        stakerIsProver: account === prover,
      })
    : undefined;
  const wei = check?.ok ? check.wei : undefined;
  const preview = useStakePreview(prover, vault, wei);
  // Only a preview of the amount typed now counts (the last one stays on screen while the next loads).
  const previewed = preview.data !== undefined && preview.data.amount === wei ? preview.data : undefined;
  const previewCheck = previewed && info ? checkStakePreview(previewed, info.units) : undefined;
  const approvalNeeded = wei !== undefined && allowance.data !== undefined && allowance.data < wei;
  const busy = isBusy(approveTx.state) || isBusy(stakeTx.state);
  const step: StakeStep =
    stakeTx.state.status === "confirmed" ? "done" : approvalNeeded || isBusy(approveTx.state) ? "approve" : "stake";

  function setAmount(next: string) {
    setAmountText(next);
    setTouched(true);
    if (!isBusy(approveTx.state)) approveTx.reset();
    if (!isBusy(stakeTx.state)) stakeTx.reset();
  }

  async function submit() {
    setTouched(true);
    if (wei === undefined || !account || allowance.data === undefined || !previewCheck?.ok) return;
    if (allowance.data < wei) {
      // Exactly this amount, never an unlimited approval: the controller can pull no more than the stake.
      const approved = await approveTx.send(
        { address: token, abi: brevTokenAbi, functionName: "approve", args: [controller, wei] },
        { invalidate: [keys.token.allowance(chainId, token, account, controller)] },
      );
      // Until the stake is sent, the portfolio keeps this allowance instead of offering to reset it.
      if (approved) savePendingApproval(chainId, account, wei);
      return;
    }
    const staked = await stakeTx.send(
      { address: controller, abi: stakingControllerAbi, functionName: "stake", args: [prover, wei] },
      {
        invalidate: [
          keys.staking.all(chainId),
          keys.token.balance(chainId, token, account),
          keys.token.allowance(chainId, token, account, controller),
        ],
      },
    );
    if (staked) {
      clearPendingApproval(chainId, account);
      setAmountText("");
      setTouched(false);
      // The page's server-rendered totals come from the chain and the indexer too.
      router.refresh();
    } else {
      // A refusal often means something changed since the page read it: the prover (deactivated,
      // jailed) or the allowance (taken back elsewhere).
      void proverStake.refetch();
      void allowance.refetch();
    }
  }

  return {
    amount,
    setAmount,
    error: touched && check && !check.ok ? check.error : undefined,
    /** Why the vault's preview makes this stake a bad deal, shown as soon as it is known. */
    previewError: previewCheck && !previewCheck.ok ? previewCheck.error : undefined,
    /** The typed amount's preview is in and passed its check: the form may send. */
    previewReady: previewCheck?.ok === true,
    wei,
    info,
    proverStake,
    balance,
    allowance,
    position,
    preview,
    approvalNeeded,
    step,
    busy,
    approveTx,
    stakeTx,
    submit,
  };
}

export type StakeFlow = ReturnType<typeof useStakeFlow>;
