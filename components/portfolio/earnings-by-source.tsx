import { Amount } from "@/components/ui/amount";
import { type Column, TableHead } from "@/components/ui/table-head";
import { SOURCE_LABEL } from "@/lib/format/source";
import type { StakerOverview } from "@/lib/indexer/schemas";
import { SOURCE_KINDS } from "@/lib/indexer/source-kinds";

const COLUMNS: readonly Column[] = [
  { label: "Source" },
  { label: "7 days", align: "right" },
  { label: "30 days", align: "right" },
];

/** What the account's shares earned over 7 and 30 days, split by where the rewards came from. */
export function EarningsBySource({ staker }: { staker: StakerOverview }) {
  const { earnings7d, earnings30d } = staker;
  const total = (sources: typeof earnings7d) => sources.market + sources.epoch + sources.other;
  return (
    <table className="w-full text-sm" data-testid="earnings-by-source">
      <TableHead columns={COLUMNS} />
      <tbody className="divide-y divide-line">
        {SOURCE_KINDS.filter((source) => source !== "other" || earnings30d.other > 0n).map((source) => (
          <tr key={source} data-testid={`earnings-${source}`}>
            <th scope="row" className="py-2 text-left font-normal text-ink">
              {SOURCE_LABEL[source]}
            </th>
            <td className="py-2 text-right">
              <Amount wei={earnings7d[source]} />
            </td>
            <td className="py-2 text-right">
              <Amount wei={earnings30d[source]} />
            </td>
          </tr>
        ))}
        <tr className="font-semibold text-ink">
          <th scope="row" className="py-2 text-left">
            Total
          </th>
          <td className="py-2 text-right">
            <Amount wei={total(earnings7d)} testId="earnings-7d" />
          </td>
          <td className="py-2 text-right">
            <Amount wei={total(earnings30d)} testId="earnings-30d" />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
