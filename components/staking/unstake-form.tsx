"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { TEXT_FIELD } from "@/components/ui/styles";
import { TxButton } from "@/components/ui/tx-button";
import { TxStatus } from "@/components/ui/tx-status";
import { useRuntime } from "@/components/wallet/use-runtime";
import { WriteGuard } from "@/components/wallet/write-guard";
import type { ErrorUnits } from "@/lib/contracts/errors";
import { proverVaultAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { formatCountdown } from "@/lib/format/time";
import { formatToken } from "@/lib/format/token";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { assetDecimals } from "@/lib/math/share-price";
import type { LivePortfolio, LivePosition } from "@/lib/portfolio/live-portfolio";
import { keys } from "@/lib/query-keys";
import { MIN_STAKE } from "@/lib/staking/stake-amount";
import { checkUnstake, type UnstakeMode } from "@/lib/staking/unstake-rules";

/** The controller's rules, in words, before anything is sent. */
function UnstakeRules({ position, rules }: { position: LivePosition; rules: LivePortfolio["rules"] }) {
  const brev = (wei: bigint) => formatToken(wei, { decimals: assetDecimals(position.units), symbol: "BREV" });
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-muted text-xs" data-testid="unstake-rules">
      <li>
        Unstake at least {brev(MIN_STAKE)}, and leave at least {brev(MIN_STAKE)} staked, unless you unstake everything.
      </li>
      {position.isProver ? (
        <li>
          As this prover you keep at least {brev(rules.minSelfStake)} staked; unstaking everything deactivates the
          prover.
        </li>
      ) : null}
      <li>
        The BREV can be withdrawn {formatCountdown(rules.unstakeDelay)} after the request; the shares stop earning at
        once.
      </li>
      <li>At most {rules.maxPending} pending requests per prover.</li>
    </ul>
  );
}

/**
 * Requests an unstake by BREV amount or by shares. The controller burns the shares through the
 * vault, so it needs a share allowance first: an exact approval, then the request, both through
 * the one transaction helper; a click while either is in flight does nothing.
 */
export function UnstakeForm({
  user,
  position,
  rules,
  onWritten,
}: {
  user: Address;
  position: LivePosition;
  rules: LivePortfolio["rules"];
  onWritten: () => void;
}) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { chainId, deployment } = useRuntime();
  const controller = deployment.contracts.StakingController;
  const tx = useTransaction();
  const [mode, setMode] = useState<UnstakeMode>("amount");
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submitting = useRef(false);
  const id = useId();
  const full = position.pending.length >= rules.maxPending;
  const disabled = full || position.shares === 0n;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting.current || disabled) return;
    const checked = checkUnstake(input, mode, {
      shares: position.shares,
      vaultAssets: position.vaultAssets,
      vaultShares: position.vaultShares,
      units: position.units,
      isProver: position.isProver,
      pendingCount: position.pending.length,
      maxPending: rules.maxPending,
      minSelfStake: rules.minSelfStake,
    });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    submitting.current = true;
    // Both writes move vault shares: a refusal's amounts are counted in them.
    const errorUnits: ErrorUnits = {
      asset: { decimals: assetDecimals(position.units), symbol: "BREV" },
      shares: { decimals: position.units.shareDecimals, symbol: "shares" },
      erc20: "shares",
    };
    try {
      const allowanceKey = keys.token.allowance(chainId, position.vault, user, controller);
      const allowance = await queryClient.fetchQuery({
        queryKey: allowanceKey,
        staleTime: 0,
        queryFn: () =>
          readContract(config, {
            address: position.vault,
            abi: proverVaultAbi,
            functionName: "allowance",
            args: [user, controller],
          }),
      });
      if (allowance < checked.shares) {
        const approved = await tx.send(
          {
            address: position.vault,
            abi: proverVaultAbi,
            functionName: "approve",
            args: [controller, checked.shares],
          },
          { invalidate: [allowanceKey], errorUnits },
        );
        if (!approved) return;
      }
      const sent = await tx.send(
        {
          address: controller,
          abi: stakingControllerAbi,
          functionName: "requestUnstake",
          args: [position.prover, checked.shares],
        },
        { invalidate: [keys.staking.all(chainId), allowanceKey], errorUnits },
      );
      if (sent) {
        setInput("");
        onWritten();
      }
    } finally {
      submitting.current = false;
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="unstake-form">
      <fieldset className="flex gap-4 text-sm" disabled={disabled}>
        <legend className="sr-only">Unstake by</legend>
        {(["amount", "shares"] as const).map((option) => (
          <label key={option} className="flex items-center gap-1.5 text-ink">
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => {
                setMode(option);
                setError(null);
              }}
            />
            {option === "amount" ? "By amount (BREV)" : "By shares"}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-input`} className="block font-medium text-ink text-sm">
          {mode === "amount" ? "Amount to unstake (BREV)" : "Shares to unstake"}
        </label>
        <input
          id={`${id}-input`}
          value={input}
          onChange={(event) => setInput(event.target.value)}
          inputMode="decimal"
          placeholder="0.0"
          autoComplete="off"
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`mt-1 ${TEXT_FIELD} tabular-nums`}
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-danger text-sm" data-testid="unstake-error">
            {error}
          </p>
        ) : null}
      </div>
      <UnstakeRules position={position} rules={rules} />
      {full ? (
        <p className="text-danger text-sm" data-testid="unstake-cap-reason">
          You have {rules.maxPending} pending requests with this prover, the most allowed. Withdraw matured requests
          before asking for another.
        </p>
      ) : null}
      <WriteGuard action="unstake">
        <TxButton busy={tx.busy} busyLabel="Unstaking…" disabled={disabled}>
          Request unstake
        </TxButton>
      </WriteGuard>
      <TxStatus state={tx.state} />
    </form>
  );
}
