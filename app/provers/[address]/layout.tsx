import type { ReactNode } from "react";
import { parseAddressParam } from "@/lib/provers/address-param";
import { requireKnownProver } from "@/lib/provers/known-prover";

/**
 * Checks the address before the page's loading skeleton streams: a URL that is no address, or
 * no prover's, must answer 404, and once the skeleton is sent the status is already 200.
 */
export default async function ProverLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ address: string }>;
}) {
  await requireKnownProver(parseAddressParam((await params).address));
  return children;
}
