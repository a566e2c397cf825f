"use client";

import dynamic from "next/dynamic";

// The chart loads after the page: its figures are in the table of the first HTML, recharts is not.
export const LazyMarketFeesChart = dynamic(() => import("./market-fees-chart"), {
  ssr: false,
  loading: () => <div className="h-56 w-full animate-pulse rounded-xl bg-line/30" />,
});
