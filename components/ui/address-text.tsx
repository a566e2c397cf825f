import type { Address } from "viem";

/** An address in monospace: shortened on narrow screens, always whole in the tooltip and for copy. */
export function AddressText({ address, testId }: { address: Address; testId?: string }) {
  return (
    <code className="break-all font-mono text-ink text-xs sm:text-sm" title={address} data-testid={testId}>
      {address}
    </code>
  );
}
