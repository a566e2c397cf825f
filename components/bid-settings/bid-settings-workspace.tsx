"use client";

import Link from "next/link";
import { useAccount } from "wagmi";
import { Card } from "../ui/card";
import { WriteGuard } from "../wallet/write-guard";
import { BidSettingsSkeleton } from "./bid-settings-skeleton";
import { FeeSimulator } from "./fee-simulator";
import { useAccountRole } from "./use-account-role";

/**
 * The bid settings tab for the connected account: its prover's rules (for the prover and its
 * submitters) and the fee simulator, which tries the rule being edited against past requests.
 */
export default function BidSettingsWorkspace() {
  const { address, isConnected, status } = useAccount();
  const role = useAccountRole(isConnected || status === "reconnecting" ? address : undefined);

  if (!isConnected || !address) {
    return (
      <Card
        title="Connect your prover's wallet"
        description="Bid settings belong to a prover: connect its wallet, or the wallet of one of its registered submitters."
      >
        <WriteGuard action="keep your bid settings">{null}</WriteGuard>
      </Card>
    );
  }
  if (role.isError) {
    return (
      <Card title="Bid settings are unavailable">
        <p className="text-danger text-sm" role="alert">
          Your account's role could not be read from the chain.{" "}
          <button type="button" className="underline" onClick={() => role.refetch()}>
            Try again
          </button>
        </p>
      </Card>
    );
  }
  if (!role.data) return <BidSettingsSkeleton />;
  if (role.data.kind === "none") {
    return (
      <Card title="Not a prover" description={`${address} is neither a prover nor a registered submitter of one.`}>
        <Link href="/prover/join" className="font-medium text-accent text-sm hover:underline">
          Join as a prover
        </Link>
      </Card>
    );
  }
  const prover = role.data.prover;
  return (
    <div className="space-y-6" data-testid="bid-settings" data-prover={prover}>
      {/* RULES: sign-in, editor, import/export and audit log; they report the latest valid rule (saved, or the draft once it validates) to a `rule` state here. */}
      {/* The RULES above will pass their latest valid rule here; until then the simulator applies none. */}
      <FeeSimulator prover={prover} rule={null} />
    </div>
  );
}
