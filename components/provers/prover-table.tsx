import Link from "next/link";
import type { ReactNode } from "react";
import { LOCALE } from "@/lib/format/locale";
import { formatBps } from "@/lib/format/percent";
import type { ProverSummary } from "@/lib/indexer/schemas";
import type { DirectorySort } from "@/lib/provers/directory-params";
import { type DirectoryQuery, directoryHref } from "@/lib/provers/directory-query";
import { Amount } from "../ui/amount";
import { RelativeTime } from "../ui/relative-time";
import { ApyFigure } from "./apy-figure";
import { BoundStakeBar } from "./bound-stake-bar";
import { ProverIcon } from "./prover-icon";
import { StateBadge } from "./state-badge";

/** `title`: what the figure is, where the short label cannot say it. */
type Column = { label: string; sort?: DirectorySort; align?: "right"; title?: string };
type Positions = ReadonlyMap<string, bigint>;

/** The sticky name cell of a row the visitor stakes in: opaque tint plus an accent edge (a row's own shadow does not paint). */
const MINE =
  "bg-[linear-gradient(rgb(var(--accent)/0.06),rgb(var(--accent)/0.06))] shadow-[inset_3px_0_0_rgb(var(--accent))] max-sm:bg-none max-sm:shadow-none";
// A figure and its unit ("30\u00a0d") are joined by a no-break space, so a narrow column never ends a header with a lone "d".
const COLUMNS: Column[] = [
  { label: "Prover" },
  { label: "State" },
  {
    label: "In vault",
    sort: "stake",
    align: "right",
    title: "BREV in the prover's vault; unstakes still pending (and still slashable) are not included",
  },
  { label: "Bound vs free", sort: "bound" },
  { label: "Commission", sort: "commission", align: "right" },
  { label: "APY 7\u00a0d", sort: "apy7d", align: "right" },
  { label: "APY 30\u00a0d", sort: "apy30d", align: "right" },
  {
    label: "Reliability",
    sort: "reliability",
    align: "right",
    title: "Wilson lower bound of proven / (proven + missed); requests overdue right now count on the prover's page",
  },
  { label: "Proofs", align: "right" },
  {
    label: "Fees 30\u00a0d",
    sort: "fees30d",
    align: "right",
    title: "Market fees paid to the prover's vault over 30 days, after the protocol fee",
  },
  { label: "Stakers", sort: "stakers", align: "right", title: "Accounts holding shares in this prover's vault" },
  { label: "Last active", sort: "lastActive" },
  { label: "Joined", sort: "joined" },
];

