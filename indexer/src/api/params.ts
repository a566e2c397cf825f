import { type Address, getAddress, isAddress } from "viem";
import { z } from "zod";
import { WINDOWS } from "../../../lib/indexer/schemas";

/** A request the API refuses: answered 400 with the message, in plain words. */
export class BadRequest extends Error {
  override name = "BadRequest";
}

export class NotFound extends Error {
  override name = "NotFound";
}

export const windowParam = z.enum(WINDOWS, { message: `window must be one of ${WINDOWS.join(", ")}` });

/** Parses a query or path object with a schema; a mismatch is a 400 naming the parameter. */
export function parseParams<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.join(".");
  const message = issue?.message ?? "invalid parameter";
  throw new BadRequest(name && !message.startsWith(name) ? `${name}: ${message}` : message);
}

/** A program's verification key, lower-cased as the indexer stores it. */
export const vkParam = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, { message: "vk must be a program's verification key: 0x and 64 hex digits" })
  .transform((vk) => vk.toLowerCase() as `0x${string}`);

export function parseAddress(value: string, what = "address"): Address {
  if (!isAddress(value, { strict: false })) throw new BadRequest(`${what} "${value.slice(0, 60)}" is not an address`);
  return getAddress(value);
}
