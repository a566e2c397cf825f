"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { ApiRequestError, bidSettingsApi } from "@/lib/bid-settings/api-client";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/** The prover's stored rule, read only once the dashboard knows who is asking (signed in). */
export function useStoredRule(prover: Address) {
  const { chainId } = useRuntime();
  return useQuery({ queryKey: keys.bidSettings.stored(chainId, prover), queryFn: () => bidSettingsApi.read(prover) });
}

/** The prover's change history, newest first. */
export function useAuditLog(prover: Address) {
  const { chainId } = useRuntime();
  return useQuery({
    queryKey: keys.bidSettings.audit(chainId, prover),
    queryFn: async () => (await bidSettingsApi.audit(prover)).entries,
  });
}

/**
 * Reads the session again after an API refusal that says it ended (401): the sign-in card then
 * takes the place of the settings, instead of a dead end.
 */
export function useExpireSession() {
  const queryClient = useQueryClient();
  const { chainId } = useRuntime();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiRequestError && error.status === 401) {
        queryClient.invalidateQueries({ queryKey: keys.bidSettings.session(chainId) });
      }
    },
    [queryClient, chainId],
  );
}
