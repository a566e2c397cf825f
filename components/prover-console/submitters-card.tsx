"use client";

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { type Address, getAddress, isAddress, zeroAddress } from "viem";
import { useConfig } from "wagmi";
import { multicall } from "wagmi/actions";
import { brevisMarketAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { Card } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { SECONDARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

type Candidate = { address: Address; ready: boolean; words: string };

/** When a prover registered each of its submitters, from the indexer's SubmitterRegistered events. */
export type SubmittersAdded = { prover: Address; entries: { submitter: Address; registeredAt: number }[] };

/** Addresses typed one per line or separated by commas or spaces; what is not an address is reported, not dropped. */
function parseAddresses(text: string): { addresses: Address[]; bad: string[] } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const bad = parts.filter((part) => !isAddress(part, { strict: false }));
  const addresses = [
    ...new Set(parts.filter((part) => isAddress(part, { strict: false })).map((part) => getAddress(part))),
  ];
  return { addresses, bad };
}

/** Each typed address's consent and registration, read in one multicall. */
function useCandidates(prover: Address, addresses: Address[]) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  return useQuery({
    queryKey: [...keys.proverConsole.account(chainId, prover), "candidates", addresses.join(",")],
    enabled: Boolean(market) && addresses.length > 0,
    queryFn: async (): Promise<Candidate[]> => {
      const reads = await multicall(config, {
        chainId,
        allowFailure: false,
        contracts: addresses.flatMap((address) => [
          {
            address: market as Address,
            abi: brevisMarketAbi,
            functionName: "submitterConsent",
            args: [address],
          } as const,
          {
            address: market as Address,
            abi: brevisMarketAbi,
            functionName: "submitterToProver",
            args: [address],
          } as const,
          {
            address: deployment.contracts.StakingController,
            abi: stakingControllerAbi,
            functionName: "getProverState",
            args: [address],
          } as const,
        ]),
      });
      return addresses.map((address, index) => {
        const consent = reads[index * 3] as Address;
        const holder = reads[index * 3 + 1] as Address;
        const state = reads[index * 3 + 2] as number;
        if (address === prover)
          return { address, ready: false, words: "is you: a prover cannot be its own submitter." };
        if (state !== 0) return { address, ready: false, words: "is a prover itself and cannot submit for another." };
        if (holder === prover) return { address, ready: false, words: "is already your submitter." };
        if (holder !== zeroAddress) return { address, ready: false, words: `already submits for ${holder}.` };
        if (consent !== prover) {
          return {
            address,
            ready: false,
            words:
              "has not consented yet: it must call setSubmitterConsent(you) from its own wallet (the console offers that to it).",
          };
        }
        return { address, ready: true, words: "consented to submit for you: ready to register." };
      });
    },
  });
}

function addedAt(added: SubmittersAdded["entries"], submitter: Address): number | undefined {
  return added.find((entry) => entry.submitter.toLowerCase() === submitter.toLowerCase())?.registeredAt;
}

/** When the submitter was added; a registration the indexer has not seen yet says so. */
function AddedAt({ at, now }: { at: number | undefined; now: number }) {
  return (
    <span className="shrink-0 text-muted text-xs" data-testid="submitter-added">
      {at === undefined ? (
        "added recently, not indexed yet"
      ) : (
        <>
          added <RelativeTime at={at} now={now} />
        </>
      )}
    </span>
  );
}

/** Registered submitters from the chain; register (after their consent) or unregister one or several at once. */
export function SubmittersCard({
  prover,
  submitters,
  added,
  now,
}: {
  prover: Address;
  submitters: readonly Address[];
  /** Null when the indexer's history is unavailable: the list then says nothing about when. */
  added: SubmittersAdded["entries"] | null;
  now: number;
}) {
  const { deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  const tx = useConsoleWrite("Submitters");
  const [text, setText] = useState("");
  const [selected, setSelected] = useState<Address[]>([]);
  const typed = parseAddresses(text);
  const candidates = useCandidates(prover, typed.addresses);
  const ready = (candidates.data ?? []).filter((candidate) => candidate.ready).map((candidate) => candidate.address);
  if (!market) return null;

  /** One address through the single function, several through the batch one: one transaction either way. */
  function change(kind: "register" | "unregister", addresses: Address[]) {
    const [only] = addresses;
    const contract = { address: market as Address, abi: brevisMarketAbi } as const;
    if (addresses.length === 1 && only) {
      return tx.send({ ...contract, functionName: `${kind}Submitter`, args: [only] });
    }
    return tx.send({ ...contract, functionName: `${kind}Submitters`, args: [addresses] });
  }

  async function register(event: FormEvent) {
    event.preventDefault();
    if (ready.length > 0 && (await change("register", ready))) setText("");
  }

  async function unregister() {
    if (selected.length > 0 && (await change("unregister", selected))) setSelected([]);
  }

  return (
    <Card
      title="Submitters"
      description="Accounts that may bid, reveal and prove for you. Each must consent first, from its own wallet."
    >
      <WriteGuard action="manage your submitters">
        <div className="space-y-4">
          {submitters.length === 0 ? (
            <p className="text-muted text-sm">No submitter is registered.</p>
          ) : (
            <fieldset className="space-y-1 text-sm" data-testid="submitter-list">
              <legend className="sr-only">Registered submitters</legend>
              {submitters.map((submitter) => (
                <label key={submitter} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={selected.includes(submitter)}
                    onChange={(event) =>
                      setSelected((current) =>
                        event.target.checked ? [...current, submitter] : current.filter((entry) => entry !== submitter),
                      )
                    }
                  />
                  <code className="min-w-0 flex-1 break-all font-mono text-xs">{submitter}</code>
                  {added ? <AddedAt at={addedAt(added, submitter)} now={now} /> : null}
                </label>
              ))}
              <TxButton
                type="button"
                busy={tx.busy}
                className={`mt-2 ${SECONDARY_BUTTON}`}
                disabled={selected.length === 0}
                onClick={() => void unregister()}
                data-testid="unregister-submitters"
              >
                Unregister {selected.length > 1 ? `${selected.length} submitters` : "selected"}
              </TxButton>
            </fieldset>
          )}
          <form
            onSubmit={register}
            noValidate
            className="space-y-2 border-line border-t pt-4"
            data-testid="register-form"
          >
            <label className="block space-y-1 text-sm">
              <span className="font-medium text-ink">Register submitters (one address per line)</span>
              <textarea
                className={`${TEXT_FIELD} font-mono`}
                rows={2}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  if (!tx.busy) tx.reset();
                }}
                data-testid="submitter-input"
              />
            </label>
            {typed.bad.length > 0 ? (
              <p className="text-danger text-sm" role="alert">
                Not an address: {typed.bad.slice(0, 3).join(", ")}
              </p>
            ) : null}
            <ul className="space-y-1 text-xs" data-testid="submitter-candidates">
              {(candidates.data ?? []).map((candidate) => (
                <li
                  key={candidate.address}
                  className={candidate.ready ? "text-success" : "text-muted"}
                  data-ready={candidate.ready}
                >
                  <code className="break-all font-mono">{candidate.address}</code> {candidate.words}
                </li>
              ))}
            </ul>
            <TxButton busy={tx.busy} disabled={ready.length === 0} data-testid="register-submitters">
              {ready.length > 1 ? `Register ${ready.length} submitters` : "Register"}
            </TxButton>
          </form>
          <TxStatus state={tx.state} />
        </div>
      </WriteGuard>
    </Card>
  );
}
