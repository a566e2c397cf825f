"use client";

import Link from "next/link";
import { useState } from "react";
import { useAccount } from "wagmi";
import type { BidSettings } from "@/lib/bid-settings/schema";
import type { RuleReplay } from "@/lib/bid-settings/warnings";
import { Card } from "../ui/card";
import { ReadFailed } from "../ui/read-failed";
import { WriteGuard } from "../wallet/write-guard";
import { BidSettingsSkeleton } from "./bid-settings-skeleton";
import { BidSignIn } from "./bid-sign-in";
import { FeeSimulator } from "./fee-simulator";
import { RulesPanel } from "./rules-panel";
import { useAccountRole } from "./use-account-role";

/**
 * The bid settings tab for the connected account: its prover's rules (for the prover and its
 * submitters) and the fee simulator, which tries the rule being edited against past requests.
 */
export default function BidSettingsWorkspace() {
  const { address, isConnected, status } = useAccount();
  const role = useAccountRole(isConnected || status === "reconnecting" ? address : undefined);
  // The latest valid rule: the draft once it validates, else what is stored (null: nothing yet).
  const [rule, setRule] = useState<BidSettings | null>(null);
  // That rule's gas price replayed by the simulator: the rules warn when it would have won nothing.
  const [replay, setReplay] = useState<RuleReplay | null>(null);

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
      <ReadFailed
        title="Bid settings are unavailable"
        message="Your account's role could not be read from the chain."
        onRetry={() => role.refetch()}
      />
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
      <BidSignIn account={address}>
        <RulesPanel key={`${prover}:${address}`} prover={prover} account={address} onRule={setRule} replay={replay} />
      </BidSignIn>
      <FeeSimulator prover={prover} rule={rule} onRuleReplay={setReplay} />
    </div>
  );
}
