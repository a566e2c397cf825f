"use client";

import { useAccount } from "wagmi";
import { consoleModel } from "@/lib/prover-console/model";
import type { ConsoleRead } from "@/lib/prover-console/reads";
import { Card } from "../ui/card";
import { ToastProvider } from "../ui/toast";
import { useRuntime } from "../wallet/use-runtime";
import { useServerFollowsAccount } from "../wallet/use-server-follows-account";
import { WriteGuard } from "../wallet/write-guard";
import { ConsoleSkeleton } from "./console-skeleton";
import { ConsoleView } from "./console-view";
import { Onboarding } from "./onboarding";
import { useProverConsole } from "./use-prover-console";

type Props = {
  /** The account the server rendered the history for (from wagmi's cookie), or null. */
  serverAccount: `0x${string}` | null;
  /** The market's recent requests' minimum stakes, decimal strings (from the indexer, on the server). */
  recentMinStakes: string[] | null;
};

function LiveConsole({ read, recentMinStakes }: { read: ConsoleRead; recentMinStakes: bigint[] | undefined }) {
  const { deployment } = useRuntime();
  if (!read.reads) return null;
  const model = consoleModel(read.reads);
  return (
    <div className="space-y-4">
      {read.role.kind === "submitter" ? (
        <p className="rounded-xl border border-line bg-panel p-3 text-sm" data-testid="submitter-note">
          You are a registered submitter of this prover: you may bid, reveal and prove for it. Claiming, commission,
          stake, submitters, reactivating and retiring need the prover's own key.
        </p>
      ) : null}
      <ConsoleView model={model} contracts={deployment.contracts} actions={{}} recentMinStakes={recentMinStakes} />
    </div>
  );
}

/** The console of the connected account (or of the prover it submits for), live from the chain. */
export default function ConnectedConsole({ serverAccount, recentMinStakes }: Props) {
  const { address, isConnected } = useAccount();
  const read = useProverConsole(isConnected ? address : undefined);
  useServerFollowsAccount(serverAccount);

  if (!isConnected || !address) {
    return (
      <Card
        title="Connect your prover's wallet"
        description="The console reads your prover's state from the chain for the account your wallet connects. To watch any prover without a wallet, open /prover?address=0x…"
      >
        <WriteGuard action="open your prover console">{null}</WriteGuard>
      </Card>
    );
  }
  if (read.data) {
    if (read.data.role.kind === "none") return <Onboarding account={address} consentTo={read.data.role.consentTo} />;
    return (
      <ToastProvider>
        <LiveConsole read={read.data} recentMinStakes={recentMinStakes?.map((value) => BigInt(value))} />
      </ToastProvider>
    );
  }
  if (read.isError) {
    return (
      <Card title="The console is unavailable">
        <p className="text-danger text-sm" role="alert">
          Your prover's state could not be read from the chain.{" "}
          <button type="button" className="underline" onClick={() => read.refetch()}>
            Try again
          </button>
        </p>
      </Card>
    );
  }
  return <ConsoleSkeleton />;
}
