"use client";

import type { QueryKey } from "@tanstack/react-query";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { Abi, ContractFunctionName } from "viem";
import { type ContractWrite, type SendOptions, useTransaction } from "@/lib/hooks/use-transaction";
import { keys } from "@/lib/query-keys";
import { useTxToast } from "../ui/use-tx-toast";
import { useRuntime } from "../wallet/use-runtime";

/** The indexer follows the chain about a second behind: the server's history is refreshed again after this. */
const INDEXER_LAG_MS = 2_000;

/**
 * One console write through the transaction helper: it invalidates the console's read (and the
 * keys named), refreshes the server-rendered history after a success, and after a refusal reads
 * the chain again, since a refusal often means the prover changed behind the page's back.
 */
export function useConsoleWrite(action: string) {
  const tx = useTransaction();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { chainId } = useRuntime();
  useTxToast(tx.state, action);
  const { send: sendTx } = tx;
  const send = useCallback(
    async <abi extends Abi, functionName extends ContractFunctionName<abi, "nonpayable" | "payable">>(
      call: ContractWrite<abi, functionName>,
      options: Partial<SendOptions> & { invalidate?: QueryKey[] } = {},
    ) => {
      const sent = await sendTx(call, {
        ...options,
        invalidate: [keys.proverConsole.all(chainId), keys.staking.all(chainId), ...(options.invalidate ?? [])],
      });
      if (sent) {
        router.refresh();
        setTimeout(() => router.refresh(), INDEXER_LAG_MS);
      } else {
        void queryClient.invalidateQueries({ queryKey: keys.proverConsole.all(chainId) });
      }
      return sent;
    },
    [sendTx, chainId, router, queryClient],
  );
  return { ...tx, send };
}
