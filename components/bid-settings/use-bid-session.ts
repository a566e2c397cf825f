"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { createSiweMessage } from "viem/siwe";
import { useConfig } from "wagmi";
import { signMessage } from "wagmi/actions";
import { bidSettingsApi } from "@/lib/bid-settings/api-client";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/**
 * The dashboard's session, and Sign-In with Ethereum for the connected account: a nonce from the
 * server, the EIP-4361 message for this page's address, the wallet's personal_sign, the server's check.
 */
export function useBidSession(account: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { chainId } = useRuntime();
  const session = useQuery({ queryKey: keys.bidSettings.session(chainId), queryFn: bidSettingsApi.session });
  // Whatever was read under the previous session belongs to it: read everything again.
  const reset = () => queryClient.resetQueries({ queryKey: keys.bidSettings.all(chainId) });

  const signIn = useMutation({
    mutationFn: async () => {
      const { nonce } = await bidSettingsApi.nonce();
      const message = createSiweMessage({
        domain: window.location.host,
        uri: window.location.origin,
        address: account,
        chainId,
        nonce,
        version: "1",
        issuedAt: new Date(),
      });
      const signature = await signMessage(config, { account, message });
      return bidSettingsApi.verify(message, signature);
    },
    onSuccess: reset,
  });
  const signOut = useMutation({ mutationFn: bidSettingsApi.signOut, onSuccess: reset });
  return { session, signIn, signOut };
}
