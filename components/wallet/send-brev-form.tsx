"use client";

import { type FormEvent, useId, useState } from "react";
import { type Address, formatUnits, getAddress, isAddress } from "viem";
import { brevTokenAbi } from "@/lib/contracts/generated";
import { parseTokenInput } from "@/lib/format/token-input";
import { useTransaction } from "@/lib/hooks/use-transaction";
import { keys } from "@/lib/query-keys";
import { TEXT_FIELD } from "../ui/styles";
import { TxButton } from "../ui/tx-button";
import { TxStatus } from "../ui/tx-status";
import { useRuntime } from "./use-runtime";

type FieldErrors = { recipient?: string; amount?: string };

function validate(recipient: string, amount: string, balance: bigint | undefined, sender: Address) {
  const errors: FieldErrors = {};
  const to = recipient.trim();
  if (!to) errors.recipient = "Enter the recipient's address.";
  else if (!isAddress(to, { strict: false }))
    errors.recipient = "That is not an Ethereum address (0x and 40 hex digits).";
  else if (getAddress(to) === sender) errors.recipient = "That is your own address.";
  const parsed = parseTokenInput(amount);
  if (!parsed.ok) errors.amount = parsed.error;
  else if (balance !== undefined && parsed.wei > balance) errors.amount = "That is more BREV than you hold.";
  return { errors, to, wei: parsed.ok ? parsed.wei : undefined };
}

/** Sends BREV from the connected wallet; the first write through the shared transaction helper. */
export function SendBrevForm({ sender, balance }: { sender: Address; balance: bigint | undefined }) {
  const { chainId, deployment } = useRuntime();
  const token = deployment.contracts.BrevToken;
  const tx = useTransaction();
  const [recipient, setRecipient] = useState("");
  const [amount, setAmount] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(recipient, amount, balance, sender);
    setErrors(checked.errors);
    if (checked.errors.recipient || checked.errors.amount || checked.wei === undefined) return;
    const to = getAddress(checked.to);
    await tx.send(
      { address: token, abi: brevTokenAbi, functionName: "transfer", args: [to, checked.wei] },
      { invalidate: [keys.token.balance(chainId, token, sender), keys.token.balance(chainId, token, to)] },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div>
        <label htmlFor={`${id}-recipient`} className="block font-medium text-ink text-sm">
          Recipient
        </label>
        <input
          id={`${id}-recipient`}
          name="recipient"
          value={recipient}
          onChange={(event) => setRecipient(event.target.value)}
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.recipient)}
          aria-describedby={errors.recipient ? `${id}-recipient-error` : undefined}
          className={`mt-1 ${TEXT_FIELD} font-mono`}
        />
        {errors.recipient ? (
          <p id={`${id}-recipient-error`} className="mt-1 text-danger text-sm">
            {errors.recipient}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-amount`} className="block font-medium text-ink text-sm">
          Amount
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={`${id}-amount`}
            name="amount"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            inputMode="decimal"
            placeholder="0.0"
            autoComplete="off"
            aria-invalid={Boolean(errors.amount)}
            aria-describedby={errors.amount ? `${id}-amount-error` : undefined}
            className={`${TEXT_FIELD} tabular-nums`}
          />
          <button
            type="button"
            disabled={balance === undefined}
            onClick={() => balance !== undefined && setAmount(formatUnits(balance, 18))}
            className="rounded-lg border border-line px-3 text-muted text-sm hover:text-ink disabled:opacity-50"
          >
            Max
          </button>
        </div>
        {errors.amount ? (
          <p id={`${id}-amount-error`} className="mt-1 text-danger text-sm">
            {errors.amount}
          </p>
        ) : null}
      </div>
      <TxButton busy={tx.busy}>Send BREV</TxButton>
      <TxStatus state={tx.state} />
    </form>
  );
}
