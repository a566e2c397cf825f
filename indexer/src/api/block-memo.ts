import { chainNow, type IndexedBlock, indexedCheckpoint } from "./clock";

/** Answers kept per block: their keys come from query strings a client chooses. */
const MAX_ANSWERS = 256;
/**
 * Blocks whose answers are kept: a request that read the block before the newest one finishes
 * its reads after it has arrived, and must still find the answer its block's requests share.
 */
const MAX_BLOCKS = 4;

/** Newest last. */
const blocks = new Map<string, Map<string, Promise<unknown>>>();

function answersOf(block: string): Map<string, Promise<unknown>> {
  const found = blocks.get(block);
  if (found) return found;
  const answers = new Map<string, Promise<unknown>>();
  blocks.set(block, answers);
  for (const oldest of blocks.keys()) {
    if (blocks.size <= MAX_BLOCKS) break;
    blocks.delete(oldest);
  }
  return answers;
}

/**
 * The answer for `key` computed once per indexed block: everything the API reads changes only
 * when Ponder indexes something, so requests in between share one computation, the ones that
 * arrive while it runs included. Keyed by Ponder's checkpoint (it moves with every block that
 * brought work) and the clock block's hash (a reorg to another block of the same height and time
 * can repeat a checkpoint, not a hash); a failed computation is forgotten, so the next request
 * tries again.
 */
export async function perBlock<T>(key: string, compute: (now: IndexedBlock) => Promise<T>): Promise<T> {
  const [now, checkpoint] = await Promise.all([chainNow(), indexedCheckpoint()]);
  if (checkpoint === null || now.blockHash === null) return compute(now);
  const answers = answersOf(`${checkpoint}|${now.blockHash}`);
  const found = answers.get(key);
  if (found) return found as Promise<T>;
  const answer = compute(now);
  if (answers.size < MAX_ANSWERS) {
    answers.set(key, answer);
    answer.catch(() => {
      if (answers.get(key) === answer) answers.delete(key);
    });
  }
  return answer;
}

/**
 * `perBlock` for an answer sent as JSON: serialised once per block too, since turning a
 * thousand provers' figures into text again for every request costs as much as a cheap route.
 */
export function perBlockJson(key: string, compute: (now: IndexedBlock) => Promise<unknown>): Promise<string> {
  return perBlock(key, async (now) => JSON.stringify(await compute(now)));
}

/** A JSON text as Hono's `c.json` would send it. */
export const JSON_HEADERS = { "content-type": "application/json" } as const;
