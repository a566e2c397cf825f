import Link from "next/link";
import type { Address } from "viem";
import { proverStateName } from "@/lib/provers/state";

/** Above the profile editor: the account is a prover, and where its other pages are. */
export function ProverLinks({ account, state }: { account: Address; state: number }) {
  return (
    <div
      className="flex flex-wrap items-baseline gap-x-6 gap-y-2 border-line border-t pt-4 text-sm"
      data-testid="prover-links"
    >
      <p className="font-semibold text-ink">This account is a prover ({proverStateName(state)}).</p>
      <Link href="/prover" className="text-accent hover:underline">
        Open your prover console
      </Link>
      <Link href={`/provers/${account}`} className="text-accent hover:underline">
        See your public page
      </Link>
    </div>
  );
}
