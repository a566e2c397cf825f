"use client";

import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { Abi, ContractFunctionArgs, ContractFunctionName, Hash } from "viem";
import { useAccount, useConfig } from "wagmi";
import { simulateContract, waitForTransactionReceipt, writeContract } from "wagmi/actions";
import { BREV_ERROR_UNITS, describeTxError, type ErrorUnits } from "../contracts/errors";
import { IDLE, isBusy, type TxState } from "../tx/state";

type WriteMutability = "nonpayable" | "payable";

export type ContractWrite<abi extends Abi, functionName extends ContractFunctionName<abi, WriteMutability>> = {
  address: `0x${string}`;
  abi: abi;
  functionName: functionName;
  args: ContractFunctionArgs<abi, WriteMutability, functionName>;
};

export type SendOptions = {
  /** Query keys (from lib/query-keys) whose data this write changes. */
  invalidate: QueryKey[];
  /** What the amounts in a refusal count (BREV unless the write moves vault shares). */
  errorUnits?: ErrorUnits;
};

/**
 * The one transaction helper: simulate (custom errors decoded into words), send through the
 * wallet, wait for the receipt (a reverted receipt is a failure), then invalidate what the
 * write changed. A second send while one is in flight is ignored, so a double click sends once.
 */
export function useTransaction() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { address: account } = useAccount();
  const [state, setState] = useState<TxState>(IDLE);
  const inFlight = useRef(false);

  const send = useCallback(
    async <abi extends Abi, functionName extends ContractFunctionName<abi, WriteMutability>>(
      call: ContractWrite<abi, functionName>,
      { invalidate, errorUnits = BREV_ERROR_UNITS }: SendOptions,
    ): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      let hash: Hash | undefined;
      try {
        setState({ status: "simulating" });
        // wagmi's generics cannot follow a generic call through; the shape is checked by ContractWrite.
        const { request } = await simulateContract(config, { ...call, account } as Parameters<
          typeof simulateContract
        >[1]);
        setState({ status: "awaiting-wallet" });
        hash = await writeContract(config, request as Parameters<typeof writeContract>[1]);
        setState({ status: "pending", hash });
        const receipt = await waitForTransactionReceipt(config, { hash });
        if (receipt.status !== "success") {
          setState({ status: "failed", hash, reason: "The transaction was reverted on chain. Nothing changed." });
          return false;
        }
        await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        setState({ status: "confirmed", hash });
        return true;
      } catch (error) {
        setState({ status: "failed", hash, reason: describeTxError(error, errorUnits) });
        return false;
      } finally {
        inFlight.current = false;
      }
    },
    [config, queryClient, account],
  );

  const reset = useCallback(() => setState(IDLE), []);

  return { state, busy: isBusy(state), send, reset };
}
