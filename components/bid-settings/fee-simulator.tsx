"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { type Address, maxUint64, maxUint256 } from "viem";
import { plainNumberProblem } from "@/lib/bid-settings/plain-number";
import type { BidSettings } from "@/lib/bid-settings/schema";
import { type PastAuction, simulateBids } from "@/lib/bid-settings/simulate";
import type { RuleReplay } from "@/lib/bid-settings/warnings";
import { formatBps } from "@/lib/format/percent";
import { DEFAULT_AUCTIONS, MAX_AUCTIONS, type ProgramAuctions } from "@/lib/indexer/schemas";
import { LazyWinningFeesChart } from "../charts/lazy-charts";
import { Card } from "../ui/card";
import { TEXT_FIELD } from "../ui/styles";
import { SimulationFigures } from "./simulation-figures";
import { useMarketFacts } from "./use-market-facts";
import { useProgramAuctions, usePrograms, useVaultAssets } from "./use-market-history";

const WINDOWS = [25, DEFAULT_AUCTIONS, 250, MAX_AUCTIONS] as const;

function cyclesProblem(text: string): string | null {
  const problem = plainNumberProblem(text, maxUint64, "Cycles per proof");
  if (problem) return problem;
  return BigInt(text) === 0n ? "Cycles per proof must be at least 1." : null;
}

function pastAuctions(data: ProgramAuctions): PastAuction[] {
  return data.items.map((item) => ({
    vk: data.vk,
    createdAt: BigInt(item.createdAt),
    deadline: BigInt(item.deadline),
    maxFee: item.maxFee,
    minStake: item.minStake,
    reveals: item.reveals.map(({ prover, fee }) => ({ prover, fee })),
  }));
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="text-danger text-xs" role="alert">
      {message}
    </p>
  );
}

type Props = {
  prover: Address;
  /** The prover's saved or draft rule; null applies none of its skips (only the gas price below). */
  rule: BidSettings | null;
  /** The rule's own gas price replayed on the program and cycles entered here (null until both are): the rules' warning uses it. */
  onRuleReplay: (replay: RuleReplay | null) => void;
};

/**
 * Replays a bid for one program against the market's latest auctions of it: the bid the bidder
 * would make (cycles × gas price / 10^12), what it would have won and earned, what the rule
 * would have skipped, and the gas price that would have won half of them.
 */
