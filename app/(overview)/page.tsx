import { headers } from "next/headers";
import { OverviewHeading } from "@/components/layout/page-headings";
import { ChainFacts } from "@/components/network/chain-facts";
import { ContractList } from "@/components/network/contract-list";
import { NetworkHistory } from "@/components/network/network-history";
import { NetworkTrends } from "@/components/network/network-trends";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { LazyWalletPanel } from "@/components/wallet/lazy-wallet-islands";
import { WalletGate } from "@/components/wallet/wallet-gate";
import { WalletPanelIdle } from "@/components/wallet/wallet-skeletons";
import { readIndexedHead } from "@/lib/chain/indexed-head";
import { readNetworkSnapshot } from "@/lib/chain/network-snapshot";
import { NETWORKS } from "@/lib/chain/networks";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { readHistory } from "@/lib/indexer/read-history";
import { accountFromCookie } from "@/lib/wallet/cookie-account";

// Every request reads the chain as it is now.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const runtime = readChainRuntimeConfig();
  const deployment = deploymentFor(runtime.network);
  const restoreWallet = accountFromCookie((await headers()).get("cookie")) !== null;
  const [snapshot, history] = await Promise.all([
    readNetworkSnapshot(runtime, deployment),
    readHistory((indexer) => Promise.all([indexer.network(), indexer.epochs({ limit: 1 })])),
  ]);
  const chainDown = snapshot.status === "unreachable";
  const indexed = chainDown ? await readIndexedHead() : null;
  return (
    <div className="space-y-8">
      <OverviewHeading networkName={NETWORKS[runtime.network].name} />
      {chainDown && indexed ? <StaleDataNotice head={indexed} /> : null}
      <ChainFacts snapshot={snapshot} networkName={NETWORKS[runtime.network].name} indexed={indexed} />
      <NetworkHistory
        history={history.status === "ok" ? { status: "ok", data: history.data[0] } : history}
        staking={snapshot.status === "live" ? snapshot.staking : null}
      />
      {history.status === "ok" ? <NetworkTrends network={history.data[0]} epochs={history.data[1]} /> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <WalletGate restore={restoreWallet} idle={<WalletPanelIdle />}>
          <LazyWalletPanel />
        </WalletGate>
        <ContractList contracts={deployment.contracts} />
      </div>
    </div>
  );
}
