"use client";

import { useEffect, useState } from "react";
import type { Address } from "viem";
import { describeTxError } from "@/lib/contracts/errors";
import { brevTokenAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { parseRatePercent } from "@/lib/prover-profile/commission-rate";
import { profileDraftFor } from "@/lib/prover-profile/join-draft";
import { joinPosition } from "@/lib/prover-profile/join-step";
import { checkIconUrl, checkProfile, checkProfileName } from "@/lib/prover-profile/profile-limits";
import { proverStateName } from "@/lib/provers/state";
import { keys } from "@/lib/query-keys";
import { useTxToast } from "../ui/use-tx-toast";
import { useRuntime } from "../wallet/use-runtime";
import { useJoinCosts } from "./use-join-costs";
import { useJoinDraft } from "./use-join-draft";
import { useJoinFacts } from "./use-join-facts";

/** A placeholder profile to price the profile step before anything is typed. */
const SAMPLE_NAME = "My prover";

/**
 * The wizard's state: where the account stands (from the chain, so a reload resumes there), the
 * values typed for each step with their checks in words (kept across a reload until the step's
 * transaction is mined), the price of the steps ahead, and the three writes, each through the one
 * transaction helper (one transaction per click).
 */
export function useJoinFlow(account: Address, editProfile: boolean) {
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  const facts = useJoinFacts(account);
  const approveTx = useTransaction();
  const initializeTx = useTransaction();
  const profileTx = useTransaction();
  useTxToast(approveTx.state, "Approval");
  useTxToast(initializeTx.state, "Joining");
  useTxToast(profileTx.state, "Profile");

  const drafts = useJoinDraft(chainId, account);
  const { drop } = drafts;
  const rateText = drafts.draft.rateText ?? "";
  // A value restored from a reload is checked at once, as if just typed.
  const [rateTouched, setRateTouched] = useState(drafts.draft.rateText !== undefined);
  const [profileTouched, setProfileTouched] = useState(drafts.draft.profile !== undefined);

  const state = facts.data;
  const position = state ? joinPosition(state, { editProfile }) : undefined;
  // None until the person types: the profile fields show what the chain holds meanwhile.
  const draft = state ? profileDraftFor(drafts.draft, state) : undefined;
  const isProver = state !== undefined && proverStateName(state.state) !== "Null";
  const staleRate = isProver && drafts.draft.rateText !== undefined;
  const staleProfile = state !== undefined && drafts.draft.profile !== undefined && draft === undefined;
  // The chain wins: a rate for a join already made, a profile typed over one since changed.
  useEffect(() => {
    if (staleRate) drop("rateText");
    if (staleProfile) drop("profile");
  }, [staleRate, staleProfile, drop]);

  const rate = parseRatePercent(rateText);
  const name = draft?.name ?? state?.name ?? "";
  const iconUrl = draft?.iconUrl ?? state?.iconUrl ?? "";
  const nameCheck = checkProfileName(name);
  const iconCheck = checkIconUrl(iconUrl);
  const profile = checkProfile(name, iconUrl);
  const busy = approveTx.busy || initializeTx.busy || profileTx.busy;

  const costs = useJoinCosts(
    account,
    state && position && !position.blocker
      ? {
          // The editor prices the same call as the wizard's last step.
          step: position.step === "edit" ? "profile" : position.step,
          minSelfStake: state.minSelfStake,
          rateBps: rate.ok ? rate.bps : 0,
          name: profile.ok ? profile.name : SAMPLE_NAME,
          iconUrl: profile.ok ? profile.iconUrl : "",
        }
      : undefined,
  );

  const invalidateJoin = keys.join.account(chainId, account);

  async function approve() {
    if (!state || busy) return;
    // Exactly minSelfStake, what initializeProver pulls: never an unlimited approval.
    await approveTx.send(
      { address: token, abi: brevTokenAbi, functionName: "approve", args: [controller, state.minSelfStake] },
      { invalidate: [invalidateJoin, keys.token.allowance(chainId, token, account, controller)] },
    );
  }

  async function initialize() {
    setRateTouched(true);
    if (!rate.ok || busy) return;
    const joined = await initializeTx.send(
      {
        address: controller,
        abi: stakingControllerAbi,
        functionName: "initializeProver",
        args: [BigInt(rate.bps)],
      },
      {
        invalidate: [
          invalidateJoin,
          keys.staking.all(chainId),
          keys.token.balance(chainId, token, account),
          keys.token.allowance(chainId, token, account, controller),
        ],
      },
    );
    if (joined) drafts.drop("rateText");
    // A refusal may mean the chain moved behind the page (an allowance taken back, a pause).
    else void facts.refetch();
  }

  async function saveProfile() {
    setProfileTouched(true);
    if (!profile.ok || busy) return;
    const saved = await profileTx.send(
      {
        address: controller,
        abi: stakingControllerAbi,
        functionName: "setProverProfile",
        args: [profile.name, profile.iconUrl],
      },
      { invalidate: [invalidateJoin, keys.staking.all(chainId)] },
    );
    // Saved: the fields show the chain's copy again. Refused: they keep what was typed.
    if (saved) {
      drafts.drop("profile");
      setProfileTouched(false);
    }
  }

  return {
    facts,
    state,
    position,
    costs,
    /** Why the steps could not be priced at all (an RPC without eth_simulateV1), in words. */
    costError: costs.error ? describeTxError(costs.error) : undefined,
    busy,
    rate: {
      text: rateText,
      set(next: string) {
        drafts.update({ rateText: next });
        setRateTouched(true);
        if (!initializeTx.busy) initializeTx.reset();
      },
      check: rate,
      error: rateTouched && !rate.ok ? rate.error : undefined,
    },
    profile: {
      name,
      iconUrl,
      nameCheck,
      iconCheck,
      set(next: { name?: string; iconUrl?: string }) {
        // The chain's profile this draft is typed over, so a later change on chain wins over it.
        const base = draft?.base ?? { name: state?.name ?? "", iconUrl: state?.iconUrl ?? "" };
        drafts.update({ profile: { name: next.name ?? name, iconUrl: next.iconUrl ?? iconUrl, base } });
        setProfileTouched(true);
        if (!profileTx.busy) profileTx.reset();
      },
      touched: profileTouched,
      ready: profile.ok,
    },
    approveTx,
    initializeTx,
    profileTx,
    approve,
    initialize,
    saveProfile,
  };
}

export type JoinFlow = ReturnType<typeof useJoinFlow>;
