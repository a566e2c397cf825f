"use client";

import { useId } from "react";
import type { Address } from "viem";
import { ProfileField } from "./profile-field";
import { ProfilePreview } from "./profile-preview";
import { StepCostText } from "./step-cost";
import { StepForm } from "./step-form";
import { StepSummary } from "./step-summary";
import type { JoinFlow } from "./use-join-flow";

/** Step 3, and the profile editor: name and icon URL with byte counts as typed and a live preview. */
export function ProfileStep({ flow, account }: { flow: JoinFlow; account: Address }) {
  const id = useId();
  const { profile } = flow;
  // Over a cap is said as soon as it happens; an empty name only once the person has typed or tried to save.
  const nameError =
    profile.nameCheck.bytes > profile.nameCheck.max || profile.touched ? profile.nameCheck.error : undefined;
  const saved = flow.profileTx.state.status === "confirmed";
  return (
    <StepForm
      onSubmit={() => void flow.saveProfile()}
      action="save your profile"
      label={flow.profileTx.busy ? "Saving…" : "Save profile"}
      disabled={flow.busy}
      tx={flow.profileTx.state}
    >
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <ProfileField
            id={`${id}-name`}
            label="Name"
            name="name"
            value={profile.name}
            onChange={(name) => profile.set({ name })}
            bytes={profile.nameCheck.bytes}
            max={profile.nameCheck.max}
            error={nameError}
            testId="profile-name"
          />
          <ProfileField
            id={`${id}-icon`}
            label={
              <>
                Icon URL <span className="font-normal text-muted">(https: or ipfs:, optional)</span>
              </>
            }
            name="iconUrl"
            inputMode="url"
            placeholder="https://example.com/icon.png"
            value={profile.iconUrl}
            onChange={(iconUrl) => profile.set({ iconUrl })}
            bytes={profile.iconCheck.bytes}
            max={profile.iconCheck.max}
            error={profile.iconCheck.error}
            testId="profile-icon"
            className="font-mono"
          />
        </div>
        <ProfilePreview name={profile.name} iconUrl={profile.iconUrl} address={account} />
      </div>
      <StepSummary
        rows={[
          { label: "Shown", value: "In the directory and on your public page, to everyone" },
          {
            label: "Cost",
            value: (
              <StepCostText
                cost={flow.costs.data?.profile}
                loading={flow.costs.estimating}
                error={flow.costError}
                testId="join-summary-cost"
              />
            ),
          },
        ]}
      />
      {saved ? (
        <p className="text-ink text-sm" data-testid="profile-saved">
          Saved on chain. Your public page shows it within a few seconds, once the indexer has the block.
        </p>
      ) : null}
    </StepForm>
  );
}
