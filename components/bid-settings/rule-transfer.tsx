"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { ApiRequestError, bidSettingsApi, type ImportResult } from "@/lib/bid-settings/api-client";
import type { FieldErrors } from "@/lib/bid-settings/validate";
import { Card } from "../ui/card";
import { ACTION_BUTTON, SECONDARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { SettingsChanges } from "./settings-changes";

const LINK_BUTTON = `${SECONDARY_BUTTON} inline-block`;

/** Every sentence of a refused import, field by field. */
const errorLines = (errors: FieldErrors | undefined) => Object.values(errors ?? {}).flat();

/**
 * The rule out as the bidder's TOML (the `[rule]` snippet or a whole config.toml), and a
 * config.toml in: parsed and checked by the server, shown as a diff, saved only when asked.
 */
export function RuleTransfer({
  prover,
  hasStored,
  onSaved,
}: {
  prover: Address;
  hasStored: boolean;
  onSaved: (version: number) => void;
}) {
  const [text, setText] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);

  const copy = useMutation({
    mutationFn: async () => navigator.clipboard.writeText(await bidSettingsApi.exportText(prover, "rule")),
    onSuccess: () => setCopied("The [rule] table is on your clipboard."),
  });
  const parse = useMutation({
    mutationFn: (toml: string) => bidSettingsApi.importToml(prover, toml),
    onSuccess: setPreview,
  });
  const save = useMutation({
    mutationFn: (result: ImportResult) => bidSettingsApi.save(prover, result.current.version, result.settings),
    onSuccess: (outcome) => {
      if (outcome.kind !== "saved") return;
      setPreview(null);
      setText("");
      onSaved(outcome.version);
    },
  });
  const saveProblem =
    save.data?.kind === "conflict"
      ? "The settings changed while you looked at the import: read the file in again to compare it with what is stored now."
      : save.data?.kind === "invalid"
        ? errorLines(save.data.errors).join(" ")
        : (save.error?.message ?? null);

  return (
    <Card
      title="Export and import"
      description="Your bidder reads these settings from its config.toml. Nothing secret passes through the dashboard."
    >
      <div className="space-y-6">
        <div className="flex flex-wrap gap-3" data-testid="rule-export">
          {hasStored ? (
            <>
              {(["rule", "config"] as const).map((format) => (
                <a
                  key={format}
                  className={LINK_BUTTON}
                  href={bidSettingsApi.exportUrl(prover, format)}
                  download={`${format}.toml`}
                  data-testid={`export-${format}`}
                >
                  Download {format}.toml
                </a>
              ))}
              <button type="button" className={SECONDARY_BUTTON} onClick={() => copy.mutate()} data-testid="copy-rule">
                Copy the [rule] table
              </button>
            </>
          ) : (
            <p className="text-muted text-sm">Save the settings once to export them.</p>
          )}
        </div>
        {copied || copy.error ? (
          <p className={`text-sm ${copy.error ? "text-danger" : "text-muted"}`} role="status">
            {copy.error ? `Could not copy: ${copy.error.message}` : copied}
          </p>
        ) : null}

        <form
          className="space-y-3"
          data-testid="rule-import"
          onSubmit={(event) => {
            event.preventDefault();
            parse.mutate(text);
          }}
        >
          <label htmlFor="rule-import-text" className="block font-medium text-ink text-sm">
            Import a config.toml
          </label>
          <textarea
            id="rule-import-text"
            className={`${TEXT_FIELD} font-mono`}
            rows={6}
            wrap="off"
            spellCheck={false}
            placeholder={'[rule]\nmax_fee = "100000000000000000000"\n…'}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPreview(null);
            }}
            data-testid="import-text"
          />
          <div className="flex flex-wrap items-center gap-3">
            <label className={`${SECONDARY_BUTTON} cursor-pointer`}>
              Choose a file…
              <input
                type="file"
                accept=".toml,text/plain"
                className="sr-only"
                data-testid="import-file"
                onChange={async (event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (!file) return;
                  const content = await file.text();
                  setText(content);
                  parse.mutate(content);
                }}
              />
            </label>
            <button
              type="submit"
              className={ACTION_BUTTON}
              disabled={text.trim() === "" || parse.isPending}
              data-testid="import-read"
            >
              {parse.isPending ? "Reading…" : "Compare with what is stored"}
            </button>
          </div>
          <p className="text-muted text-xs">
            Only the [rule] table is read. Keys, passphrases and everything else in the file are ignored and never
            stored.
          </p>
          {parse.error ? (
            <div className="text-danger text-sm" role="alert" data-testid="import-error">
              <p>{parse.error.message}</p>
              {parse.error instanceof ApiRequestError ? (
                <ul className="list-disc pl-5">
                  {errorLines(parse.error.errors).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </form>

        {preview ? (
          <div className="space-y-3 rounded-xl border border-line p-4" data-testid="import-preview">
            <p className="font-medium text-ink text-sm">
              {preview.current.version === 0
                ? "Nothing is stored yet: these values would be version 1."
                : `Against version ${preview.current.version}, stored now:`}
            </p>
            <SettingsChanges changes={preview.changes} beforeLabel="Stored" afterLabel="File" testId="import-changes" />
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                className={ACTION_BUTTON}
                disabled={save.isPending || preview.changes.length === 0}
                onClick={() => save.mutate(preview)}
                data-testid="import-save"
              >
                {save.isPending ? "Saving…" : "Save as new version"}
              </button>
              <button
                type="button"
                className={SECONDARY_BUTTON}
                onClick={() => setPreview(null)}
                data-testid="import-cancel"
              >
                Cancel
              </button>
            </div>
            {saveProblem ? (
              <p className="text-danger text-sm" role="alert">
                {saveProblem}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
