"use client";

import { type FormEvent, useState } from "react";
import { type Address, getAddress, isAddress, zeroAddress } from "viem";
import { brevisMarketAbi } from "@/lib/contracts/generated";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "../wallet/use-runtime";
import { WriteGuard } from "../wallet/write-guard";
import { useConsoleWrite } from "./use-console-write";

/** The submitter's half of registering: it consents, from its own wallet, to submit for one prover. */
export function ConsentForm({ consentTo }: { consentTo: Address | null }) {
  const { deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  const tx = useConsoleWrite("Consent");
  const [input, setInput] = useState("");
  const [touched, setTouched] = useState(false);
  const valid = isAddress(input.trim(), { strict: false });
  if (!market) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    const sent = await tx.send({
      address: market as Address,
      abi: brevisMarketAbi,
      functionName: "setSubmitterConsent",
      args: [getAddress(input.trim())],
    });
    if (sent) setInput("");
  }

  return (
    <WriteGuard action="consent as a submitter">
      <form onSubmit={onSubmit} noValidate className="space-y-2 border-line border-t pt-4" data-testid="consent-form">
        <label className="block space-y-1 text-sm">
          <span className="font-medium text-ink">Or submit for a prover: consent to it</span>
          <input
            className={`${TEXT_FIELD} font-mono`}
            placeholder="0x… the prover's address"
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
              if (!tx.busy) tx.reset();
            }}
            data-testid="consent-prover"
          />
        </label>
        {touched && !valid ? (
          <p className="text-danger text-sm" role="alert">
            Enter the prover's address (0x followed by 40 hexadecimal characters).
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <TxButton busy={tx.busy} className={`${PRIMARY_BUTTON} sm:w-auto`} data-testid="consent-submit">
            Consent
          </TxButton>
          {consentTo ? (
            <TxButton
              type="button"
              busy={tx.busy}
              className={SECONDARY_BUTTON}
              data-testid="consent-withdraw"
              onClick={() =>
                void tx.send({
                  address: market as Address,
                  abi: brevisMarketAbi,
                  functionName: "setSubmitterConsent",
                  args: [zeroAddress],
                })
              }
            >
              Withdraw my consent
            </TxButton>
          ) : null}
        </div>
        <TxStatus state={tx.state} />
      </form>
    </WriteGuard>
  );
}
