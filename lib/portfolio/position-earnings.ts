import { type Address, getAddress } from "viem";
import type { StakerOverview } from "../indexer/schemas";

type SinceEntry = StakerOverview["positions"][number]["apySinceEntry"];

/** What the indexer knows of one position that the chain cannot say cheaply. */
export type PositionEarnings = {
  costBasis: bigint;
  earnings: bigint;
  apySinceEntry: SinceEntry;
  firstAt: number;
};

/** The same, as plain data a server component can hand to a client one (bigints as decimal strings). */
export type PositionEarningsProps = {
  /** Checksummed on the server, so the browser's page needs no keccak to match it to the chain's. */
  prover: Address;
  costBasis: string;
  earnings: string;
  apySinceEntry: SinceEntry;
  firstAt: number;
};

export function toEarningsProps(positions: StakerOverview["positions"]): PositionEarningsProps[] {
  return positions.map((entry) => ({
    prover: getAddress(entry.prover),
    costBasis: entry.costBasis.toString(),
    earnings: entry.earnings.toString(),
    apySinceEntry: entry.apySinceEntry,
    firstAt: entry.firstAt,
  }));
}

export function fromEarningsProps(props: readonly PositionEarningsProps[]): Map<Address, PositionEarnings> {
  return new Map(
    props.map((entry) => [
      entry.prover,
      {
        costBasis: BigInt(entry.costBasis),
        earnings: BigInt(entry.earnings),
        apySinceEntry: entry.apySinceEntry,
        firstAt: entry.firstAt,
      },
    ]),
  );
}