export function FeeSimulator({ prover, rule, onRuleReplay }: Props) {
  const id = useId();
  const programs = usePrograms();
  const facts = useMarketFacts();
  const vaultAssets = useVaultAssets(prover);
  const [chosenVk, setChosenVk] = useState<string | null>(null);
  const [limit, setLimit] = useState<number>(DEFAULT_AUCTIONS);
  const [cyclesByVk, setCyclesByVk] = useState<Record<string, string>>({});
  const rulePrice = rule?.prover_gas_price ?? null;
  const [price, setPrice] = useState(rulePrice ?? "");
  // The rule's price leads whenever it changes; typing here tries another without touching the rule.
  useEffect(() => {
    if (rulePrice !== null) setPrice(rulePrice);
  }, [rulePrice]);

  const vk = chosenVk ?? programs.data?.items[0]?.vk ?? null;
  const auctions = useProgramAuctions(vk, limit);
  const cyclesText = vk === null ? "" : (cyclesByVk[vk] ?? "");
  const cyclesError = cyclesText === "" ? null : cyclesProblem(cyclesText);
  const priceError = plainNumberProblem(price, maxUint256, "Prover gas price");

  // Everything the replay needs but the gas price: the simulator's own price and the rule's both run on it.
  const inputs = useMemo(() => {
    if (!auctions.data || !facts.data || vaultAssets.data === undefined) return null;
    if (cyclesText === "" || cyclesError) return null;
    const { bidding, reveal } = auctions.data.phases;
    return {
      rule,
      cycles: BigInt(cyclesText),
      prover,
      vaultAssets: vaultAssets.data,
      protocolFeeBps: facts.data.protocolFeeBps,
      phases: { bidding: BigInt(bidding), reveal: BigInt(reveal) },
      auctions: pastAuctions(auctions.data),
    };
  }, [auctions.data, facts.data, vaultAssets.data, cyclesText, cyclesError, rule, prover]);
  const result = useMemo(
    () => (inputs && !priceError ? simulateBids({ ...inputs, proverGasPrice: BigInt(price) }) : null),
    [inputs, priceError, price],
  );
  const ruleReplay = useMemo(() => {
    if (!inputs || rulePrice === null) return null;
    return rulePrice === price && result ? result : simulateBids({ ...inputs, proverGasPrice: BigInt(rulePrice) });
  }, [inputs, rulePrice, price, result]);
  const considered = ruleReplay?.considered ?? null;
  const won = ruleReplay?.won ?? null;
  useEffect(() => {
    onRuleReplay(considered === null || won === null ? null : { considered, won });
  }, [onRuleReplay, considered, won]);

  const unavailable = programs.error ?? auctions.error ?? facts.error ?? vaultAssets.error;
  const token = facts.data?.fee ?? null;

  return (
    <Card
      title="Fee simulator"
      description={
        <>
          What your bid would have done in the market's latest requests for a program. The bidder bids cycles × gas
          price / 10<sup>12</sup> (at least 1 wei); a bid wins below every other prover's revealed fee and is paid the
          second-lowest fee, or its own when nobody else revealed, less the market's protocol fee
          {facts.data ? ` (${formatBps(facts.data.protocolFeeBps)})` : ""}.
        </>
      }
    >
      <div className="space-y-4" data-testid="fee-simulator">
        {rule === null ? (
          <p className="text-muted text-sm" data-testid="simulator-no-rule">
            Sign in to apply your rule: until then only the gas price below counts, and the skips by max fee, minimum
            proving time and the vk lists are not applied.
          </p>
        ) : null}
        {unavailable ? (
          <p className="text-danger text-sm" role="alert" data-testid="simulator-unavailable">
            The market's history could not be read: {unavailable.message}
          </p>
        ) : null}
        {programs.data && programs.data.items.length === 0 ? (
          <p className="text-muted text-sm" data-testid="simulator-no-programs">
            The market has had no request yet: there is nothing to replay.
          </p>
        ) : null}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <label className="min-w-0 space-y-1 text-sm sm:col-span-2">
            <span className="font-medium text-ink">Program (verification key)</span>
            <select
              className={`${TEXT_FIELD} font-mono`}
              value={vk ?? ""}
              disabled={!programs.data || programs.data.items.length === 0}
              onChange={(event) => setChosenVk(event.target.value)}
              data-testid="simulator-program"
            >
              {(programs.data?.items ?? []).map((program) => (
                <option key={program.vk} value={program.vk}>
                  {program.vk} ({program.requests} requests)
                </option>
              ))}
            </select>
          </label>
          <label className="min-w-0 space-y-1 text-sm">
            <span className="font-medium text-ink">Cycles per proof</span>
            <input
              className={`${TEXT_FIELD} tabular-nums`}
              inputMode="numeric"
              value={cyclesText}
              placeholder="e.g. 2000000000"
              disabled={vk === null}
              aria-invalid={cyclesError !== null}
              aria-describedby={`${id}-cycles-error`}
              onChange={(event) => {
                if (vk !== null) setCyclesByVk((all) => ({ ...all, [vk]: event.target.value }));
              }}
              data-testid="simulator-cycles"
            />
            <FieldError id={`${id}-cycles-error`} message={cyclesError} />
          </label>
          <label className="min-w-0 space-y-1 text-sm">
            <span className="font-medium text-ink">
              Prover gas price {rulePrice !== null && price === rulePrice ? "(your rule's)" : ""}
            </span>
            <input
              className={`${TEXT_FIELD} tabular-nums`}
              inputMode="numeric"
              value={price}
              aria-invalid={price !== "" && priceError !== null}
              aria-describedby={`${id}-price-error`}
              onChange={(event) => setPrice(event.target.value)}
              data-testid="simulator-price"
            />
            <FieldError id={`${id}-price-error`} message={price === "" ? null : priceError} />
          </label>
          <label className="min-w-0 space-y-1 text-sm">
            <span className="font-medium text-ink">Requests replayed</span>
            <select
              className={TEXT_FIELD}
              value={limit}
              onChange={(event) => setLimit(Number(event.target.value))}
              data-testid="simulator-window"
            >
              {WINDOWS.map((count) => (
                <option key={count} value={count}>
                  Last {count}
                </option>
              ))}
            </select>
          </label>
        </div>
        {result && token ? (
          <SimulationFigures result={result} ruleApplied={rule !== null} token={token} />
        ) : auctions.isLoading || programs.isLoading ? (
          <p className="text-muted text-sm" role="status">
            Reading the market's past requests…
          </p>
        ) : auctions.data && (cyclesText === "" || price === "") ? (
          <p className="text-muted text-sm" data-testid="simulator-prompt">
            Enter the cycles one proof of this program takes and a gas price to see what your bid would have done.
          </p>
        ) : null}
        {auctions.data && token ? (
          <div className="text-muted">
            <p className="mb-2 text-muted text-xs">
              Winning fees ({token.symbol}) of this program's last {auctions.data.items.length} requests (the winner's
              revealed fee), by request time.
            </p>
            <LazyWinningFeesChart
              points={auctions.data.items
                .filter((item) => item.winnerFee !== null)
                .map((item) => ({ timestamp: item.createdAt, fee: String(item.winnerFee) }))
                .reverse()}
              bid={result ? result.bid.toString() : null}
              {...token}
            />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
