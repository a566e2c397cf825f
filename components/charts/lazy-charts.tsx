"use client";

import dynamic from "next/dynamic";

// Charts load after the page: the numbers are in the first HTML, recharts is not.
const placeholder = () => <div className="h-56 w-full animate-pulse rounded-xl bg-line/30" />;
export const LazySharePriceChart = dynamic(() => import("./share-price-chart"), { ssr: false, loading: placeholder });
export const LazyFeeFlowChart = dynamic(() => import("./fee-flow-chart"), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded-xl bg-line/30" />,
});
export const LazyWinningFeesChart = dynamic(() => import("./winning-fees-chart"), {
  ssr: false,
  loading: placeholder,
});
export const LazyConcentrationChart = dynamic(() => import("./concentration-chart"), {
  ssr: false,
  loading: () => <div className="h-80 w-full animate-pulse rounded-xl bg-line/30" />,
});
