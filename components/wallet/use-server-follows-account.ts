"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { type Address, isAddressEqual } from "viem";
import { useAccount } from "wagmi";

/** Refreshes per account change at most: enough to outlast a race with the cookie, never a loop. */
const FOLLOW_ATTEMPTS = 5;

/**
 * The server part follows the wallet: while the account differs from the one it rendered for,
 * re-render it. A refresh is never cut short by the next (the server may be slow while the
 * indexer is busy); one that still rendered the old account, having raced the wallet writing
 * its cookie, is followed by another.
 */
export function useServerFollowsAccount(serverAccount: Address | null) {
  const router = useRouter();
  const { address, status } = useAccount();
  const [refreshing, startRefresh] = useTransition();
  const attempts = useRef({ wanted: "", count: 0 });
  const wanted = status === "connected" ? (address ?? null) : status === "disconnected" ? null : serverAccount;
  const behind = wanted === null ? serverAccount !== null : !(serverAccount && isAddressEqual(wanted, serverAccount));
  useEffect(() => {
    if (!behind || refreshing) return;
    const key = wanted ?? "none";
    if (attempts.current.wanted !== key) attempts.current = { wanted: key, count: 0 };
    if (attempts.current.count >= FOLLOW_ATTEMPTS) return;
    attempts.current.count += 1;
    startRefresh(() => router.refresh());
  }, [behind, refreshing, wanted, router]);
}
