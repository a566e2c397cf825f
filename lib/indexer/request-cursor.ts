import { z } from "zod";

/** Where a page of requests ends, in their order (creation time, then id, both descending). */
export type RequestCursor = { createdAt: bigint; reqid: `0x${string}` };

export function encodeRequestCursor(cursor: RequestCursor): string {
  return `${cursor.createdAt}.${cursor.reqid.toLowerCase()}`;
}

/** A cursor's shape: `<createdAt>.<reqid>`. */
export const REQUEST_CURSOR = /^\d{1,20}\.0x[0-9a-fA-F]{64}$/;

/** `cursor` as `/v1/requests` takes it back: the `nextCursor` of the page before, refused in words otherwise. */
export const requestCursorParam = z
  .string()
  .regex(REQUEST_CURSOR, { message: "cursor must be the nextCursor of the page before" })
  .transform((value): RequestCursor => {
    const [createdAt, reqid] = value.split(".");
    return { createdAt: BigInt(createdAt ?? "0"), reqid: (reqid ?? "0x").toLowerCase() as `0x${string}` };
  });
