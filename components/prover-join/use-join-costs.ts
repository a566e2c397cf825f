"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { type Address, encodeFunctionData, type Hex } from "viem";
import { simulateCalls } from "viem/actions";
import { useConfig } from "wagmi";
import { getGasPrice, getPublicClient } from "wagmi/actions";
import { l1DataFees } from "@/lib/chain/l1-data-fee";
import { describeTxError } from "@/lib/contracts/errors";
import { brevTokenAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import type { JoinStep } from "@/lib/prover-profile/join-step";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/**
 * What a step's transaction costs: the L2 gas it uses when run after the steps before it, at
 * today's gas price, plus on an OP-stack chain such as Base the L1 data fee for posting it
 * (`l1Wei`; undefined on a chain without one); `wei` is the total.
 */
export type StepCost = { gas: bigint; l2Wei: bigint; l1Wei: bigint | undefined; wei: bigint } | { failed: string };
export type JoinCosts = Partial<Record<JoinStep, StepCost>>;

export type CostPlan = {
  step: Exclude<JoinStep, "edit">;
  minSelfStake: bigint;
  /** The rate and profile typed so far; the gas hardly depends on them, the profile's length aside. */
  rateBps: number;
  name: string;
  iconUrl: string;
};

const SETTLE_MS = 400;

/** The value once it has stopped changing for a moment, so typing does not simulate every keystroke. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

type PlannedCall = { step: JoinStep; to: Address; data: Hex };

/**
 * The gas of every step still ahead, simulated in order in one `eth_simulateV1` on the current
 * state (the initialize step sees the approval, the profile step the new prover), so each step is
 * priced before the one it depends on is sent, and each call's L1 data fee from the chain's
 * GasPriceOracle. A step that would fail has no price.
 */
export function useJoinCosts(account: Address, plan: CostPlan | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  // Compared as text: the plan object is new on every render, its calls are not.
  const wanted = JSON.stringify(plan ? plannedCalls(plan, token, controller) : []);
  const planned = useSettled(wanted);
  const query = useQuery({
    queryKey: keys.join.costs(chainId, account, planned),
    queryFn: async (): Promise<JoinCosts> => {
      const calls = JSON.parse(planned) as PlannedCall[];
      const client = getPublicClient(config, { chainId });
      if (!client) throw new Error("No client for the app's chain.");
      const [{ results }, gasPrice, l1Fees] = await Promise.all([
        simulateCalls(client, { account, calls: calls.map(({ to, data }) => ({ to, data })) }),
        getGasPrice(config, { chainId }),
        l1DataFees(client, account, calls),
      ]);
      const costs: JoinCosts = {};
      for (const [index, { step }] of calls.entries()) {
        const result = results[index];
        if (result?.status !== "success") {
          // The steps after a failing one would run on a state that never comes: no price for them.
          costs[step] = { failed: result ? describeTxError(result.error) : "The simulation returned nothing." };
          break;
        }
        const l2Wei = result.gasUsed * gasPrice;
        const l1Wei = l1Fees?.[index];
        costs[step] = { gas: result.gasUsed, l2Wei, l1Wei, wei: l2Wei + (l1Wei ?? 0n) };
      }
      return costs;
    },
    enabled: planned !== "[]",
    placeholderData: keepPreviousData,
  });
  // While typing settles, the prices on screen are for values no longer in the form.
  return { data: query.data, error: query.error, estimating: query.isFetching || wanted !== planned };
}

function plannedCalls(plan: CostPlan, token: Address, controller: Address): PlannedCall[] {
  const all = [
    {
      step: "approve" as const,
      to: token,
      data: encodeFunctionData({ abi: brevTokenAbi, functionName: "approve", args: [controller, plan.minSelfStake] }),
    },
    {
      step: "initialize" as const,
      to: controller,
      data: encodeFunctionData({
        abi: stakingControllerAbi,
        functionName: "initializeProver",
        args: [BigInt(plan.rateBps)],
      }),
    },
    {
      step: "profile" as const,
      to: controller,
      data: encodeFunctionData({
        abi: stakingControllerAbi,
        functionName: "setProverProfile",
        args: [plan.name, plan.iconUrl],
      }),
    },
  ];
  const from = all.findIndex((call) => call.step === plan.step);
  return from === -1 ? [] : all.slice(from);
}
