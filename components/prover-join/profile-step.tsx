"use client";

import Link from "next/link";
import { useId } from "react";
import type { Address } from "viem";
import { PRIMARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxStatus } from "../ui/tx-status";
import { WriteGuard } from "../wallet/write-guard";
import { ByteCount } from "./byte-count";
import { ProfilePreview } from "./profile-preview";
import { StepCostText } from "./step-cost";
import { StepSummary } from "./step-summary";
import type { JoinFlow } from "./use-join-flow";

/** Step 3, and the profile editor: name and icon URL with byte counts as typed and a live preview. */
export function ProfileStep({ flow, account }: { flow: JoinFlow; account: Address }) {
  const id = useId();
  const { profile } = flow;
  // Over a cap is said as soon as it happens; an empty name only once the person has typed or tried to save.
  const nameError =
    profile.nameCheck.bytes > profile.nameCheck.max || profile.touched ? profile.nameCheck.error : undefined;
  const iconError = profile.iconCheck.error;
  const saved = flow.profileTx.state.status === "confirmed";
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void flow.saveProfile();
      }}
    >
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <div className="space-y-1.5">
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor={`${id}-name`} className="font-medium text-ink text-sm">
                Name
              </label>
              <ByteCount
                id={`${id}-name-count`}
                bytes={profile.nameCheck.bytes}
                max={profile.nameCheck.max}
                testId="profile-name-bytes"
              />
            </div>
            <input
              id={`${id}-name`}
              name="name"
              value={profile.name}
              onChange={(event) => profile.set({ name: event.target.value })}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={Boolean(nameError)}
              aria-describedby={`${id}-name-count${nameError ? ` ${id}-name-error` : ""}`}
              className={TEXT_FIELD}
            />
            {nameError ? (
              <p id={`${id}-name-error`} className="text-danger text-sm" data-testid="profile-name-error">
                {nameError}
              </p>
            ) : null}
          </div>
          <div className="space-y-1.5">
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor={`${id}-icon`} className="font-medium text-ink text-sm">
                Icon URL <span className="font-normal text-muted">(https: or ipfs:, optional)</span>
              </label>
              <ByteCount
                id={`${id}-icon-count`}
                bytes={profile.iconCheck.bytes}
                max={profile.iconCheck.max}
                testId="profile-icon-bytes"
              />
            </div>
            <input
              id={`${id}-icon`}
              name="iconUrl"
              value={profile.iconUrl}
              onChange={(event) => profile.set({ iconUrl: event.target.value })}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://example.com/icon.png"
              aria-invalid={Boolean(iconError)}
              aria-describedby={`${id}-icon-count${iconError ? ` ${id}-icon-error` : ""}`}
              className={`${TEXT_FIELD} font-mono`}
            />
            {iconError ? (
              <p id={`${id}-icon-error`} className="text-danger text-sm" data-testid="profile-icon-error">
                {iconError}
              </p>
            ) : null}
          </div>
        </div>
        <ProfilePreview name={profile.name} iconUrl={profile.iconUrl} address={account} />
      </div>
      <StepSummary
        rows={[
          { label: "Shown", value: "In the directory and on your public page, to everyone" },
          {
            label: "Cost",
            value: (
              <StepCostText cost={flow.costs.data?.profile} loading={flow.costs.isFetching} error={flow.costError} />
            ),
          },
        ]}
      />
      <WriteGuard action="save your profile">
        <button type="submit" className={PRIMARY_BUTTON} disabled={flow.busy}>
          {flow.profileTx.busy ? "Saving…" : "Save profile"}
        </button>
      </WriteGuard>
      <TxStatus state={flow.profileTx.state} />
      {saved ? (
        <p className="text-sm text-ink" data-testid="profile-saved">
          Saved on chain.{" "}
          <Link href={`/provers/${account}`} className="text-accent hover:underline">
            See your public page
          </Link>{" "}
          (it follows within a few seconds, once the indexer has the block).
        </p>
      ) : null}
    </form>
  );
}
