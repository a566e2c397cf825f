import type { Address } from "viem";
import { AddressText } from "../ui/address-text";
import { Card } from "../ui/card";

/** The addresses this app talks to on the configured chain. */
export function ContractList({ contracts }: { contracts: Record<string, Address> }) {
  return (
    <Card title="Contracts" description="The deployment this dashboard reads and writes.">
      <ul className="divide-y divide-line">
        {Object.entries(contracts).map(([name, address]) => (
          <li key={name} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
            <span className="text-muted text-sm">{name}</span>
            <AddressText address={address} testId={`address-${name}`} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
