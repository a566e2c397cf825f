import { BadRequest } from "./params";

/** Where a keyset page ends: the last row's block, log index and id (ties broken by id). */
export type Cursor = { blockNumber: bigint; logIndex: number; id: string };

const SHAPE = /^(\d{1,20})\.(\d{1,9})\.([0-9A-Za-z_-]{1,120})$/;

/** Opaque to clients: they pass back what a page gave them. */
export function encodeCursor(row: Cursor): string {
  return Buffer.from(`${row.blockNumber}.${row.logIndex}.${row.id}`).toString("base64url");
}

export function decodeCursor(value: string, what = "before"): Cursor {
  const match = /^[A-Za-z0-9_-]{1,200}$/.test(value) ? SHAPE.exec(Buffer.from(value, "base64url").toString()) : null;
  if (!match) throw new BadRequest(`${what} is not a cursor this API gave: pass back a page's nextCursor unchanged.`);
  return { blockNumber: BigInt(match[1] as string), logIndex: Number(match[2]), id: match[3] as string };
}
