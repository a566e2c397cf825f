import Link from "next/link";
import type { Address } from "viem";

/** A link to the prover's page: its name (hostile text, rendered as text) or its address's ends, whole in the tooltip. */
export function ProverLink({ address, name }: { address: Address; name?: string }) {
  return (
    <Link href={`/provers/${address}`} className="font-mono text-accent text-xs hover:underline" title={address}>
      {name ? (
        <span className="font-sans">{name}</span>
      ) : (
        <>
          <span className="sr-only">Prover </span>
          {address.slice(0, 8)}…{address.slice(-4)}
        </>
      )}
    </Link>
  );
}
