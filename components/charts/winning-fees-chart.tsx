"use client";

import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUnits } from "viem";
import { formatAbsolute } from "@/lib/format/time";
import { formatToken } from "@/lib/format/token";
import { TIME_AXIS } from "./time-axis";

/** One auction's winning revealed fee (wei, decimal string) at the request's creation time (unix seconds). */
export type WinningFeePoint = { timestamp: number; fee: string };

type Props = {
  points: WinningFeePoint[];
  /** The simulated bid, drawn across the chart; null while the inputs are not valid. */
  bid: string | null;
  decimals: number;
  symbol: string;
};

/** A token amount as a chart value: a float is fine for drawing, never for money. */
const chartValue = (wei: string, decimals: number) => Number(formatUnits(BigInt(wei), decimals));

export default function WinningFeesChart({ points, bid, decimals, symbol }: Props) {
  const data = points.map((point) => ({ t: point.timestamp, fee: chartValue(point.fee, decimals), wei: point.fee }));
  return (
    <div className="h-56 w-full" role="img" aria-label="Winning fees of this program's requests over time">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis {...TIME_AXIS} />
          <YAxis domain={[0, "auto"]} width={72} stroke="currentColor" fontSize={11} />
          <Tooltip
            labelFormatter={(t) => formatAbsolute(Number(t))}
            formatter={(_value, _name, item) => [
              formatToken(BigInt((item.payload as { wei: string }).wei), { decimals, symbol }),
              "winning fee",
            ]}
          />
          <Line
            type="linear"
            dataKey="fee"
            stroke="rgb(var(--accent))"
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
          {bid === null ? null : (
            <ReferenceLine
              y={chartValue(bid, decimals)}
              stroke="currentColor"
              strokeDasharray="4 4"
              label={{ value: "your bid", position: "insideTopRight", fontSize: 11, fill: "currentColor" }}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
