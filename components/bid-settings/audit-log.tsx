"use client";

import type { Address } from "viem";
import { diffBidSettings } from "@/lib/bid-settings/diff";
import { formatAbsolute } from "@/lib/format/time";
import { AddressText } from "../ui/address-text";
import { Card } from "../ui/card";
import { SkeletonBar } from "../ui/skeleton-bar";
import { SettingsChanges } from "./settings-changes";
import { useAuditLog } from "./use-prover-rule";

/** How many changes the log shows, newest first. */
const SHOWN = 10;

/** Who changed the prover's rule, when, and each value before and after. */
export function AuditLog({ prover }: { prover: Address }) {
  const audit = useAuditLog(prover);
  return (
    <Card
      title="Changes"
      description={
        audit.data && audit.data.length > SHOWN
          ? `The last ${SHOWN} of ${audit.data.length} saved versions, newest first.`
          : "Every saved version of these settings, newest first."
      }
    >
      {audit.isPending ? (
        <SkeletonBar className="h-16 w-full" />
      ) : audit.isError ? (
        <p className="text-danger text-sm" role="alert">
          {audit.error.message}
        </p>
      ) : audit.data.length === 0 ? (
        <p className="text-muted text-sm">Nothing saved yet.</p>
      ) : (
        <ol className="space-y-4" data-testid="audit-log">
          {audit.data
            .slice(-SHOWN)
            .reverse()
            .map((entry) => (
              <li
                key={entry.version}
                className="space-y-1 border-line border-t pt-3 first:border-0 first:pt-0"
                data-version={entry.version}
              >
                <p className="text-muted text-sm">
                  <span className="font-medium text-ink">Version {entry.version}</span> ·{" "}
                  <time dateTime={entry.changedAt}>{formatAbsolute(Date.parse(entry.changedAt) / 1000)}</time> · by{" "}
                  <AddressText address={entry.signer} testId="audit-signer" />
                </p>
                <SettingsChanges changes={diffBidSettings(entry.before, entry.after)} />
              </li>
            ))}
        </ol>
      )}
    </Card>
  );
}
