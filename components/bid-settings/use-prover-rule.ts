"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { bidSettingsApi } from "@/lib/bid-settings/api-client";
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
