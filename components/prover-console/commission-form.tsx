"use client";

import { type FormEvent, useId, useState } from "react";
import { type Address, getAddress, isAddress, zeroAddress } from "viem";
import { stakingControllerAbi } from "@/lib/contracts/generated";
import { formatBps } from "@/lib/format/percent";
import { netApyBps, type RewardMix } from "@/lib/prover-console/commission";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { parseRatePercent } from "@/lib/prover-profile/commission-rate";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { sourceLabel } from "./commission-panel";
import { useConsoleWrite } from "./use-console-write";

/** The stakers' yield over the last 30 days, to price a commission change; null when the APY rule withholds it. */
export type YieldBasis = { grossBps: number; mix: RewardMix } | null;

type SourceChoice = "default" | "market" | "epoch" | "address";

/** The rate each kind of reward pays now, or after setting `change`: a source without its own rate follows the default. */
function effectiveRates(
  model: ConsoleModel,
  contracts: { BrevisMarket?: Address; EpochRewards?: Address },
  change: { source: Address; bps: number } | null,
) {
  const own = new Map(model.commissionRates.map((entry) => [entry.source, entry.rate]));
  if (change) own.set(change.source, change.bps);
  const fallback = own.get(zeroAddress) ?? 0;
  const of = (address: Address | undefined) => (address ? (own.get(address) ?? fallback) : fallback);
  return { market: of(contracts.BrevisMarket), epoch: of(contracts.EpochRewards), other: fallback };
}

/** Sets the default rate or one source's rate, or resets a source to the default, with the change's effect first. */
export function CommissionForm({ model, basis }: { model: ConsoleModel; basis: YieldBasis }) {
  const id = useId();
  const { deployment } = useRuntime();
  const contracts = deployment.contracts;
  const tx = useConsoleWrite("Commission change");
  const [choice, setChoice] = useState<SourceChoice>("default");
  const [other, setOther] = useState("");
  const [rate, setRate] = useState("");
  const [touched, setTouched] = useState(false);

  const sourceFor: Record<SourceChoice, Address | null> = {
    default: zeroAddress,
    market: contracts.BrevisMarket ?? null,
    epoch: contracts.EpochRewards ?? null,
    address: isAddress(other.trim()) ? getAddress(other.trim()) : null,
  };
  const source = sourceFor[choice];
  const rateOf = (address: Address | undefined) =>
    model.commissionRates.find((entry) => entry.source === address)?.rate;
  const defaultRate = rateOf(zeroAddress) ?? 0;
  const current = source ? (rateOf(source) ?? defaultRate) : undefined;
  const hasOwnRate = source !== null && source !== zeroAddress && rateOf(source) !== undefined;
  const check = parseRatePercent(rate);
  const sourceError =
    source === null
      ? choice === "address"
        ? "Enter the source's address (0x followed by 40 hexadecimal characters)."
        : "This network has no such contract."
      : null;

  const effect =
    basis && check.ok && source !== null
      ? {
          before: netApyBps(basis.grossBps, basis.mix, effectiveRates(model, contracts, null)),
          after: netApyBps(basis.grossBps, basis.mix, effectiveRates(model, contracts, { source, bps: check.bps })),
        }
      : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!check.ok || source === null) return;
    const sent = await tx.send({
      address: contracts.StakingController,
      abi: stakingControllerAbi,
      functionName: "setCommissionRate",
      args: [source, BigInt(check.bps)],
    });
    if (sent) {
      setRate("");
      setTouched(false);
    }
  }

  async function reset() {
    if (!source || source === zeroAddress) return;
    await tx.send({
      address: contracts.StakingController,
      abi: stakingControllerAbi,
      functionName: "resetCommissionRate",
      args: [source],
    });
  }

  return (
    <WriteGuard action="change your commission">
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-3 border-line border-t pt-4"
        data-testid="commission-form"
      >
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <label className="space-y-1 text-sm">
            <span className="font-medium text-ink">Source</span>
            <select
              className={TEXT_FIELD}
              value={choice}
              onChange={(event) => {
                setChoice(event.target.value as SourceChoice);
                tx.reset();
              }}
              data-testid="commission-source"
            >
              <option value="default">Default rate</option>
              {contracts.BrevisMarket ? (
                <option value="market">{sourceLabel(contracts.BrevisMarket, contracts)}</option>
              ) : null}
              {contracts.EpochRewards ? (
                <option value="epoch">{sourceLabel(contracts.EpochRewards, contracts)}</option>
              ) : null}
              <option value="address">Another address</option>
            </select>
          </label>
          <label className="space-y-1 text-sm">
            <span className="font-medium text-ink">New rate (%)</span>
            <input
              id={`${id}-rate`}
              className={`${TEXT_FIELD} tabular-nums`}
              inputMode="decimal"
              value={rate}
              placeholder={current !== undefined ? String(current / 100) : ""}
              onChange={(event) => {
                setRate(event.target.value);
                setTouched(true);
                if (!tx.busy) tx.reset();
              }}
              data-testid="commission-rate-input"
            />
          </label>
        </div>
        {choice === "address" ? (
          <input
            className={`${TEXT_FIELD} font-mono`}
            placeholder="0x… the reward source's address"
            value={other}
            onChange={(event) => setOther(event.target.value)}
            aria-label="Source address"
            data-testid="commission-source-address"
          />
        ) : null}
        {current !== undefined ? (
          <p className="text-muted text-xs">
            Now {formatBps(current)}
            {source !== zeroAddress && !hasOwnRate ? " (it follows the default rate)" : ""}.
          </p>
        ) : null}
        {touched && (sourceError || !check.ok) ? (
          <p className="text-danger text-sm" role="alert" data-testid="commission-error">
            {sourceError ?? (check.ok ? "" : check.error)}
          </p>
        ) : null}
        <p
          className="rounded-xl border border-warning/40 bg-warning/10 p-3 text-ink text-xs"
          data-testid="commission-notice"
        >
          A change applies to your stakers immediately, from the next reward on, and shows on your public prover page
          and in your stakers' feeds.
          {effect ? (
            <>
              {" "}
              At the last 30 days' yield, their net APY goes from {formatBps(effect.before)} to{" "}
              <span data-testid="apy-effect">{formatBps(effect.after)}</span>.
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <TxButton busy={tx.busy} className={`${PRIMARY_BUTTON} sm:w-auto`} data-testid="commission-submit">
            Set rate
          </TxButton>
          {hasOwnRate ? (
            <TxButton
              type="button"
              busy={tx.busy}
              className={SECONDARY_BUTTON}
              onClick={() => void reset()}
              data-testid="commission-reset"
            >
              Reset to the default
            </TxButton>
          ) : null}
        </div>
        <TxStatus state={tx.state} />
      </form>
    </WriteGuard>
  );
}
