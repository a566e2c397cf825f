"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUnits } from "viem";
import { formatAbsolute } from "@/lib/format/time";
import { TIME_AXIS } from "./time-axis";

/** `sharePrice`: BREV wei per whole vault share (`convertToAssets(10 ** decimals)`), as a decimal string. */
export type PricePoint = { timestamp: number; sharePrice: string };

/** BREV per whole share as a chart value; a float is fine for drawing a line, never for money. */
function wholeSharePrice(sharePrice: string): number {
  return Number(formatUnits(BigInt(sharePrice), 18));
}

export default function SharePriceChart({ points }: { points: PricePoint[] }) {
  const data = points.map((point) => ({ t: point.timestamp, price: wholeSharePrice(point.sharePrice) }));
  return (
    <div className="h-56 w-full" role="img" aria-label="Share price over the selected window">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis {...TIME_AXIS} />
          <YAxis
            domain={["auto", "auto"]}
            width={64}
            stroke="currentColor"
            fontSize={11}
            tickFormatter={(v: number) => v.toFixed(4)}
          />
          <Tooltip
            labelFormatter={(t) => formatAbsolute(Number(t))}
            formatter={(value) => [`${Number(value).toFixed(6)} BREV`, "per share"]}
          />
          <Line
            type="stepAfter"
            dataKey="price"
            stroke="rgb(var(--accent))"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
