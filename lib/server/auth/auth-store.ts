import { randomBytes } from "node:crypto";
import { type Address, getAddress } from "viem";
import type { AppDatabase } from "../app-db/database";

/** How long a nonce may wait for its signed message. */
export const NONCE_LIFETIME_MS = 10 * 60 * 1000;
/** How long a session lasts after sign-in. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export type Session = { id: string; address: Address; chainId: number; expiresAt: Date };

/**
 * 128 random bits from the OS's CSPRNG as hex: EIP-4361 wants at least 8 alphanumerics. (viem's
 * generateSiweNonce draws from Math.random, which is predictable.)
 */
export function newNonce(): string {
  return randomBytes(16).toString("hex");
}

/** Nonces and sessions, kept in the app's store so they hold across processes and restarts. */
export function authStore(db: AppDatabase) {
  async function issueNonce(now: Date): Promise<{ nonce: string; expiresAt: Date }> {
    const nonce = newNonce();
    const expiresAt = new Date(now.getTime() + NONCE_LIFETIME_MS);
    await db.query("DELETE FROM app.auth_nonces WHERE expires_at <= $1", [now]);
    await db.query("INSERT INTO app.auth_nonces (nonce, expires_at) VALUES ($1, $2)", [nonce, expiresAt]);
    return { nonce, expiresAt };
  }

  /** True for exactly one caller per issued, unexpired nonce: the delete is the check. */
  async function consumeNonce(nonce: string, now: Date): Promise<boolean> {
    const rows = await db.query("DELETE FROM app.auth_nonces WHERE nonce = $1 AND expires_at > $2 RETURNING nonce", [
      nonce,
      now,
    ]);
    return rows.length === 1;
  }

  async function startSession(address: Address, chainId: number, now: Date): Promise<Session> {
    const id = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await db.query("DELETE FROM app.sessions WHERE expires_at <= $1", [now]);
    await db.query("INSERT INTO app.sessions (id, address, chain_id, expires_at) VALUES ($1, $2, $3, $4)", [
      id,
      address.toLowerCase(),
      chainId,
      expiresAt,
    ]);
    return { id, address: getAddress(address), chainId, expiresAt };
  }

  async function readSession(id: string, now: Date): Promise<Session | null> {
    const rows = await db.query<{ address: string; chain_id: string | number; expires_at: Date }>(
      "SELECT address, chain_id, expires_at FROM app.sessions WHERE id = $1 AND expires_at > $2",
      [id, now],
    );
    const row = rows[0];
    return row
      ? { id, address: getAddress(row.address), chainId: Number(row.chain_id), expiresAt: row.expires_at }
      : null;
  }

  async function endSession(id: string): Promise<void> {
    await db.query("DELETE FROM app.sessions WHERE id = $1", [id]);
  }

  return { issueNonce, consumeNonce, startSession, readSession, endSession };
}
