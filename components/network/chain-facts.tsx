import type { IndexedHead } from "@/lib/chain/indexed-head";
import type { NetworkSnapshot } from "@/lib/chain/network-snapshot";
import { formatAbsolute } from "@/lib/format/time";
import { Alert } from "../ui/alert";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

/**
 * The live facts read from chain for this request, or why they are missing. With the chain
 * down, the indexer's last block stands in (`indexed`); the page says those figures may lag.
 */
export function ChainFacts({
  snapshot,
  networkName,
  indexed = null,
}: {
  snapshot: NetworkSnapshot;
  networkName: string;
  indexed?: IndexedHead | null;
}) {
  if (snapshot.status === "unreachable" && indexed) {
    return (
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat
          label="Latest indexed block"
          value={<span data-testid="block-number">{indexed.blockNumber.toString()}</span>}
          hint={`Mined ${formatAbsolute(Number(indexed.blockTimestamp))}`}
        />
        <Stat label="BREV total supply" value="—" hint="Needs the chain, which does not answer" />
        <Stat label="Network" value={networkName} hint="Chain unreachable" testId="chain-id" />
      </dl>
    );
  }
  if (snapshot.status === "unreachable") {
    return (
      <Alert title="The chain is unreachable." testId="chain-down">
        The chain's RPC does not answer, so live numbers are unavailable. Start the devnet with{" "}
        <code className="font-mono">npm start</code> or check RPC_URL.
      </Alert>
    );
  }
  if (snapshot.status === "not-deployed") {
    return (
      <Alert title="Our contracts are not on this chain." testId="chain-down">
        There is no BREV token at <code className="font-mono">{snapshot.token}</code>. The devnet may have been
        replaced: run <code className="font-mono">npm run reset && npm start</code>.
      </Alert>
    );
  }
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
      <Stat
        label="Latest block"
        value={<span data-testid="block-number">{snapshot.blockNumber.toString()}</span>}
        hint={`Mined ${formatAbsolute(Number(snapshot.blockTimestamp))}`}
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
