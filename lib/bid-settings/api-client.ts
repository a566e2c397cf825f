import type { Address } from "viem";
import type { BidSettingsChange } from "./diff";
import type { BidSettings } from "./schema";
import type { FieldErrors } from "./validate";

/** What the API stores for a prover; version 0 and no settings while nothing is saved. */
export type StoredRule = {
  version: number;
  settings: BidSettings | null;
  updatedBy: Address | null;
  updatedAt: string | null;
};
export type SessionInfo = { address: Address; expiresAt: string };
export type AuditRecord = {
  version: number;
  before: BidSettings | null;
  after: BidSettings;
  signer: Address;
  changedAt: string;
};
export type ImportResult = { settings: BidSettings; current: StoredRule; changes: BidSettingsChange[] };
export type SaveOutcome =
  | { kind: "saved"; version: number }
  | { kind: "conflict"; current: StoredRule | null }
  | { kind: "invalid"; errors: FieldErrors };

/** A refusal from the API, with its status and the sentence it gave (and per-field errors, if any). */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldErrors,
  ) {
    super(message);
  }
}

type ErrorBody = { error?: string; errors?: FieldErrors; current?: StoredRule | null };

async function body<T>(response: Response): Promise<T & ErrorBody> {
  return (await response.json().catch(() => ({}))) as T & ErrorBody;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "same-origin", cache: "no-store", ...init });
  const data = await body<T>(response);
  if (!response.ok) {
    throw new ApiRequestError(
      response.status,
      data.error ?? `The dashboard's server answered ${response.status}: try again.`,
      data.errors,
    );
  }
  return data;
}

const json = (method: string, payload: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(payload),
});

const settingsPath = (prover: Address) => `/api/bid-settings/${prover}`;

/** The dashboard's sign-in and bid settings endpoints, as the browser calls them (same origin, its cookie). */
export const bidSettingsApi = {
  nonce: () => call<{ nonce: string; expiresAt: string }>("/api/auth/nonce"),
  verify: (message: string, signature: string) =>
    call<SessionInfo>("/api/auth/verify", json("POST", { message, signature })),
  /** The session, or null when there is none (401). */
  async session(): Promise<SessionInfo | null> {
    try {
      return await call<SessionInfo>("/api/auth/session");
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) return null;
      throw error;
    }
  },
  signOut: () => call<{ signedOut: true }>("/api/auth/signout", { method: "POST" }),
  read: (prover: Address) => call<StoredRule>(settingsPath(prover)),
  audit: (prover: Address) => call<{ entries: AuditRecord[] }>(`${settingsPath(prover)}/audit`),
  importToml: (prover: Address, text: string) =>
    call<ImportResult>(`${settingsPath(prover)}/import`, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: text,
    }),
  exportUrl: (prover: Address, format: "rule" | "config") => `${settingsPath(prover)}/export?format=${format}`,
  async exportText(prover: Address, format: "rule" | "config"): Promise<string> {
    const response = await fetch(bidSettingsApi.exportUrl(prover, format), { credentials: "same-origin" });
    if (!response.ok) {
      throw new ApiRequestError(response.status, (await body(response)).error ?? "The export failed: try again.");
    }
    return response.text();
  },
  /** A save names the version it edits: a stale one comes back as a conflict with what is stored now. */
  async save(prover: Address, version: number, settings: unknown): Promise<SaveOutcome> {
    const response = await fetch(settingsPath(prover), {
      credentials: "same-origin",
      ...json("PUT", { version, settings }),
    });
    const data = await body<{ version: number }>(response);
    if (response.ok) return { kind: "saved", version: data.version };
    if (response.status === 409) return { kind: "conflict", current: data.current ?? null };
    if (response.status === 400 && data.errors) return { kind: "invalid", errors: data.errors };
    throw new ApiRequestError(response.status, data.error ?? `The save failed (${response.status}): try again.`);
  },
};
