"use client";

import { type FormEvent, useState } from "react";
import { brevTokenAbi, proverVaultAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { formatTokenFull } from "@/lib/format/token";
import { parseTokenInput } from "@/lib/format/token-input";
import type { ConsoleReads } from "@/lib/prover-console/reads";
import { checkUnstake } from "@/lib/staking/unstake-rules";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

const brev = (wei: bigint) => formatTokenFull(wei, { symbol: "BREV" });

function AmountField(props: { label: string; value: string; onChange: (next: string) => void; testId: string }) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium text-ink">{props.label}</span>
      <input
        className={`${TEXT_FIELD} tabular-nums`}
        inputMode="decimal"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        placeholder="BREV"
        data-testid={props.testId}
      />
    </label>
  );
}

function TopUp({ reads }: { reads: ConsoleReads }) {
  const { deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  const tx = useConsoleWrite("Top-up");
  const [input, setInput] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = parseTokenInput(input, 18);
  const error = !parsed.ok
    ? parsed.error
    : parsed.wei > reads.walletBalance
      ? `Your wallet holds only ${brev(reads.walletBalance)}.`
      : parsed.wei < 10n ** 18n
        ? "Stake at least 1 BREV."
        : null;
  const needsApproval = parsed.ok && reads.allowance < parsed.wei;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok || error) return;
    if (needsApproval) {
      // Exactly this amount: the controller may pull no more than the top-up.
      await tx.send({ address: token, abi: brevTokenAbi, functionName: "approve", args: [controller, parsed.wei] });
      return;
    }
    const sent = await tx.send({
      address: controller,
      abi: stakingControllerAbi,
      functionName: "stake",
      args: [reads.prover, parsed.wei],
    });
    if (sent) {
      setInput("");
      setTouched(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="top-up-form">
      <AmountField
        label="Top up your own stake"
        value={input}
        onChange={(next) => {
          setInput(next);
          setTouched(true);
          if (!tx.busy) tx.reset();
        }}
        testId="top-up-amount"
      />
      <p className="text-muted text-xs">
        Wallet <Amount wei={reads.walletBalance} />. A prover may top up its own vault in any state.
      </p>
      {touched && error ? (
        <p className="text-danger text-sm" role="alert" data-testid="top-up-error">
          {error}
        </p>
      ) : null}
      <TxButton busy={tx.busy} data-testid="top-up-submit">
        {needsApproval && parsed.ok ? `Approve ${brev(parsed.wei)}` : "Top up"}
      </TxButton>
      <TxStatus state={tx.state} />
    </form>
  );
}

function SelfUnstake({ reads }: { reads: ConsoleReads }) {
  const { deployment } = useRuntime();
  const controller = deployment.contracts.StakingController;
  const tx = useConsoleWrite("Unstake");
  const [input, setInput] = useState("");
  const [touched, setTouched] = useState(false);
  const check = checkUnstake(input, "amount", {
    shares: reads.selfShares,
    vaultAssets: reads.vaultAssets,
    vaultShares: reads.vaultShares,
    units: reads.units,
    isProver: true,
    pendingCount: reads.unstakes.filter((request) => request.staker === reads.prover).length,
    maxPending: Number(reads.rules.maxPending),
    minSelfStake: reads.rules.minSelfStake,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!check.ok) return;
    // The controller burns the shares through the vault: it needs an allowance of exactly these shares.
    const approved = await tx.send({
      address: reads.vault,
      abi: proverVaultAbi,
      functionName: "approve",
      args: [controller, check.shares],
    });
    if (!approved) return;
    const sent = await tx.send({
      address: controller,
      abi: stakingControllerAbi,
      functionName: "requestUnstake",
      args: [reads.prover, check.shares],
    });
    if (sent) {
      setInput("");
      setTouched(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 border-line border-t pt-4"
      data-testid="self-unstake-form"
    >
      <AmountField
        label="Unstake your own stake"
        value={input}
        onChange={(next) => {
          setInput(next);
          setTouched(true);
          if (!tx.busy) tx.reset();
        }}
        testId="self-unstake-amount"
      />
      <p className="text-muted text-xs">
        You must keep at least {brev(reads.rules.minSelfStake)}, or leave entirely. It arrives after the unstake delay
        and stays slashable until then.
      </p>
      {check.ok && check.fullExit ? (
        <p className="font-medium text-danger text-sm" data-testid="full-exit-warning">
          This is everything you hold: the prover will be deactivated and cannot be paid until it tops up and
          reactivates.
        </p>
      ) : null}
      {touched && !check.ok ? (
        <p className="text-danger text-sm" role="alert" data-testid="self-unstake-error">
          {check.error}
        </p>
      ) : null}
      <TxButton busy={tx.busy} data-testid="self-unstake-submit">
        Request unstake
      </TxButton>
      <TxStatus state={tx.state} />
    </form>
  );
}

/** The prover's own stake: top it up, or unstake within the minimum self-stake rule. */
export function SelfStakeCard({ reads }: { reads: ConsoleReads }) {
  return (
    <Card
      title="Your own stake"
      description="Two steps each: an exact approval, then the stake or the unstake request."
    >
      <WriteGuard action="change your own stake">
        <div className="space-y-4">
          <TopUp reads={reads} />
          <SelfUnstake reads={reads} />
        </div>
      </WriteGuard>
    </Card>
  );
}
