"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { LivePortfolio } from "@/lib/portfolio/live-portfolio";
import type { PositionEarningsProps } from "@/lib/portfolio/position-earnings";
import { PortfolioPositions } from "./portfolio-positions";

/**
 * A watched address's positions as the server read them from the chain: the same figures as the
 * owner's view and no write anywhere. When a request matures, the server reads the chain again.
 */
export function WatchedPortfolio({
  portfolio,
  readAtMs,
  earnings,
}: {
  portfolio: LivePortfolio;
  readAtMs: number;
  earnings: PositionEarningsProps[];
}) {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  return (
    <PortfolioPositions
      portfolio={portfolio}
      readAtMs={readAtMs}
      earnings={earnings}
      onMatured={refresh}
      writes={null}
    />
  );
}
