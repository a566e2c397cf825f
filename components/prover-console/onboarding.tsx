import Link from "next/link";
import type { ReactNode } from "react";
import type { Address } from "viem";
import { Card } from "../ui/card";
import { ACTION_BUTTON } from "../ui/styles";

/** A connected account that is no prover: how to become one, or what its pending submitter consent means. */
export function Onboarding({
  account,
  consentTo,
  children,
}: {
  account: Address;
  consentTo: Address | null;
  children?: ReactNode;
}) {
  return (
    <Card title="This account is not a prover" description={account}>
      <div className="space-y-3 text-sm" data-testid="console-onboarding">
        <p>
          A prover stakes at least the minimum self-stake in its own vault, bids for proof requests and earns commission
          on its stakers' rewards.
        </p>
        <Link href="/prover/join" className={`inline-flex ${ACTION_BUTTON}`} data-testid="join-link">
          Become a prover
        </Link>
        {consentTo ? (
          <p className="text-muted" data-testid="pending-consent">
            You agreed to submit for the prover <code className="break-all font-mono text-xs">{consentTo}</code>; it
            still has to register you from its own console.
          </p>
        ) : null}
        {children}
      </div>
    </Card>
  );
}
