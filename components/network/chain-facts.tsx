import type { NetworkSnapshot } from "@/lib/chain/network-snapshot";
import { Alert } from "../ui/alert";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

function formatBlockTime(timestamp: bigint): string {
  return new Date(Number(timestamp) * 1000)
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, " UTC");
}

/** The live facts read from chain for this request, or why they are missing. */
export function ChainFacts({ snapshot, networkName }: { snapshot: NetworkSnapshot; networkName: string }) {
  if (snapshot.status === "unreachable") {
    return (
      <div
        role="alert"
        className="rounded-2xl border border-danger/40 bg-danger/5 p-5 text-ink"
        data-testid="chain-down"
      >
        <p className="font-semibold">The chain is unreachable.</p>
        <p className="mt-1 text-muted text-sm">
          No answer from the RPC at <code className="font-mono">{snapshot.rpcUrl}</code>, so live numbers are
          unavailable. Start the devnet with <code className="font-mono">npm start</code> or check RPC_URL.
        </p>
      </div>
    );
  }
  if (snapshot.status === "not-deployed") {
    return (
      <div
        role="alert"
        className="rounded-2xl border border-danger/40 bg-danger/5 p-5 text-ink"
        data-testid="chain-down"
      >
        <p className="font-semibold">Our contracts are not on this chain.</p>
        <p className="mt-1 text-muted text-sm">
          There is no BREV token at <code className="font-mono">{snapshot.token}</code>. The devnet may have been
          replaced: run <code className="font-mono">npm run reset && npm start</code>.
        </p>
      </div>
    );
  }
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
      <Stat
        label="Latest block"
        value={<span data-testid="block-number">{snapshot.blockNumber.toString()}</span>}
        hint={`Mined ${formatBlockTime(snapshot.blockTimestamp)}`}
      />
      <Stat
        label="BREV total supply"
        value={<Amount wei={snapshot.brevTotalSupply} compact testId="brev-total-supply" />}
        hint="Every BREV minted on this chain"
      />
      <Stat label="Network" value={networkName} hint={`Chain id ${snapshot.chainId}`} testId="chain-id" />
    </dl>
  );
}
