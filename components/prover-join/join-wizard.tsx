"use client";

import type { Address } from "viem";
import { useAccount } from "wagmi";
import type { JoinStep } from "@/lib/prover-profile/join-step";
import { proverStateName } from "@/lib/provers/state";
import { donationWarning } from "@/lib/staking/vault-donation";
import { AddressText } from "../ui/address-text";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ReadFailed } from "../ui/read-failed";
import { ToastProvider } from "../ui/toast";
import { WriteGuard } from "../wallet/write-guard";
import { ApproveStep } from "./approve-step";
import { InitializeStep } from "./initialize-step";
import { JoinProgress } from "./join-progress";
import { JoinWizardSkeleton } from "./join-wizard-skeleton";
import { ProfileStep } from "./profile-step";
import { ProverLinks } from "./prover-links";
import type { JoinState } from "./use-join-facts";
import { useJoinFlow } from "./use-join-flow";

const STEP_TITLES: Record<JoinStep, string> = {
  approve: "Step 1 of 3 · Approve your self-stake",
  initialize: "Step 2 of 3 · Join as a prover",
  profile: "Step 3 of 3 · Your profile",
  edit: "Edit your profile",
};

function Facts({ account, state, editing }: { account: Address; state: JoinState; editing: boolean }) {
  const joined = proverStateName(state.state) !== "Null";
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="join-facts">
      <div className="min-w-0">
        <dt className="text-muted">Prover address (this account)</dt>
        <dd>
          <AddressText address={account} />
        </dd>
      </div>
      <div className="min-w-0">
        <dt className="text-muted">{joined ? "Your vault" : "Your vault will be (predicted)"}</dt>
        <dd>
          <AddressText address={state.vault} testId="join-predicted-vault" />
        </dd>
      </div>
      {editing ? null : (
        <>
          <div>
            <dt className="text-muted">Minimum self-stake (read from the chain)</dt>
            <dd className="text-ink" data-testid="join-min-self-stake" data-wei={state.minSelfStake.toString()}>
              <Amount wei={state.minSelfStake} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Your BREV</dt>
            <dd className="text-ink" data-testid="join-balance" data-wei={state.balance.toString()}>
              <Amount wei={state.balance} />
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}

/** BREV sent to the predicted vault address changes what the prover's first deposit buys. */
function DonationWarning({ state }: { state: JoinState }) {
  const outcome = state.firstDeposit;
  const warning = outcome && donationWarning(outcome, state.shareUnits);
  if (!outcome || !warning) return null;
  return (
    <div
      role="alert"
      className={`rounded-2xl border p-4 text-ink text-sm ${outcome.loss > 0n ? "border-danger/50 bg-danger/10" : "border-warning/50 bg-warning/10"}`}
      data-testid="join-vault-donation"
      data-donated={outcome.donated.toString()}
      data-loss={outcome.loss.toString()}
    >
      {warning}
    </div>
  );
}

function Wizard({ account, editProfile }: { account: Address; editProfile: boolean }) {
  const flow = useJoinFlow(account, editProfile);
  const { position, state } = flow;
  if (flow.facts.isError && !state) {
    return (
      <ReadFailed
        title="Your account could not be read"
        message="The chain did not answer."
        onRetry={() => flow.facts.refetch()}
      />
    );
  }
  if (!state || !position) return <JoinWizardSkeleton />;
  const blocked = position.blocker !== undefined;
  const editing = position.step === "edit";
  return (
    <div className="space-y-6" data-testid="join-wizard" data-step={position.step}>
      {editProfile && proverStateName(state.state) === "Null" ? (
        <p className="rounded-xl border border-line bg-panel p-3 text-sm text-ink" data-testid="join-not-prover">
          This account is not a prover yet, so it has no profile to edit: join first, the profile is the last step.
        </p>
      ) : null}
      <Card>
        <div className="space-y-4">
          <Facts account={account} state={state} editing={editing} />
          {editing ? <ProverLinks account={account} state={state.state} /> : null}
        </div>
      </Card>
      {editing ? null : (
        <JoinProgress
          current={position.step}
          costs={flow.costs.data}
          costsLoading={flow.costs.estimating}
          costError={flow.costError}
        />
      )}
      {state.firstDeposit && !editing ? <DonationWarning state={state} /> : null}
      {position.blocker ? (
        <div
          role="alert"
          className="rounded-2xl border border-warning/50 bg-warning/10 p-4 text-ink text-sm"
          data-testid="join-blocked"
          data-reason={position.blocker.kind}
        >
          {position.blocker.message}
        </div>
      ) : null}
      <Card title={STEP_TITLES[position.step]}>
        {position.step === "approve" ? <ApproveStep flow={flow} blocked={blocked} /> : null}
        {position.step === "initialize" ? <InitializeStep flow={flow} blocked={blocked} /> : null}
        {position.step === "profile" || editing ? <ProfileStep flow={flow} account={account} /> : null}
      </Card>
    </div>
  );
}

function JoinCard({ editProfile }: { editProfile: boolean }) {
  const { address, isConnected } = useAccount();
  if (!isConnected || !address) {
    return (
      <Card
        title="Connect the account that will be the prover"
        description="The wizard reads where this account stands from the chain and picks up where it stopped. Nothing is sent without your confirmation in the wallet."
      >
        <WriteGuard action={editProfile ? "edit your profile" : "join as a prover"}>{null}</WriteGuard>
      </Card>
    );
  }
  // Keyed by account: a switch in the wallet starts from that account's own state and fields.
  return <Wizard key={address} account={address} editProfile={editProfile} />;
}

/** Join as a prover (approve → initializeProver → profile), or edit the profile of one. */
export default function JoinWizard({ editProfile }: { editProfile: boolean }) {
  return (
    <ToastProvider>
      <JoinCard editProfile={editProfile} />
    </ToastProvider>
  );
}
