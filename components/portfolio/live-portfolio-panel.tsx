"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { UnstakeForm } from "@/components/staking/unstake-form";
import { WithdrawMatured } from "@/components/staking/unstake-withdraw-matured";
import { Card } from "@/components/ui/card";
import { useServerFollowsAccount } from "@/components/wallet/use-server-follows-account";
import { WriteGuard } from "@/components/wallet/write-guard";
import { type LivePortfolio, maturedProvers } from "@/lib/portfolio/live-portfolio";
import type { PositionEarningsProps } from "@/lib/portfolio/position-earnings";
import { ReadFailed } from "../ui/read-failed";
import { PortfolioPositions, type PortfolioWrites } from "./portfolio-positions";
import { PortfolioSkeleton } from "./portfolio-skeleton";
import { useLivePortfolio } from "./use-live-portfolio";

const INDEXER_LAG_MS = 2_000;

type Props = {
  /** The account the server rendered for (from wagmi's cookie), or null. */
  serverAccount: Address | null;
  earnings: PositionEarningsProps[];
};

function ownWrites(user: Address, portfolio: LivePortfolio, onWritten: () => void): PortfolioWrites {
  return {
    withdraw: (
      <WithdrawMatured
        user={user}
        provers={maturedProvers(portfolio)}
        ready={portfolio.totals.readyToWithdraw}
        onWritten={onWritten}
      />
    ),
    unstake: (position) => (
      <UnstakeForm user={user} position={position} rules={portfolio.rules} onWritten={onWritten} />
    ),
  };
}

/** The connected account's positions, read live from the chain, with the unstake ladder and every write. */
export default function LivePortfolioPanel({ serverAccount, earnings }: Props) {
  const router = useRouter();
  const { address, isConnected } = useAccount();
  const portfolio = useLivePortfolio(address);
  useServerFollowsAccount(serverAccount);
  // The server part (earnings, history) comes from the indexer, which follows the chain about a
  // second behind: re-render it after a write, and once more when the indexer has the block.
  const onWritten = useCallback(() => {
    router.refresh();
    setTimeout(() => router.refresh(), INDEXER_LAG_MS);
  }, [router]);
  const { refetch: refetchPortfolio } = portfolio;
  const refetch = useCallback(() => void refetchPortfolio(), [refetchPortfolio]);

  if (!isConnected || !address) {
    return (
      <Card
        title="Connect to see your positions"
        description="Your positions are read from the chain for the account your wallet connects. Nothing is ever sent without your confirmation in the wallet. To look at any address without connecting, watch it above."
      >
        <WriteGuard action="see your portfolio">{null}</WriteGuard>
      </Card>
    );
  }
  if (portfolio.data) {
    return (
      <PortfolioPositions
        portfolio={portfolio.data}
        readAtMs={portfolio.dataUpdatedAt}
        earnings={earnings}
        onMatured={refetch}
        writes={ownWrites(address, portfolio.data, onWritten)}
      />
    );
  }
  if (portfolio.isError) {
    return (
      <ReadFailed
        title="Positions unavailable"
        message="Your positions could not be read from the chain."
        onRetry={() => portfolio.refetch()}
      />
    );
  }
  return <PortfolioSkeleton />;
}