function SortHeader({ column, query }: { column: Column; query: DirectoryQuery }) {
  const align = column.align === "right" ? "text-right" : "text-left";
  if (!column.sort)
    return (
      <th className={`px-3 py-2 font-medium ${align}`} title={column.title}>
        {column.label}
      </th>
    );
  const active = query.sort === column.sort;
  const order = active && query.order === "desc" ? "asc" : "desc";
  return (
    <th
      className={`px-3 py-2 font-medium ${align}`}
      title={column.title}
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

function When({ at, now }: { at: number | null; now: number }) {
  if (at === null) return <span className="text-muted">never</span>;
  return <RelativeTime at={at} now={now} />;
}

/**
 * One figure of a row. Below `sm` the row becomes a card and each figure shows its column's
 * name above it (from data-label); figures a phone can do without are hidden there.
 */
function Cell({
  children,
  align,
  label,
  phone = true,
}: {
  children: ReactNode;
  align?: "right";
  label: string;
  phone?: boolean;
}) {
  return (
    <td
      data-label={label}
      className={`whitespace-nowrap px-3 py-3 ${align === "right" ? "text-right" : ""} ${phone ? "max-sm:flex max-sm:flex-col max-sm:items-start max-sm:gap-1 max-sm:p-0 max-sm:text-left max-sm:before:text-muted max-sm:before:text-xs max-sm:before:content-[attr(data-label)]" : "max-sm:hidden"}`}
    >
      {children}
    </td>
  );
}

/**
 * The prover directory, sorted and filtered on the server; every row links to the prover.
 * One list for every width: a table from `sm` up, a column of cards on a phone, so nothing
 * scrolls sideways there. Rows of provers the visitor stakes with (`positions`: prover
 * address → the stake's value) are highlighted.
 */
export function ProverTable({
  provers,
  query,
  now,
  positions = new Map(),
}: {
  provers: ProverSummary[];
  query: DirectoryQuery;
  now: number;
  positions?: Positions;
}) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-panel shadow-sm max-sm:overflow-visible max-sm:rounded-none max-sm:border-0 max-sm:bg-transparent max-sm:shadow-none">
      <table className="min-w-full text-sm max-sm:block" data-testid="prover-table">
        <thead className="border-line border-b text-muted text-xs uppercase tracking-wider max-sm:hidden">
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} query={query} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line max-sm:grid max-sm:gap-3 max-sm:divide-y-0">
          {provers.map((prover) => {
            const { reliability } = prover;
            const myStake = positions.get(prover.address);
            const overrides = prover.commissionOverrides
              .map((entry) => `${entry.sourceKind}: ${formatBps(entry.rateBps)}`)
              .join(", ");
            return (
              <tr
                key={prover.address}
                className={`hover:bg-line/20 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-4 max-sm:gap-y-3 max-sm:rounded-2xl max-sm:border max-sm:border-line max-sm:bg-panel max-sm:p-4 max-sm:shadow-sm ${myStake === undefined ? "" : "bg-accent/[0.06] max-sm:border-accent/60 max-sm:ring-1 max-sm:ring-accent/30"}`}
                data-testid="prover-row"
                data-address={prover.address}
              >
                <td
                  className={`sticky left-0 px-3 py-3 max-sm:static max-sm:col-span-2 max-sm:bg-transparent max-sm:p-0 bg-panel ${myStake === undefined ? "" : MINE}`}
                >
                  <Link
                    href={`/provers/${prover.address}`}
                    className="flex min-w-48 max-w-72 items-center gap-3 max-sm:min-w-0 max-sm:max-w-full"
                  >
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
                  {myStake === undefined ? null : (
                    <p className="mt-1 font-medium text-accent text-xs" data-testid="my-position">
                      You stake <Amount wei={myStake} compact />
                    </p>
                  )}
                </td>
                <Cell label="State">
                  <StateBadge state={prover.state} retired={prover.retired} />
                </Cell>
                <Cell label="In vault" align="right">
                  <Amount wei={prover.totalAssets} compact testId={`stake-${prover.address.toLowerCase()}`} />
                </Cell>
                <Cell label="Bound vs free">
                  <BoundStakeBar bound={prover.boundStake} total={prover.totalAssets} />
                </Cell>
                <Cell label="Commission" align="right">
                  <span title={overrides ? `Per source: ${overrides}` : "Same rate for every source"}>
                    {formatBps(prover.defaultCommissionBps)}
                    {overrides ? <sup className="ml-0.5 text-accent">*</sup> : null}
                  </span>
                </Cell>
                <Cell label="APY 7 d" phone={false} align="right">
                  <ApyFigure apy={prover.apy7d} windowDays={7} />
                </Cell>
                <Cell label="APY 30 d, net" align="right">
                  <ApyFigure apy={prover.apy30d} windowDays={30} testId={`apy30d-${prover.address.toLowerCase()}`} />
                </Cell>
                <Cell label="Reliability" align="right">
                  <span
                    title={`${reliability.fulfilled} proven, ${reliability.failed} missed of ${reliability.wins} won (Wilson lower bound, 95 %; overdue requests not counted here)`}
                    className="tabular-nums"
                  >
                    {reliability.wins > 0 ? formatBps(reliability.lowerBoundBps) : "—"}
                  </span>
                </Cell>
                <Cell label="Proofs" phone={false} align="right">
                  {reliability.fulfilled.toLocaleString(LOCALE)}
                </Cell>
                <Cell label="Fees 30 d" phone={false} align="right">
                  <Amount wei={prover.fees30d} compact />
                </Cell>
                <Cell label="Stakers" phone={false} align="right">
                  {prover.stakers.toLocaleString(LOCALE)}
                </Cell>
                <Cell label="Last active" phone={false}>
                  <When at={prover.lastActiveAt} now={now} />
                </Cell>
                <Cell label="Joined" phone={false}>
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
