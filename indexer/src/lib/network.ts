import type { Context } from "ponder:registry";
import { network, networkDaily } from "ponder:schema";
import { dayOf } from "./event-id";

type Db = Context["db"];
const NETWORK_ID = 1;

type NetworkRow = typeof network.$inferSelect;
type DailyFlows = Partial<
  Pick<
    typeof networkDaily.$inferSelect,
    | "staked"
    | "unstaked"
    | "marketFees"
    | "epochRewards"
    | "otherRewards"
    | "commission"
    | "requests"
    | "fulfilled"
    | "refunded"
    | "slashed"
  >
>;

export async function readNetwork(db: Db): Promise<NetworkRow> {
  const row = await db.find(network, { id: NETWORK_ID });
  if (row) return row;
  return db.insert(network).values({
    id: NETWORK_ID,
    totalAssets: 0n,
    provers: 0,
    activeProvers: 0,
    stakers: 0,
    statsEpoch: 0,
    statsEpochCount: 1,
  });
}

/** Applies a change to the network totals and carries them into the day's row. */
export async function updateNetwork(
  db: Db,
  timestamp: bigint,
  change: (row: NetworkRow) => Partial<Omit<NetworkRow, "id">>,
): Promise<NetworkRow> {
  const current = await readNetwork(db);
  const next = await db.update(network, { id: NETWORK_ID }).set(change(current));
  await addDaily(db, timestamp, {}, next);
  return next;
}

/** Adds flows to the day's row; the day's gauges (TVL, provers, stakers) are the network's latest. */
export async function addDaily(db: Db, timestamp: bigint, flows: DailyFlows, current?: NetworkRow): Promise<void> {
  const totals = current ?? (await readNetwork(db));
  const gauges = { tvl: totals.totalAssets, activeProvers: totals.activeProvers, stakers: totals.stakers };
  await db
    .insert(networkDaily)
    .values({
      day: dayOf(timestamp),
      ...gauges,
      staked: flows.staked ?? 0n,
      unstaked: flows.unstaked ?? 0n,
      marketFees: flows.marketFees ?? 0n,
      epochRewards: flows.epochRewards ?? 0n,
      otherRewards: flows.otherRewards ?? 0n,
      commission: flows.commission ?? 0n,
      requests: flows.requests ?? 0,
      fulfilled: flows.fulfilled ?? 0,
      refunded: flows.refunded ?? 0,
      slashed: flows.slashed ?? 0n,
    })
    .onConflictDoUpdate((row) => ({
      ...gauges,
      staked: row.staked + (flows.staked ?? 0n),
      unstaked: row.unstaked + (flows.unstaked ?? 0n),
      marketFees: row.marketFees + (flows.marketFees ?? 0n),
      epochRewards: row.epochRewards + (flows.epochRewards ?? 0n),
      otherRewards: row.otherRewards + (flows.otherRewards ?? 0n),
      commission: row.commission + (flows.commission ?? 0n),
      requests: row.requests + (flows.requests ?? 0),
      fulfilled: row.fulfilled + (flows.fulfilled ?? 0),
      refunded: row.refunded + (flows.refunded ?? 0),
      slashed: row.slashed + (flows.slashed ?? 0n),
    }));
}
