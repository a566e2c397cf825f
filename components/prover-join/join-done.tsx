import Link from "next/link";
import type { Address } from "viem";
import { proverStateName } from "@/lib/provers/state";
import { AddressText } from "../ui/address-text";

/** The account is a prover with a profile: where to go from here. */
export function JoinDone({ account, vault, state }: { account: Address; vault: Address; state: number }) {
  return (
    <div className="space-y-3" data-testid="join-done">
      <p className="font-semibold text-ink">This account is a prover ({proverStateName(state)}).</p>
      <p className="text-muted text-sm">
        Vault <AddressText address={vault} testId="join-vault" />
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <li>
          <Link href="/prover" className="text-accent hover:underline">
            Open your prover console
          </Link>
        </li>
        <li>
          <Link href={`/provers/${account}`} className="text-accent hover:underline">
            See your public page
          </Link>
        </li>
        <li>
          <Link href="/prover/join?step=profile" className="text-accent hover:underline">
            Edit your profile
          </Link>
        </li>
      </ul>
    </div>
  );
}
