import Link from "next/link";
import type { Address } from "viem";

/** In place of a write: only the prover's own wallet can do this, from its console. */
export function ConnectAsProver({ prover, action }: { prover: Address; action: string }) {
  return (
    <p className="text-muted text-sm" data-testid="connect-as-prover">
      <Link href="/prover" className="font-medium text-accent hover:underline">
        Connect as this prover
      </Link>{" "}
      ({prover.slice(0, 6)}…{prover.slice(-4)}) to {action}.
    </p>
  );
}
