"use client";

import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUnits } from "viem";
import { LOCALE } from "@/lib/format/locale";

/** One day of fees, wei as decimal strings (the props cross to the browser as JSON). */
export type FeeDay = { day: string; proverRewards: string; protocolFee: string };

const brev = (wei: string) => Number(formatUnits(BigInt(wei), 18));

/** The picture of the table beside it (which holds the exact figures): fees by day, split by who got them. */
export default function MarketFeesChart({ days }: { days: FeeDay[] }) {
  const data = days.map((entry) => ({
    day: entry.day.slice(5),
    proverRewards: brev(entry.proverRewards),
    protocolFee: brev(entry.protocolFee),
  }));
  return (
    <div className="h-56 w-full" role="img" aria-label="Fees of fulfilled requests by day: to provers and protocol fee">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="day" stroke="currentColor" fontSize={11} />
          <YAxis width={64} stroke="currentColor" fontSize={11} />
          <Tooltip formatter={(value, name) => [`${Number(value).toLocaleString(LOCALE)} BREV`, String(name)]} />
          <Legend />
          <Bar
            dataKey="proverRewards"
            name="To provers"
            stackId="s"
            fill="rgb(var(--accent))"
            isAnimationActive={false}
          />
          <Bar
            dataKey="protocolFee"
            name="Protocol fee"
            stackId="s"
            fill="rgb(var(--warning))"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
