import type { Metadata } from "next";
import { headers } from "next/headers";
import { type Address, getAddress, isAddress } from "viem";
import type { YieldBasisProps } from "@/components/prover-console/connected-console";
import { ConsoleHistoryPanels } from "@/components/prover-console/console-history";
import { ConsoleTabs } from "@/components/prover-console/console-tabs";
import { LazyProverConsole } from "@/components/prover-console/lazy-prover-console";
import type { SubmittersAdded } from "@/components/prover-console/submitters-card";
import { WatchConsole } from "@/components/prover-console/watch-console";
import { Alert } from "@/components/ui/alert";
import { serverPublicClient } from "@/lib/chain/public-client";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { rewardMix } from "@/lib/prover-console/history";
import { consoleModel } from "@/lib/prover-console/model";
import { type ConsoleHistory, readConsoleHistory } from "@/lib/prover-console/read-history";
import { readAccountRole, readProverConsole } from "@/lib/prover-console/reads";
import { accountFromCookie } from "@/lib/wallet/cookie-account";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Prover console" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Heading({ watching }: { watching: Address | null }) {
  return (
    <div>
      <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Prover console</h1>
      <p className="mt-1 text-muted text-sm">
        {watching
          ? "A prover's health, capacity, obligations, stakers and earnings, read-only."
          : "Your prover's health, capacity, obligations, stakers and earnings, and every action it can take."}
      </p>
    </div>
  );
}

/**
 * The stakers' gross yield over 30 days (none when the APY rule withholds it) and the last 90
 * days' reward mix, as plain data for the commission form in the browser.
 */
function yieldBasis({ detail, series }: ConsoleHistory): YieldBasisProps {
  const apy = detail.prover.apy30d;
  if ("withheld" in apy) return null;
  const mix = rewardMix(series.rewardsDaily);
  return {
    grossBps: apy.grossBps,
    mix: { market: mix.market.toString(), epoch: mix.epoch.toString(), other: mix.other.toString() },
  };
}

/** When each registered submitter was added, from the history the page shows below (the same fetch). */
function submittersAdded({ detail }: ConsoleHistory): SubmittersAdded {
  return {
    prover: detail.prover.address,
    entries: detail.submitters
      .filter((entry) => entry.active)
      .map((entry) => ({ submitter: entry.submitter, registeredAt: entry.registeredAt })),
  };
}

function History({ history }: { history: Awaited<ReturnType<typeof readConsoleHistory>> }) {
  if (history.status === "unavailable") {
    return (
      <Alert title="Earnings and history are unavailable." testId="history-unavailable">
        {history.reason} The live figures above come from the chain and are unaffected.
      </Alert>
    );
  }
  return <ConsoleHistoryPanels history={history.data} />;
}

async function Watch({ raw }: { raw: string }) {
  const runtime = readChainRuntimeConfig();
  const { contracts } = deploymentFor(runtime.network);
  if (!isAddress(raw, { strict: false })) {
    return (
      <Alert title="That is not an address." testId="watch-error">
        “{raw.slice(0, 60)}” is not an Ethereum address: give one as 0x followed by 40 hexadecimal characters.
      </Alert>
    );
  }
  const watched = getAddress(raw);
  const read = await readProverConsole(serverPublicClient(runtime), contracts, watched).catch(() => null);
  if (!read) {
    return (
      <Alert title="The chain did not answer." testId="watch-error">
        The prover's live state could not be read. Try again in a moment.
      </Alert>
    );
  }
  if (!read.reads) {
    return (
      <Alert title="Not a prover." testId="watch-error">
        {watched} is not a registered prover: it never joined, or it retired.
      </Alert>
    );
  }
  const history = await readConsoleHistory(read.reads.prover);
  return (
    <div className="space-y-6">
      <WatchConsole
        model={consoleModel(read.reads)}
        role={read.role}
        watched={watched}
        contracts={contracts}
        recentMinStakes={history.status === "ok" ? history.data.market.map((request) => request.minStake) : undefined}
      />
      <History history={history} />
    </div>
  );
}

export default async function ProverConsolePage({ searchParams }: Props) {
  const requested = (await searchParams).address;
  if (requested !== undefined) {
    const raw = Array.isArray(requested) ? (requested[0] ?? "") : requested;
    return (
      <div className="space-y-6">
        <Heading watching={isAddress(raw, { strict: false }) ? getAddress(raw) : null} />
        <Watch raw={raw} />
      </div>
    );
  }
  // The history beside the live console is the indexer's, for the prover of the cookie's account.
  const account = accountFromCookie((await headers()).get("cookie"));
  const runtime = readChainRuntimeConfig();
  const role = account
    ? await readAccountRole(serverPublicClient(runtime), deploymentFor(runtime.network).contracts, account).catch(
        () => null,
      )
    : null;
  const prover = role && role.kind !== "none" ? role.prover : null;
  const history = prover ? await readConsoleHistory(prover) : null;
  return (
    <div className="space-y-6">
      <Heading watching={null} />
      <ConsoleTabs active="console" />
      <LazyProverConsole
        serverAccount={account}
        recentMinStakes={
          history?.status === "ok" ? history.data.market.map((request) => request.minStake.toString()) : null
        }
        basis={history?.status === "ok" ? yieldBasis(history.data) : null}
        submittersAdded={history?.status === "ok" ? submittersAdded(history.data) : null}
      />
      {history ? <History history={history} /> : null}
    </div>
  );
}
