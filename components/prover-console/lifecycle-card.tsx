"use client";

import Link from "next/link";
import { useState } from "react";
import type { Address } from "viem";
import { stakingControllerAbi } from "@/lib/contracts/generated";
import { formatTokenFull } from "@/lib/format/token";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { retireConfirmed } from "@/lib/prover-console/retire";
import { Card } from "../ui/card";
import { ACTION_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

const DANGER_BUTTON =
  "rounded-lg bg-danger-fill px-4 py-2 font-medium text-sm text-white hover:bg-danger-fill/90 disabled:cursor-not-allowed disabled:opacity-60";

/** Why the prover may not reactivate itself now, or null when it may. */
export function reactivateBlocker(model: ConsoleModel): string | null {
  const state = model.health.state;
  if (state === "Active") return "The prover is Active: there is nothing to reactivate.";
  if (state === "Jailed") return "A jailed prover can be reactivated only by the network's operators.";
  if (model.selfStake < model.rules.minSelfStake) {
    return `Your own stake must be at least ${formatTokenFull(model.rules.minSelfStake, { symbol: "BREV" })}: top it up by ${formatTokenFull(model.rules.minSelfStake - model.selfStake, { symbol: "BREV" })} first.`;
  }
  return null;
}

/** Reactivate the prover (send) and its blocker; used at the top of the console and in the lifecycle card. */
export function ReactivateButton({ model }: { model: ConsoleModel }) {
  const { deployment } = useRuntime();
  const tx = useConsoleWrite("Reactivation");
  const blocker = reactivateBlocker(model);
  return (
    <WriteGuard action="reactivate the prover">
      <div className="space-y-2">
        <TxButton
          type="button"
          busy={tx.busy}
          busyLabel="Reactivating…"
          className={ACTION_BUTTON}
          disabled={blocker !== null}
          onClick={() =>
            void tx.send({
              address: deployment.contracts.StakingController,
              abi: stakingControllerAbi,
              functionName: "reactivateProver",
              args: [model.prover],
            })
          }
          data-testid="reactivate"
        >
          Reactivate
        </TxButton>
        {blocker ? (
          <p className="text-muted text-sm" data-testid="reactivate-blocker">
            {blocker}
          </p>
        ) : null}
        <TxStatus state={tx.state} />
      </div>
    </WriteGuard>
  );
}

function Retire({ model }: { model: ConsoleModel }) {
  const { deployment } = useRuntime();
  const tx = useConsoleWrite("Retirement");
  const [typed, setTyped] = useState("");
  const confirmed = retireConfirmed(typed, model.prover);
  return (
    <div className="space-y-2 border-line border-t pt-4" data-testid="retire">
      <p className="font-medium text-ink text-sm">Retire for good</p>
      <p className="text-muted text-xs">
        Retiring deletes the prover: its vault's dust goes to the treasury and this address can never be a prover again.
        It cannot be undone.
      </p>
      <ul className="space-y-1 text-sm" data-testid="retire-checks">
        {model.retire.checks.map((check) => (
          <li key={check.key} className={check.met ? "text-success" : "text-danger"} data-met={check.met}>
            {check.met ? "✓" : "✗"} {check.text}
          </li>
        ))}
      </ul>
      {model.retire.allowed ? (
        <>
          <label className="block space-y-1 text-sm">
            <span>Type the prover's address to confirm</span>
            <input
              className={`${TEXT_FIELD} font-mono`}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              data-testid="retire-confirm"
            />
          </label>
          <TxButton
            type="button"
            busy={tx.busy}
            busyLabel="Retiring…"
            className={DANGER_BUTTON}
            disabled={!confirmed}
            onClick={() =>
              void tx.send({
                address: deployment.contracts.StakingController,
                abi: stakingControllerAbi,
                functionName: "retireProver",
                args: [model.prover as Address],
              })
            }
            data-testid="retire-submit"
          >
            Retire this prover
          </TxButton>
        </>
      ) : null}
      <TxStatus state={tx.state} />
    </div>
  );
}

/** Profile, reactivation and retirement. */
export function LifecycleCard({ model }: { model: ConsoleModel }) {
  return (
    <Card title="Lifecycle" description="Your prover's profile, its return to Active, and its retirement.">
      <div className="space-y-4">
        <Link
          href="/prover/join?step=profile"
          className="text-accent text-sm hover:underline"
          data-testid="edit-profile"
        >
          Edit the profile (name and icon)
        </Link>
        <div className="space-y-2 border-line border-t pt-4">
          <p className="font-medium text-ink text-sm">Reactivate</p>
          <ReactivateButton model={model} />
        </div>
        <Retire model={model} />
      </div>
    </Card>
  );
}
