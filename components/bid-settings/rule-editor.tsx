"use client";

import { bidFee } from "@/lib/bid-settings/bid-fee";
import type { RuleDraftValues } from "@/lib/bid-settings/rule-draft";
import { RULE_KEYS, RULE_LABELS, type RuleKey } from "@/lib/bid-settings/schema";
import type { FieldErrors } from "@/lib/bid-settings/validate";
import type { BidSettingsWarning } from "@/lib/bid-settings/warnings";
import { formatCountdown } from "@/lib/format/time";
import { formatTokenFull } from "@/lib/format/token";
import { TEXT_FIELD } from "../ui/styles";

type FeeToken = { decimals: number; symbol: string };

/** The proof size the gas price hint quotes a bid for. */
const HINT_CYCLES = 1_000_000_000n;

/** What a valid value means in words, for the person reading the field. */
function hint(key: RuleKey, text: string, valid: boolean, feeToken: FeeToken | null): string {
  // Until the fee token's units are read, amounts stay in wei.
  const token = (wei: bigint) => (feeToken ? formatTokenFull(wei, feeToken) : `${wei} wei`);
  switch (key) {
    case "max_fee":
      return valid
        ? `Wei. The bidder skips requests whose fee would be above ${token(BigInt(text))}.`
        : "Wei, as a plain whole number: the largest fee the bidder bids.";
    case "prover_gas_price":
      return valid
        ? `Wei per 10¹² cycles. A proof of ${HINT_CYCLES.toLocaleString("en-US")} cycles bids ${token(bidFee(HINT_CYCLES, BigInt(text)))}.`
        : "Wei per 10¹² cycles, as a plain whole number.";
    case "max_input_size":
      return text === "0" ? "Bytes. 0: no limit." : "Bytes, for inputs given by URL; 0 means no limit.";
    case "prove_min_duration":
      return valid
        ? `Seconds (${formatCountdown(Number(text))}) the bidder wants left after bidding and reveal, or it skips the request.`
        : "Seconds the bidder wants left to prove after bidding and reveal.";
    case "vk_whitelist":
      return "One 32-byte verifying-key hash per line (0x optional). Empty: bid for every program.";
    case "vk_blacklist":
      return "One hash per line: never bid for these programs, even when whitelisted.";
  }
}

const isList = (key: RuleKey) => key === "vk_whitelist" || key === "vk_blacklist";

/** The six `[rule]` values as text fields, each with its meaning, its errors and its warnings. */
export function RuleEditor({
  values,
  onChange,
  errors,
  warnings,
  feeToken,
  disabled,
}: {
  values: RuleDraftValues;
  onChange: (key: RuleKey, text: string) => void;
  errors: FieldErrors;
  warnings: readonly BidSettingsWarning[];
  /** The market's fee token (bids are in it), or null while it is read. */
  feeToken: FeeToken | null;
  disabled: boolean;
}) {
  return (
    <div className="grid gap-5 md:grid-cols-2">
      {RULE_KEYS.map((key) => {
        const id = `rule-${key}`;
        const fieldErrors = errors[key] ?? [];
        const fieldWarnings = warnings.filter((warning) => warning.field === key);
        const described = [
          `${id}-hint`,
          fieldErrors.length ? `${id}-error` : "",
          fieldWarnings.length ? `${id}-warning` : "",
        ]
          .filter(Boolean)
          .join(" ");
        const common = {
          id,
          value: values[key],
          disabled,
          spellCheck: false,
          autoComplete: "off",
          "aria-invalid": fieldErrors.length > 0,
          "aria-describedby": described,
          "data-testid": id,
          className: `${TEXT_FIELD} font-mono ${fieldErrors.length ? "border-danger" : ""}`,
        } as const;
        return (
          <div key={key} className="min-w-0 space-y-1.5">
            <label htmlFor={id} className="flex items-baseline justify-between gap-2 font-medium text-ink text-sm">
              {RULE_LABELS[key]}
              <code className="font-normal text-muted text-xs">{key}</code>
            </label>
            {isList(key) ? (
              <textarea {...common} rows={3} wrap="off" onChange={(event) => onChange(key, event.target.value)} />
            ) : (
              <input {...common} inputMode="numeric" onChange={(event) => onChange(key, event.target.value)} />
            )}
            <p id={`${id}-hint`} className="text-muted text-xs">
              {hint(key, values[key], fieldErrors.length === 0 && values[key] !== "", feeToken)}
            </p>
            {fieldErrors.length ? (
              <ul id={`${id}-error`} className="space-y-0.5 text-danger text-xs" data-testid={`${id}-error`}>
                {fieldErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
            {fieldWarnings.length ? (
              <ul id={`${id}-warning`} className="space-y-0.5 text-warning text-xs" data-testid={`${id}-warning`}>
                {fieldWarnings.map((warning) => (
                  <li key={warning.message}>{warning.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
