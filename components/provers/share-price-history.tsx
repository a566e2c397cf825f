import { ChartTable } from "@/components/charts/chart-table";
import { LazySharePriceChart } from "@/components/charts/lazy-charts";
import { Amount } from "@/components/ui/amount";
import type { ProverSeries } from "@/lib/indexer/schemas";

type Point = ProverSeries["sharePrice"][number];

const utcDay = (timestamp: number) => new Date(timestamp * 1000).toISOString().slice(0, 10);

/** Each UTC day's last point, newest first: the table does not need every snapshot the line draws. */
function dailyCloses(points: readonly Point[]): Point[] {
  const byDay = new Map<string, Point>();
  for (const point of points) byDay.set(utcDay(point.timestamp), point);
  return [...byDay.values()].reverse();
}

/** The vault's share price over the window: the chart, and its daily closes as a table. */
export function SharePriceHistory({ points }: { points: ProverSeries["sharePrice"] }) {
  return (
    <>
      <LazySharePriceChart
        points={points.map((p) => ({ timestamp: p.timestamp, sharePrice: p.sharePrice.toString() }))}
      />
      <ChartTable
        caption="Share price and vault assets at each day's close"
        columns={[
          { label: "Day (UTC)" },
          { label: "Per share", align: "right" },
          { label: "In vault", align: "right" },
        ]}
        empty="No share price in this window."
        rows={dailyCloses(points).map((point) => ({
          key: String(point.timestamp),
          cells: [
            utcDay(point.timestamp),
            <Amount key="p" wei={point.sharePrice} />,
            <Amount key="a" wei={point.totalAssets} compact />,
          ],
        }))}
        testId="share-price-table"
      />
    </>
  );
}
