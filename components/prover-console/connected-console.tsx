"use client";

import { useAccount } from "wagmi";
import { consoleModel } from "@/lib/prover-console/model";
import type { ConsoleRead } from "@/lib/prover-console/reads";
import { Card } from "../ui/card";
import { ReadFailed } from "../ui/read-failed";
import { ToastProvider } from "../ui/toast";
import { useRuntime } from "../wallet/use-runtime";
import { useServerFollowsAccount } from "../wallet/use-server-follows-account";
import { WriteGuard } from "../wallet/write-guard";
import { ClaimCommission } from "./claim-commission";
import { CommissionForm, type YieldBasis } from "./commission-form";
import { ConsentForm } from "./consent-form";
import { ConsoleSkeleton } from "./console-skeleton";
import { type ConsoleActions, ConsoleView } from "./console-view";
import { LeaveProver } from "./leave-prover";
import { LifecycleCard, ReactivateButton } from "./lifecycle-card";
import { Onboarding } from "./onboarding";
import { SelfStakeCard } from "./self-stake-card";
import { type SubmittersAdded, SubmittersCard } from "./submitters-card";
import { useProverConsole } from "./use-prover-console";
import { ConnectAsProver } from "./watch-note";

/** The stakers' 30-day yield and reward mix, its numbers as decimal strings (from the indexer, on the server). */
export type YieldBasisProps = { grossBps: number; mix: { market: string; epoch: string; other: string } } | null;

type Props = {
  /** The account the server rendered the history for (from wagmi's cookie), or null. */
  serverAccount: `0x${string}` | null;
  /** The market's recent requests' minimum stakes, decimal strings (from the indexer, on the server). */
  recentMinStakes: string[] | null;
  basis: YieldBasisProps;
  /** When the server's prover registered each of its submitters (from the indexer), or null. */
  submittersAdded: SubmittersAdded | null;
};

function parseBasis(basis: YieldBasisProps): YieldBasis {
  if (!basis) return null;
  const { market, epoch, other } = basis.mix;
  return { grossBps: basis.grossBps, mix: { market: BigInt(market), epoch: BigInt(epoch), other: BigInt(other) } };
}

function LiveConsole({
  read,
  recentMinStakes,
  basis,
  submittersAdded,
}: {
  read: ConsoleRead;
  recentMinStakes: bigint[] | undefined;
  basis: YieldBasis;
  submittersAdded: SubmittersAdded | null;
}) {
  const { deployment } = useRuntime();
  if (!read.reads) return null;
  const reads = read.reads;
  const model = consoleModel(reads);
  const own = read.role.kind === "prover";
  const note = (action: string) => <ConnectAsProver prover={model.prover} action={action} />;
  const actions: ConsoleActions = own
    ? {
        // Rendered for every fix, disabled with its reason where it cannot help: a refusal stays on
        // screen when a read behind it changes the verdict (jailed while the click was checked).
        fix: model.health.fix ? <ReactivateButton model={model} /> : undefined,
        claim: <ClaimCommission pending={model.pendingCommission} prover={model.prover} />,
        commission: <CommissionForm model={model} basis={basis} />,
        selfStake: <SelfStakeCard reads={reads} />,
        submitters: (
          <SubmittersCard
            prover={model.prover}
            submitters={model.submitters}
            added={submittersAdded?.prover === model.prover ? submittersAdded.entries : null}
            now={model.now}
          />
        ),
        lifecycle: <LifecycleCard model={model} />,
      }
    : { claim: note("claim the commission"), commission: note("change the commission") };
  return (
    <div className="space-y-4">
      {read.role.kind === "submitter" ? (
        <div className="rounded-xl border border-line bg-panel p-3 text-sm" data-testid="submitter-note">
          You are a registered submitter of this prover: you may bid, reveal and prove for it. Claiming, commission,
          stake, submitters, reactivating and retiring need the prover's own key.
          <LeaveProver />
        </div>
      ) : null}
      <ConsoleView model={model} contracts={deployment.contracts} actions={actions} recentMinStakes={recentMinStakes} />
    </div>
  );
}

/** The console of the connected account (or of the prover it submits for), live from the chain. */
export default function ConnectedConsole({ serverAccount, recentMinStakes, basis, submittersAdded }: Props) {
  const { address, isConnected, status } = useAccount();
  // Read as soon as wagmi restores the account (it is known while reconnecting), so the read
  // leaves in the same batch as the header's own reads.
  const read = useProverConsole(isConnected || status === "reconnecting" ? address : undefined);
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
    return (
      <ToastProvider>
        {read.data.role.kind === "none" ? (
          <Onboarding account={address} consentTo={read.data.role.consentTo}>
            <ConsentForm consentTo={read.data.role.consentTo} />
          </Onboarding>
        ) : (
          <LiveConsole
            read={read.data}
            recentMinStakes={recentMinStakes?.map((value) => BigInt(value))}
            basis={parseBasis(basis)}
            submittersAdded={submittersAdded}
          />
        )}
      </ToastProvider>
    );
  }
  if (read.isError) {
    return (
      <ReadFailed
        title="The console is unavailable"
        message="Your prover's state could not be read from the chain."
        onRetry={() => read.refetch()}
      />
    );
  }
  return <ConsoleSkeleton />;
}
