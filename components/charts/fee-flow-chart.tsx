"use client";

import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUnits } from "viem";
import { LOCALE } from "@/lib/format/locale";

export type FlowDay = { day: string; market: string; epoch: string; other: string };

const brev = (wei: string) => Number(formatUnits(BigInt(wei), 18));

export default function FeeFlowChart({ days }: { days: FlowDay[] }) {
  const data = days.map((entry) => ({
    day: entry.day.slice(5),
    market: brev(entry.market),
    epoch: brev(entry.epoch),
    other: brev(entry.other),
  }));
  return (
    <div className="h-56 w-full" role="img" aria-label="Rewards by day and source">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="day" stroke="currentColor" fontSize={11} />
          <YAxis width={64} stroke="currentColor" fontSize={11} />
          <Tooltip formatter={(value, name) => [`${Number(value).toLocaleString(LOCALE)} BREV`, String(name)]} />
          <Legend />
          <Bar dataKey="market" name="Market fees" stackId="s" fill="rgb(var(--accent))" isAnimationActive={false} />
          <Bar
            dataKey="epoch"
            name="Foundation epochs"
            stackId="s"
            fill="rgb(var(--success))"
            isAnimationActive={false}
          />
          <Bar dataKey="other" name="Other" stackId="s" fill="rgb(var(--muted))" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
