"use client";

import { useState } from "react";
import { SOURCE_LABEL } from "@/lib/format/source";
import { SOURCE_KINDS } from "@/lib/indexer/source-kinds";
import { COMMISSION_WINDOWS, type CommissionWindow } from "@/lib/prover-console/history";
import { Amount } from "../ui/amount";

/** One window's commission by source, as decimal strings (plain data from the server render). */
export type CommissionWindowSums = {
  days: CommissionWindow;
  market: string;
  epoch: string;
  other: string;
  total: string;
};

/** The prover's commission by source over 7, 30 or 90 days (a toggle), with the total they add up to. */
export function CommissionWindows({ windows }: { windows: readonly CommissionWindowSums[] }) {
  const [days, setDays] = useState<CommissionWindow>(30);
  const shown = windows.find((entry) => entry.days === days);
  if (!shown) return null;
  return (
    <div data-testid="commission-by-source" data-days={days}>
      <div className="flex items-center justify-between gap-3">
        <h3 className="font-medium text-ink text-xs uppercase tracking-wider">Commission by source</h3>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form field set */}
        <div className="flex gap-1 text-xs" role="group" aria-label="Commission window">
          {COMMISSION_WINDOWS.map((window) => (
            <button
              key={window}
              type="button"
              aria-pressed={window === days}
              onClick={() => setDays(window)}
              className={`rounded-lg px-2 py-1 ${window === days ? "bg-accent-fill text-white" : "text-muted hover:text-ink"}`}
            >
              {window} d
            </button>
          ))}
        </div>
      </div>
      <table className="mt-2 w-full text-sm">
        <tbody className="divide-y divide-line">
          {SOURCE_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row" className="py-1.5 text-left font-normal text-muted">
                {SOURCE_LABEL[kind]}
              </th>
              <td className="py-1.5 text-right">
                <Amount wei={BigInt(shown[kind])} testId={`commission-${kind}`} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1.5 text-left font-medium text-ink">
              Total, last {days} days
            </th>
            <td className="py-1.5 text-right font-medium text-ink">
              <Amount wei={BigInt(shown.total)} testId="commission-total" />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
