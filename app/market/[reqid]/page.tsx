import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { type Address, zeroAddress } from "viem";
import { PhaseCountdown } from "@/components/market/phase-countdown";
import { BidTimeline, type Outcome, RequestOutcome } from "@/components/market/request-story";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { AddressText } from "@/components/ui/address-text";
import { Alert } from "@/components/ui/alert";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { readChainRequest } from "@/lib/chain/market-facts";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { formatAbsolute } from "@/lib/format/time";
import { IndexerResponseError } from "@/lib/indexer/client";
import { readHistory } from "@/lib/indexer/read-history";
import { REQUEST_STATUSES } from "@/lib/indexer/schemas";
import { type LivePhaseFacts, livePhase } from "@/lib/market/phase";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Request" };

const orNull = (address: Address) => (address === zeroAddress ? null : address);

export default async function RequestPage({ params }: { params: Promise<{ reqid: string }> }) {
  const reqid = decodeURIComponent((await params).reqid);
  if (!/^0x[0-9a-fA-F]{64}$/.test(reqid)) notFound();
  const runtime = readChainRuntimeConfig();
  const [history, onChain] = await Promise.all([
    readHistory(async (indexer) => {
      try {
        return await indexer.request(reqid);
      } catch (error) {
        if (error instanceof IndexerResponseError && error.status === 404) notFound();
        throw error;
      }
    }),
    readChainRequest(runtime, deploymentFor(runtime.network), reqid as `0x${string}`),
  ]);
  if (history.status === "unavailable") {
    return (
      <Alert title="This request's history is unavailable." testId="history-unavailable">
        {history.reason}
      </Alert>
    );
  }
  const detail = history.data;
  const { request } = detail;
  // The chain's own record when it answers (status, terms, the two lowest bids); the indexer's otherwise.
  const status = onChain ? (REQUEST_STATUSES[onChain.status] ?? request.status) : request.status;
  const outcome: Outcome = onChain
    ? {
        winner: orNull(onChain.winner),
        winnerFee: onChain.winner === zeroAddress ? null : onChain.winnerFee,
        second: orNull(onChain.second),
        secondFee: onChain.second === zeroAddress ? null : onChain.secondFee,
      }
    : {
        winner: request.winner,
        winnerFee: request.winnerFee,
        second: request.secondPlace,
        secondFee: request.secondFee,
      };
  const live: LivePhaseFacts = {
    status,
    createdAt: request.createdAt,
    deadline: Number(onChain?.deadline ?? request.deadline),
    bids: request.bids,
    winner: outcome.winner,
    bidding: detail.phases.bidding,
    reveal: detail.phases.reveal,
  };
  // The phase the countdown starts from, for machines reading the first HTML.
  const { phase } = livePhase(live, detail.asOf);
  const terms: { label: string; value: ReactNode }[] = [
    { label: "Sender", value: <AddressText address={onChain?.sender ?? request.requester} testId="request-sender" /> },
    {
      label: "Program (vk)",
      value: (
        <code className="break-all font-mono text-xs" data-testid="request-vk">
          {onChain?.vk ?? request.vk}
        </code>
      ),
    },
    { label: "Max fee", value: <Amount wei={onChain?.maxFee ?? request.maxFee} testId="request-max-fee" /> },
    {
      label: "Minimum stake",
      value: <Amount wei={onChain?.minStake ?? request.minStake} testId="request-min-stake" />,
    },
    { label: "Created", value: formatAbsolute(request.createdAt) },
    { label: "Bidding ends", value: formatAbsolute(request.biddingEnd) },
    { label: "Reveal ends", value: formatAbsolute(request.revealEnd) },
    {
      label: "Deadline",
      value: (
        <span data-testid="request-deadline" data-at={String(onChain?.deadline ?? request.deadline)}>
          {formatAbsolute(Number(onChain?.deadline ?? request.deadline))}
        </span>
      ),
    },
    { label: "Verifier version", value: String(request.version) },
  ];
  return (
    <div className="space-y-6">
      {onChain === null ? <StaleDataNotice /> : null}
      <header className="space-y-2">
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Proof request</h1>
        <p className="break-all font-mono text-muted text-xs" data-testid="request-id">
          {request.reqid}
        </p>
        <div data-testid="request-status" data-status={status} data-phase={phase}>
          <PhaseCountdown asOf={detail.asOf} facts={live} />
        </div>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Terms" description="What the sender asked for and escrowed.">
          <dl className="space-y-2 text-sm">
            {terms.map((term) => (
              <div key={term.label} className="flex flex-wrap justify-between gap-x-3">
                <dt className="text-muted">{term.label}</dt>
                <dd className="min-w-0 text-right">{term.value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card
          title="Outcome"
          description="The lowest revealed bid wins and is paid the second-lowest (its own with no rival), less the protocol fee."
        >
          <RequestOutcome detail={detail} outcome={outcome} />
        </Card>
      </div>
      <Card
        title="Bids and reveals"
        description={`${request.bids} ${request.bids === 1 ? "prover" : "provers"} bid, ${request.reveals} revealed.`}
      >
        <BidTimeline detail={detail} />
      </Card>
    </div>
  );
}
