"use client";

import { useState } from "react";
import type { Address } from "viem";
import { describeTxError } from "@/lib/contracts/errors";
import { brevTokenAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { parseRatePercent } from "@/lib/prover-profile/commission-rate";
import { joinPosition } from "@/lib/prover-profile/join-step";
import { checkIconUrl, checkProfile, checkProfileName } from "@/lib/prover-profile/profile-limits";
import { keys } from "@/lib/query-keys";
import { useTxToast } from "../ui/use-tx-toast";
import { useRuntime } from "../wallet/use-runtime";
import { useJoinCosts } from "./use-join-costs";
import { useJoinFacts } from "./use-join-facts";

/** A placeholder profile to price the profile step before anything is typed. */
const SAMPLE_NAME = "My prover";

/**
 * The wizard's state: where the account stands (from the chain, so a reload resumes there), the
 * values typed for each step with their checks in words, the price of the steps ahead, and the
 * three writes, each through the one transaction helper (one transaction per click).
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

  const [rateText, setRateText] = useState("");
  const [rateTouched, setRateTouched] = useState(false);
  // Null until the person types: the profile fields show what the chain holds meanwhile.
  const [draft, setDraft] = useState<{ name: string; iconUrl: string } | null>(null);
  const [profileTouched, setProfileTouched] = useState(false);

  const state = facts.data;
  const position = state ? joinPosition(state, { editProfile }) : undefined;
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
    // A refusal may mean the chain moved behind the page (an allowance taken back, a pause).
    if (!joined) void facts.refetch();
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
      setDraft(null);
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
        setRateText(next);
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
        setDraft({ name: next.name ?? name, iconUrl: next.iconUrl ?? iconUrl });
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
