import Link from "next/link";
import type { Address } from "viem";

/** A prover by its name (text from chain, shown as text), linking to its page; the address when unnamed. */
export function ProverLink({ address, name }: { address: Address; name: string }) {
  return (
    <Link href={`/provers/${address}`} className="break-words text-accent underline" title={address}>
      {name || `Unnamed ${address.slice(0, 6)}…${address.slice(-4)}`}
    </Link>
  );
}
