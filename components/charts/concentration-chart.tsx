"use client";

import { Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One day's concentration: the coalition sizes (provers) and HHI and Gini (percent). */
export type ConcentrationDay = { day: string; nakamoto33: number; nakamoto50: number; hhiBps: number; giniBps: number };

// Coalition sizes are counts and the indices are shares: one panel each, so neither flattens the other.
export default function ConcentrationChart({ days }: { days: ConcentrationDay[] }) {
  const data = days.map((entry) => ({
    day: entry.day.slice(5),
    nakamoto33: entry.nakamoto33,
    nakamoto50: entry.nakamoto50,
    hhi: entry.hhiBps / 100,
    gini: entry.giniBps / 100,
  }));
  return (
    <div className="w-full space-y-2" role="img" aria-label="Nakamoto coefficients, HHI and Gini of stake by day">
      <p className="text-muted text-xs">Provers needed to pass a third and a half of all stake</p>
      <div className="h-36 w-full">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <XAxis dataKey="day" stroke="currentColor" fontSize={11} />
            <YAxis width={40} stroke="currentColor" fontSize={11} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line
              dataKey="nakamoto33"
              name="More than a third"
              stroke="rgb(var(--accent))"
              dot={false}
              isAnimationActive={false}
              type="stepAfter"
            />
            <Line
              dataKey="nakamoto50"
              name="A majority"
              stroke="rgb(var(--success))"
              dot={false}
              isAnimationActive={false}
              type="stepAfter"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="text-muted text-xs">HHI and Gini of stake (%)</p>
      <div className="h-36 w-full">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <XAxis dataKey="day" stroke="currentColor" fontSize={11} />
            <YAxis width={40} stroke="currentColor" fontSize={11} domain={[0, 100]} />
            <Tooltip formatter={(value, name) => [`${Number(value).toFixed(2)}%`, String(name)]} />
            <Legend />
            <Line dataKey="hhi" name="HHI" stroke="rgb(var(--accent))" dot={false} isAnimationActive={false} />
            <Line dataKey="gini" name="Gini" stroke="rgb(var(--warning))" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
