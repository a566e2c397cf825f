import { type Address, getAddress } from "viem";
import type { StakerOverview } from "../indexer/schemas";

/** What the indexer knows of one position that the chain cannot say cheaply. */
export type PositionEarnings = {
  costBasis: bigint;
  earnings: bigint;
  apySinceEntryBps: number | null;
  firstAt: number;
};

/** The same, as plain data a server component can hand to a client one (bigints as decimal strings). */
export type PositionEarningsProps = {
  prover: string;
  costBasis: string;
  earnings: string;
  apySinceEntryBps: number | null;
  firstAt: number;
};

export function toEarningsProps(positions: StakerOverview["positions"]): PositionEarningsProps[] {
  return positions.map((entry) => ({
    prover: entry.prover,
    costBasis: entry.costBasis.toString(),
    earnings: entry.earnings.toString(),
    apySinceEntryBps: entry.apySinceEntryBps,
    firstAt: entry.firstAt,
  }));
}

export function fromEarningsProps(props: readonly PositionEarningsProps[]): Map<Address, PositionEarnings> {
  return new Map(
    props.map((entry) => [
      getAddress(entry.prover),
      {
        costBasis: BigInt(entry.costBasis),
        earnings: BigInt(entry.earnings),
        apySinceEntryBps: entry.apySinceEntryBps,
        firstAt: entry.firstAt,
      },
    ]),
  );
}
