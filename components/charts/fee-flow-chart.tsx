"use client";

import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUnits } from "viem";
import { LOCALE } from "@/lib/format/locale";

export type FlowDay = { day: string; market: string; epoch: string; other: string };

/** BREV as a bar height; a float is fine for drawing, never for money. */
const brev = (wei: string) => Number(formatUnits(BigInt(wei), 18));

const compact = new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 });

type Panel = { title: string; bars: { key: "market" | "epoch" | "other"; name: string; fill: string }[] };

// Foundation epochs pay orders of magnitude more than the market's daily fees: on one axis the
// fees are invisible, so each source gets its own panel and its own scale.
const PANELS: Panel[] = [
  { title: "Market fees", bars: [{ key: "market", name: "Market fees", fill: "rgb(var(--accent))" }] },
  {
    title: "Foundation epochs and other grants",
    bars: [
      { key: "epoch", name: "Foundation epochs", fill: "rgb(var(--success))" },
      { key: "other", name: "Other", fill: "rgb(var(--muted))" },
    ],
  },
];

export default function FeeFlowChart({ days }: { days: FlowDay[] }) {
  const data = days.map((entry) => ({
    day: entry.day.slice(5),
    market: brev(entry.market),
    epoch: brev(entry.epoch),
    other: brev(entry.other),
  }));
  return (
    <div
      className="w-full space-y-2"
      role="img"
      aria-label="Rewards by day: market fees and foundation rewards, each on its own scale"
    >
      {PANELS.map((panel) => (
        <div key={panel.title}>
          <p className="text-muted text-xs">{panel.title} (BREV per day)</p>
          <div className="h-28 w-full">
            <ResponsiveContainer>
              <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                <XAxis dataKey="day" stroke="currentColor" fontSize={11} />
                <YAxis
                  width={56}
                  stroke="currentColor"
                  fontSize={11}
                  tickFormatter={(v: number) => compact.format(v)}
                />
                <Tooltip formatter={(value, name) => [`${Number(value).toLocaleString(LOCALE)} BREV`, String(name)]} />
                {panel.bars.map((bar) => (
                  <Bar
                    key={bar.key}
                    dataKey={bar.key}
                    name={bar.name}
                    stackId="s"
                    fill={bar.fill}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      ))}
    </div>
  );
}
