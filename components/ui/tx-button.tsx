"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { PRIMARY_BUTTON } from "./styles";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children"> & {
  /** The write's `busy` from the transaction helper: the button is disabled and says so while a write is in flight. */
  busy: boolean;
  /** What the button says while busy. */
  busyLabel?: string;
  type?: "submit" | "button";
  children: ReactNode;
};

/**
 * The button that starts a write. Disabled while the transaction helper is busy, so a double click
 * cannot start a second write from the page (the helper also ignores a send while one is in flight).
 */
export function TxButton({
  busy,
  busyLabel = "Sending…",
  type = "submit",
  className = PRIMARY_BUTTON,
  disabled,
  children,
  ...rest
}: Props) {
  return (
    <button {...rest} type={type} className={className} disabled={busy || disabled} aria-busy={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}
