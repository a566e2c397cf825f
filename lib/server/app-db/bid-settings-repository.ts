import { type Address, getAddress } from "viem";
import { type BidSettings, bidSettingsSchema } from "@/lib/bid-settings/schema";
import type { AppDatabase, SqlSession } from "./database";

export type StoredBidSettings = { settings: BidSettings; version: number; updatedBy: Address; updatedAt: Date };

/** A save either made `version`, or named a stale version and gets what is stored now instead. */
export type SaveResult = { ok: true; version: number } | { ok: false; current: StoredBidSettings | null };

export type AuditEntry = {
  version: number;
  before: BidSettings | null;
  after: BidSettings;
  signer: Address;
  changedAt: Date;
};

type SettingsRow = { settings: unknown; version: number; updated_by: string; updated_at: Date };
type AuditRow = { version: number; before: unknown; after: unknown; signer: string; changed_at: Date };

/** Addresses are stored in lower case: one spelling per key. */
const key = (address: string) => getAddress(address).toLowerCase();

const stored = (row: SettingsRow): StoredBidSettings => ({
  settings: bidSettingsSchema.parse(row.settings),
  version: row.version,
  updatedBy: getAddress(row.updated_by),
  updatedAt: row.updated_at,
});

async function lockedRow(tx: SqlSession, chainId: number, prover: string): Promise<SettingsRow | undefined> {
  const rows = await tx.query<SettingsRow>(
    `SELECT settings, version, updated_by, updated_at FROM app.bid_settings
     WHERE chain_id = $1 AND prover = $2 FOR UPDATE`,
    [chainId, prover],
  );
  return rows[0];
}

/** Bid settings per (chain, prover), versioned, with every change in an append-only audit log. */
export function bidSettingsRepository(db: AppDatabase) {
  async function read(chainId: number, prover: Address): Promise<StoredBidSettings | null> {
    const rows = await db.query<SettingsRow>(
      "SELECT settings, version, updated_by, updated_at FROM app.bid_settings WHERE chain_id = $1 AND prover = $2",
      [chainId, key(prover)],
    );
    return rows[0] ? stored(rows[0]) : null;
  }

  /**
   * Stores `settings` as the version after `expectedVersion` (0: none stored yet). The row is
   * locked before its version is compared, so of any number of saves naming one version exactly
   * one succeeds; the others get the values it stored.
   */
  async function save(
    chainId: number,
    prover: Address,
    expectedVersion: number,
    settings: BidSettings,
    signer: Address,
  ): Promise<SaveResult> {
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
      throw new RangeError(`A save names the version it edits (0 for none yet), not ${expectedVersion}.`);
    }
    const after = JSON.stringify(bidSettingsSchema.parse(settings));
    const [who, by] = [key(prover), key(signer)];
    const saved = await db.transaction(async (tx): Promise<SaveResult | "lost-insert"> => {
      let before: unknown = null;
      if (expectedVersion === 0) {
        const inserted = await tx.query(
          `INSERT INTO app.bid_settings (chain_id, prover, settings, version, updated_by)
           VALUES ($1, $2, $3, 1, $4) ON CONFLICT (chain_id, prover) DO NOTHING RETURNING version`,
          [chainId, who, after, by],
        );
        if (inserted.length === 0) return "lost-insert";
      } else {
        const row = await lockedRow(tx, chainId, who);
        if (row?.version !== expectedVersion) return { ok: false, current: row ? stored(row) : null };
        before = row.settings;
        await tx.query(
          `UPDATE app.bid_settings SET settings = $3, version = version + 1, updated_by = $4, updated_at = now()
           WHERE chain_id = $1 AND prover = $2`,
          [chainId, who, after, by],
        );
      }
      const version = expectedVersion + 1;
      await tx.query(
        `INSERT INTO app.bid_settings_audit (chain_id, prover, version, before, after, signer)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [chainId, who, version, before === null ? null : JSON.stringify(before), after, by],
      );
      return { ok: true, version };
    });
    // ON CONFLICT waited for the other insert to commit, so it is there to read now.
    return saved === "lost-insert" ? { ok: false, current: await read(chainId, prover) } : saved;
  }

  async function audit(chainId: number, prover: Address): Promise<AuditEntry[]> {
    const rows = await db.query<AuditRow>(
      `SELECT version, before, after, signer, changed_at FROM app.bid_settings_audit
       WHERE chain_id = $1 AND prover = $2 ORDER BY version`,
      [chainId, key(prover)],
    );
    return rows.map((row) => ({
      version: row.version,
      before: row.before === null ? null : bidSettingsSchema.parse(row.before),
      after: bidSettingsSchema.parse(row.after),
      signer: getAddress(row.signer),
      changedAt: row.changed_at,
    }));
  }

  return { read, save, audit };
}

export type BidSettingsRepository = ReturnType<typeof bidSettingsRepository>;
