"use client";

import type { ReactNode } from "react";
import { type Address, isAddressEqual } from "viem";
import { ApiRequestError } from "@/lib/bid-settings/api-client";
import { describeTxError } from "@/lib/contracts/errors";
import { AddressText } from "../ui/address-text";
import { Card } from "../ui/card";
import { ReadFailed } from "../ui/read-failed";
import { SkeletonBar } from "../ui/skeleton-bar";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "../ui/styles";
import { WriteGuard } from "../wallet/write-guard";
import { useBidSession } from "./use-bid-session";

/** A failed sign-in in words: the server's sentence, or what the wallet did. */
function signInError(error: Error): string {
  if (error instanceof ApiRequestError) return error.message;
  return describeTxError(error).replace("Nothing was sent.", "You are not signed in.");
}

/**
 * Shows the bid settings only under a session of the connected account: otherwise the way to
 * sign in (again), so nobody sees what another account's session opened.
 */
export function BidSignIn({ account, children }: { account: Address; children: ReactNode }) {
  const { session, signIn, signOut } = useBidSession(account);

  if (session.isPending) {
    return (
      <Card>
        <SkeletonBar className="h-10 w-64" />
      </Card>
    );
  }
  if (session.isError) {
    return (
      <ReadFailed title="Sign-in is unavailable" message={session.error.message} onRetry={() => session.refetch()} />
    );
  }
  const current = session.data;
  if (current && isAddressEqual(current.address, account)) {
    return (
      <div className="space-y-6">
        <div
          className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line bg-panel px-5 py-3 text-sm"
          data-testid="bid-session"
        >
          <p className="min-w-0 text-muted">
            Signed in as <AddressText address={current.address} />
          </p>
          <button
            type="button"
            className={SECONDARY_BUTTON}
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
            data-testid="bid-sign-out"
          >
            {signOut.isPending ? "Signing out…" : "Sign out"}
          </button>
        </div>
        {signOut.error ? (
          <p className="text-danger text-sm" role="alert">
            {signOut.error.message}
          </p>
        ) : null}
        {children}
      </div>
    );
  }
  return (
    <Card
      title={current ? "Sign in again with this wallet" : "Sign in with your wallet"}
      description={
        current ? (
          <>
            This browser is signed in as <AddressText address={current.address} />, but your wallet is now on{" "}
            <AddressText address={account} />. Sign in with it to see its prover's settings.
          </>
        ) : (
          "Your bid settings are private to your prover and its submitters. Sign a message in your wallet to prove this account is yours: it costs nothing and sends no transaction."
        )
      }
    >
      <div className="max-w-sm space-y-3" data-testid="bid-sign-in">
        <WriteGuard action="sign in">
          <button
            type="button"
            className={PRIMARY_BUTTON}
            disabled={signIn.isPending}
            onClick={() => signIn.mutate()}
            data-testid="bid-sign-in-button"
          >
            {signIn.isPending ? "Waiting for your wallet…" : "Sign in with your wallet"}
          </button>
        </WriteGuard>
        {signIn.error ? (
          <p className="text-danger text-sm" role="alert" data-testid="bid-sign-in-error">
            {signInError(signIn.error)}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
