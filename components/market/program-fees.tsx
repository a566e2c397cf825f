import Link from "next/link";
import type { MarketSummary } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { type Column, TableHead } from "../ui/table-head";

const PERCENTILES = [
  ["p10", "10th"],
  ["p25", "25th"],
  ["median", "Median"],
  ["p75", "75th"],
  ["p90", "90th"],
] as const;

const COLUMNS: Column[] = [
  { label: "Program" },
  { label: "Proofs", align: "right" },
  ...PERCENTILES.map(([, label]) => ({ label, align: "right" as const })),
];

/** What requesters paid per program: the spread of second prices, busiest programs first. */
export function ProgramFees({ programs }: { programs: MarketSummary["programs"] }) {
  if (programs.length === 0) return <p className="text-muted text-sm">No request was fulfilled in this window.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="program-fees">
        <caption className="sr-only">Fees paid per program, percentiles over fulfilled requests</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-line">
          {programs.map((program) => (
            <tr key={program.vk} data-testid={`program-${program.vk}`}>
              <th scope="row" className="py-2 text-left font-normal">
                <Link
                  href={`/market?vk=${program.vk}`}
                  className="font-mono text-accent text-xs hover:underline"
                  title={program.vk}
                >
                  <span className="sr-only">Requests of program </span>
                  {program.vk.slice(0, 10)}…
                </Link>
              </th>
              <td className="py-2 text-right tabular-nums">{program.fulfilled}</td>
              {PERCENTILES.map(([key]) => (
                <td key={key} className="py-2 text-right">
                  <Amount wei={program.fees[key]} compact />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
