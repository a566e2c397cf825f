"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { Address } from "viem";
import { bidSettingsApi, type StoredRule } from "@/lib/bid-settings/api-client";
import { diffBidSettings } from "@/lib/bid-settings/diff";
import { EXAMPLE_RULE } from "@/lib/bid-settings/example-rule";
import {
  draftValues,
  loadRuleDraft,
  type RuleDraft,
  ruleDraftKey,
  saveRuleDraft,
  settingsFromDraft,
} from "@/lib/bid-settings/rule-draft";
import type { BidSettings } from "@/lib/bid-settings/schema";
import { type FieldErrors, validateBidSettings } from "@/lib/bid-settings/validate";
import { bidSettingsWarnings, type RuleReplay } from "@/lib/bid-settings/warnings";
import { keys } from "@/lib/query-keys";
import { Card } from "../ui/card";
import { ReadFailed } from "../ui/read-failed";
import { SkeletonBar } from "../ui/skeleton-bar";
import { ACTION_BUTTON, SECONDARY_BUTTON } from "../ui/styles";
import { useRuntime } from "../wallet/use-runtime";
import { AuditLog } from "./audit-log";
import { RuleConflict } from "./rule-conflict";
import { RuleEditor } from "./rule-editor";
import { RuleTransfer } from "./rule-transfer";
import { useMarketFacts } from "./use-market-facts";
import { useExpireSession, useStoredRule } from "./use-prover-rule";

type Props = {
  prover: Address;
  account: Address;
  onRule: (rule: BidSettings | null) => void;
  /** The simulator's replay of the rule's gas price, once a program and its cycles are entered there. */
  replay: RuleReplay | null;
};

/** The prover's rule: the editor over what is stored, export and import, and the change log. */
export function RulesPanel(props: Props) {
  const stored = useStoredRule(props.prover);
  const expireSession = useExpireSession();
  useEffect(() => expireSession(stored.error), [expireSession, stored.error]);
  if (stored.isPending) {
    return (
      <Card>
        <SkeletonBar className="h-48 w-full" />
      </Card>
    );
  }
  if (stored.isError) {
    return (
      <ReadFailed
        title="Bid settings are unavailable"
        message={stored.error.message}
        onRetry={() => stored.refetch()}
        testId="rule-read-error"
      />
    );
  }
  return <LoadedRules {...props} stored={stored.data} />;
}

function LoadedRules({ prover, account, onRule, replay, stored }: Props & { stored: StoredRule }) {
  const queryClient = useQueryClient();
  const { chainId } = useRuntime();
  const market = useMarketFacts();
  const expireSession = useExpireSession();
  const draftKey = ruleDraftKey(chainId, prover, account);
  const [draft, setDraft] = useState<RuleDraft | null>(() => loadRuleDraft(draftKey));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<StoredRule | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  useEffect(() => saveRuleDraft(draftKey, draft), [draftKey, draft]);

  const storedValues = useMemo(() => draftValues(stored.settings ?? EXAMPLE_RULE), [stored.settings]);
  const values = draft?.values ?? storedValues;
  const validation = useMemo(() => validateBidSettings(settingsFromDraft(values)), [values]);
  const mine = validation.ok ? validation.settings : null;
  const rule = mine ?? stored.settings;
  useEffect(() => onRule(rule), [onRule, rule]);
  // Signed out, or another account: the simulator must not keep trying this prover's rule.
  useEffect(() => () => onRule(null), [onRule]);

  const errors = validation.ok ? serverErrors : validation.errors;
  const warnings = mine ? bidSettingsWarnings(mine, { ...market.data?.facts, replay: replay ?? undefined }) : [];
  const changes = mine ? diffBidSettings(stored.settings, mine) : [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.bidSettings.prover(chainId, prover) });

  const save = useMutation({
    mutationFn: ({ version, settings }: { version: number; settings: BidSettings }) =>
      bidSettingsApi.save(prover, version, settings),
    onSuccess: async (outcome) => {
      if (outcome.kind === "saved") {
        setDraft(null);
        setConflict(null);
        setSavedVersion(outcome.version);
        await refresh();
      } else if (outcome.kind === "conflict") {
        setConflict(outcome.current ?? { version: 0, settings: null, updatedBy: null, updatedAt: null });
      } else setServerErrors(outcome.errors);
    },
    onError: (error) => expireSession(error),
  });

  const discard = () => {
    setDraft(null);
    setConflict(null);
    setServerErrors({});
    save.reset();
    refresh();
  };

  return (
    <div className="space-y-6">
      <Card
        title="Bidding rules"
        description={
          stored.version === 0
            ? "Nothing is saved for this prover yet: the fields hold the bidder's example values."
            : `Version ${stored.version} is stored. Your bidder reads these from the [rule] table of its config.toml.`
        }
      >
        <form
          className="space-y-5"
          data-testid="rule-form"
          data-version={stored.version}
          onSubmit={(event) => {
            event.preventDefault();
            if (mine) save.mutate({ version: draft?.base ?? stored.version, settings: mine });
          }}
        >
          <RuleEditor
            values={values}
            feeToken={market.data?.fee ?? null}
            errors={errors}
            warnings={warnings}
            disabled={save.isPending}
            onChange={(key, text) => {
              setSavedVersion(null);
              setServerErrors(({ [key]: _, ...rest }) => rest);
              setDraft({ base: draft?.base ?? stored.version, values: { ...values, [key]: text } });
            }}
          />
          {draft && stored.version > draft.base ? (
            <p className="text-sm text-warning" data-testid="rule-stale">
              Version {stored.version} was saved since you started editing: saving shows you the difference first.
            </p>
          ) : null}
          {errors.settings ? (
            <p className="text-danger text-sm" role="alert">
              {errors.settings.join(" ")}
            </p>
          ) : null}
          {conflict ? (
            <RuleConflict
              current={conflict}
              mine={mine}
              busy={save.isPending}
              onReapply={() => mine && save.mutate({ version: conflict.version, settings: mine })}
              onDiscard={discard}
            />
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="submit"
              className={ACTION_BUTTON}
              disabled={!mine || save.isPending || (stored.version > 0 && changes.length === 0)}
              data-testid="rule-save"
            >
              {save.isPending ? "Saving…" : stored.version === 0 ? "Save" : "Save as new version"}
            </button>
            {draft ? (
              <button type="button" className={SECONDARY_BUTTON} onClick={discard} data-testid="rule-discard">
                Discard changes
              </button>
            ) : null}
            <p className="text-muted text-sm" role="status" data-testid="rule-status">
              {savedVersion !== null
                ? `Saved as version ${savedVersion}.`
                : !mine
                  ? "Fix the marked fields to save."
                  : draft && changes.length > 0
                    ? `${changes.length} unsaved ${changes.length === 1 ? "change" : "changes"}, kept in this tab until you save.`
                    : ""}
            </p>
          </div>
          {save.error ? (
            <p className="text-danger text-sm" role="alert" data-testid="rule-save-error">
              {save.error.message}
            </p>
          ) : null}
        </form>
      </Card>
      <RuleTransfer
        prover={prover}
        hasStored={stored.version > 0}
        onSaved={(version) => {
          discard();
          setSavedVersion(version);
        }}
      />
      <AuditLog prover={prover} />
    </div>
  );
}
