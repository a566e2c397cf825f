"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { TEXT_FIELD } from "../ui/styles";
import { ByteCount } from "./byte-count";

/** A profile text field with its byte count against the contract's cap, and its error in words. */
export function ProfileField({
  id,
  label,
  value,
  onChange,
  bytes,
  max,
  error,
  testId,
  className = "",
  ...input
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  bytes: number;
  max: number;
  error: string | undefined;
  /** Prefix of the count's and the error's test ids: `profile-name` → `profile-name-bytes`, `profile-name-error`. */
  testId: string;
  className?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "name" | "inputMode" | "placeholder">) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="font-medium text-ink text-sm">
          {label}
        </label>
        <ByteCount id={`${id}-count`} bytes={bytes} max={max} testId={`${testId}-bytes`} />
      </div>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        className={`${TEXT_FIELD} ${className}`}
      />
      {error ? (
        <p id={`${id}-error`} className="text-danger text-sm" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
