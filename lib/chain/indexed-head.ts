import { z } from "zod";
import { indexerUrl } from "../indexer/server";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";

export type IndexedHead = { blockNumber: bigint; blockTimestamp: bigint };

/** Ponder's /status: one entry per indexed chain with the last block it has processed. */
const statusSchema = z.record(
  z.string(),
  z.object({ block: z.object({ number: z.number().int().nonnegative(), timestamp: z.number().int().nonnegative() }) }),
);

/**
 * The last block the indexer has processed, so a page whose chain reads failed can say how
 * old the indexer's figures are; null when the indexer does not answer either.
 */
export async function readIndexedHead(baseUrl: string | null = indexerUrl()): Promise<IndexedHead | null> {
  if (!baseUrl) return null;
  try {
    const response = await fetch(`${baseUrl.replace(/\/$/, "")}/status`, {
      cache: "no-store",
      signal: AbortSignal.timeout(3_000),
    });
    if (!response.ok) return null;
    const parsed = statusSchema.safeParse(await response.json());
    const block = parsed.success ? Object.values(parsed.data)[0]?.block : undefined;
    return block ? { blockNumber: BigInt(block.number), blockTimestamp: BigInt(block.timestamp) } : null;
  } catch {
    return null;
  }
}

/** Whether the chain answers at all: pages that read only the indexer use it to tell the visitor their figures may lag. */
export async function chainAnswers(runtime: ChainRuntimeConfig): Promise<boolean> {
  try {
    await serverPublicClient(runtime).getBlockNumber({ cacheTime: 0 });
    return true;
  } catch {
    return false;
  }
}
