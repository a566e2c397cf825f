import { notFound } from "next/navigation";
import { type Address, getAddress, isAddress } from "viem";

/** A prover address from the URL; anything else is a 404 page, not a crash. */
export function parseAddressParam(value: string): Address {
  const decoded = decodeURIComponent(value);
  if (!isAddress(decoded, { strict: false })) notFound();
  return getAddress(decoded);
}
