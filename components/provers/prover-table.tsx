import Link from "next/link";
import type { ReactNode } from "react";
import { formatBps } from "@/lib/format/percent";
import { formatAbsolute, formatRelative } from "@/lib/format/time";
import type { ProverSummary } from "@/lib/indexer/schemas";
import { type DirectoryQuery, type DirectorySort, directoryHref } from "@/lib/provers/directory-query";
import { Amount } from "../ui/amount";
import { BoundStakeBar } from "./bound-stake-bar";
import { ProverIcon } from "./prover-icon";
import { StateBadge } from "./state-badge";

type Column = { label: string; sort?: DirectorySort; align?: "right" };
const COLUMNS: Column[] = [
  { label: "Prover" },
  { label: "State" },
  { label: "Total stake", sort: "stake", align: "right" },
  { label: "Bound vs free", sort: "bound" },
  { label: "Commission", sort: "commission", align: "right" },
  { label: "APY 7 d", sort: "apy7d", align: "right" },
  { label: "APY 30 d", sort: "apy30d", align: "right" },
  { label: "Reliability", sort: "reliability", align: "right" },
  { label: "Proofs", align: "right" },
  { label: "Fees 30 d", sort: "fees30d", align: "right" },
  { label: "Stakers", sort: "stakers", align: "right" },
  { label: "Last active", sort: "lastActive" },
  { label: "Joined", sort: "joined" },
];

function SortHeader({ column, query }: { column: Column; query: DirectoryQuery }) {
  const align = column.align === "right" ? "text-right" : "text-left";
  if (!column.sort) return <th className={`px-3 py-2 font-medium ${align}`}>{column.label}</th>;
  const active = query.sort === column.sort;
  const order = active && query.order === "desc" ? "asc" : "desc";
  return (
    <th
      className={`px-3 py-2 font-medium ${align}`}
      aria-sort={active ? (query.order === "desc" ? "descending" : "ascending") : "none"}
    >
      <Link
        href={directoryHref(query, { sort: column.sort, order, page: 1 })}
        className={`hover:text-ink ${active ? "text-ink" : ""}`}
      >
        {column.label}
        {active ? (query.order === "desc" ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
}

function Apy({ apy }: { apy: ProverSummary["apy7d"] }) {
  if (!apy)
    return (
      <span className="text-muted" title="Not enough history for this window">
        —
      </span>
    );
  return (
    <span title={`${formatBps(apy.grossBps)} before commission`} className="tabular-nums">
      {formatBps(apy.netBps)}
    </span>
  );
}

function When({ at, now }: { at: number | null; now: number }) {
  if (at === null) return <span className="text-muted">never</span>;
  return (
    <time dateTime={new Date(at * 1000).toISOString()} title={formatAbsolute(at)}>
      {formatRelative(at, now)}
    </time>
  );
}

function Cell({ children, align }: { children: ReactNode; align?: "right" }) {
  return <td className={`whitespace-nowrap px-3 py-3 ${align === "right" ? "text-right" : ""}`}>{children}</td>;
}

/** The prover directory, sorted and filtered on the server; every row links to the prover. */
export function ProverTable({ provers, query, now }: { provers: ProverSummary[]; query: DirectoryQuery; now: number }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-panel shadow-sm">
      <table className="min-w-full text-sm" data-testid="prover-table">
        <thead className="border-line border-b text-muted text-xs uppercase tracking-wider">
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} query={query} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {provers.map((prover) => {
            const { reliability } = prover;
            const overrides = prover.commissionOverrides
              .map((entry) => `${entry.sourceKind}: ${formatBps(entry.rateBps)}`)
              .join(", ");
            return (
              <tr
                key={prover.address}
                className="hover:bg-line/20"
                data-testid="prover-row"
                data-address={prover.address}
              >
                <td className="sticky left-0 bg-panel px-3 py-3">
                  <Link href={`/provers/${prover.address}`} className="flex min-w-48 max-w-72 items-center gap-3">
                    <ProverIcon name={prover.name} iconUrl={prover.iconUrl} address={prover.address} />
                    <span className="min-w-0">
                      <span
                        className="block truncate font-medium text-ink"
                        title={prover.name}
                        data-testid="prover-name"
                      >
                        {prover.name || "Unnamed prover"}
                      </span>
                      <span className="block font-mono text-muted text-xs">
                        {prover.address.slice(0, 6)}…{prover.address.slice(-4)}
                      </span>
                    </span>
                  </Link>
                </td>
                <Cell>
                  <StateBadge state={prover.state} retired={prover.retired} />
                </Cell>
                <Cell align="right">
                  <Amount wei={prover.totalAssets} compact testId={`stake-${prover.address.toLowerCase()}`} />
                </Cell>
                <Cell>
                  <BoundStakeBar bound={prover.boundStake} total={prover.totalAssets} />
                </Cell>
                <Cell align="right">
                  <span title={overrides ? `Per source: ${overrides}` : "Same rate for every source"}>
                    {formatBps(prover.defaultCommissionBps)}
                    {overrides ? <sup className="ml-0.5 text-accent">*</sup> : null}
                  </span>
                </Cell>
                <Cell align="right">
                  <Apy apy={prover.apy7d} />
                </Cell>
                <Cell align="right">
                  <Apy apy={prover.apy30d} />
                </Cell>
                <Cell align="right">
                  <span
                    title={`${reliability.fulfilled} proven, ${reliability.failed} missed of ${reliability.wins} won (Wilson lower bound, 95 %)`}
                    className="tabular-nums"
                  >
                    {reliability.wins > 0 ? formatBps(reliability.lowerBoundBps) : "—"}
                  </span>
                </Cell>
                <Cell align="right">{reliability.fulfilled.toLocaleString("en-US")}</Cell>
                <Cell align="right">
                  <Amount wei={prover.fees30d} compact />
                </Cell>
                <Cell align="right">{prover.stakers.toLocaleString("en-US")}</Cell>
                <Cell>
                  <When at={prover.lastActiveAt} now={now} />
                </Cell>
                <Cell>
                  <When at={prover.joinedAt} now={now} />
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
