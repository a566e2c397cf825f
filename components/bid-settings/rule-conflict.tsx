"use client";

import type { StoredRule } from "@/lib/bid-settings/api-client";
import { diffBidSettings } from "@/lib/bid-settings/diff";
import type { BidSettings } from "@/lib/bid-settings/schema";
import { formatAbsolute } from "@/lib/format/time";
import { AddressText } from "../ui/address-text";
import { ACTION_BUTTON, SECONDARY_BUTTON } from "../ui/styles";
import { SettingsChanges } from "./settings-changes";

/**
 * Someone saved while this draft was open: what is stored now against the draft, and the two
 * ways on — save the draft on top of the stored version, or drop it for what is stored.
 */
export function RuleConflict({
  current,
  mine,
  busy,
  onReapply,
  onDiscard,
}: {
  current: StoredRule;
  mine: BidSettings | null;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  return (
    <div
      role="alert"
      className="space-y-3 rounded-2xl border border-warning/50 bg-warning/5 p-5"
      data-testid="rule-conflict"
    >
      <p className="font-semibold text-ink">These settings changed while you were editing them</p>
      <p className="text-muted text-sm">
        Version {current.version} was saved
        {current.updatedBy ? (
          <>
            {" "}
            by <AddressText address={current.updatedBy} />
          </>
        ) : null}
        {current.updatedAt ? ` at ${formatAbsolute(Date.parse(current.updatedAt) / 1000)}` : ""}. Compare it with your
        draft, then keep yours on top of it or take what is stored.
      </p>
      {mine && current.settings ? (
        <SettingsChanges
          changes={diffBidSettings(current.settings, mine)}
          beforeLabel="Stored now"
          afterLabel="Yours"
          testId="conflict-changes"
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={busy || !mine}
          onClick={onReapply}
          data-testid="conflict-reapply"
        >
          Re-apply my changes
        </button>
        <button
          type="button"
          className={SECONDARY_BUTTON}
          disabled={busy}
          onClick={onDiscard}
          data-testid="conflict-discard"
        >
          Discard mine
        </button>
      </div>
    </div>
  );
}
