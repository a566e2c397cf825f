import { chainNow, type IndexedBlock, indexedCheckpoint } from "./clock";

/** Answers kept per block: their keys come from query strings a client chooses. */
const MAX_ANSWERS = 256;
/**
 * Blocks whose answers are kept: a request that read the block before the newest one finishes
 * its reads after it has arrived, and must still find the answer its block's requests share.
 */
const MAX_BLOCKS = 4;
/**
 * JSON text kept over all blocks: a network answer is ~200 KB, so the answer count alone would
 * let clients cycling through `days` pin ~200 MB. Past it, answers are computed, not kept.
 */
export const MAX_KEPT_BYTES = 32 * 2 ** 20;

type Block = { key: string; answers: Map<string, Promise<unknown>>; bytes: number };

/** Newest last. */
const blocks = new Map<string, Block>();
let keptBytes = 0;

function blockOf(key: string): Block {
  const found = blocks.get(key);
  if (found) return found;
  const block: Block = { key, answers: new Map(), bytes: 0 };
  blocks.set(key, block);
  for (const [oldestKey, oldest] of blocks) {
    if (blocks.size <= MAX_BLOCKS) break;
    blocks.delete(oldestKey);
    keptBytes -= oldest.bytes;
  }
  return block;
}

/** Keeps `answer` for the block, and counts its size once known; one that would pass the budget is let go. */
function keep<T>(block: Block, key: string, answer: Promise<T>, sizeOf: (value: T) => number) {
  if (block.answers.size >= MAX_ANSWERS) return;
  block.answers.set(key, answer);
  const forget = () => {
    if (block.answers.get(key) === answer) block.answers.delete(key);
  };
  answer.then((value) => {
    const size = sizeOf(value);
    if (block.answers.get(key) !== answer) return;
    if (keptBytes + size > MAX_KEPT_BYTES) return forget();
    block.bytes += size;
    // A block already dropped no longer holds anything against the budget.
    if (blocks.get(block.key) === block) keptBytes += size;
  }, forget);
}

/**
 * The answer for `key` computed once per indexed block: everything the API reads changes only
 * when Ponder indexes something, so requests in between share one computation, the ones that
 * arrive while it runs included. Keyed by Ponder's checkpoint (it moves with every block that
 * brought work) and the clock block's hash (a reorg to another block of the same height and time
 * can repeat a checkpoint, not a hash); a failed computation is forgotten, so the next request
 * tries again. `sizeOf` counts an answer against the byte budget; an object answer (the
 * directory, one per block) counts only against the answer limit.
 */
export async function perBlock<T>(
  key: string,
  compute: (now: IndexedBlock) => Promise<T>,
  sizeOf: (value: T) => number = () => 0,
): Promise<T> {
  const [now, checkpoint] = await Promise.all([chainNow(), indexedCheckpoint()]);
  if (checkpoint === null || now.blockHash === null) return compute(now);
  const block = blockOf(`${checkpoint}|${now.blockHash}`);
  const found = block.answers.get(key);
  if (found) return found as Promise<T>;
  const answer = compute(now);
  keep(block, key, answer, sizeOf);
  return answer;
}

/**
 * `perBlock` for an answer sent as JSON: serialised once per block too, since turning a
 * thousand provers' figures into text again for every request costs as much as a cheap route.
 */
export function perBlockJson(key: string, compute: (now: IndexedBlock) => Promise<unknown>): Promise<string> {
  return perBlock(
    key,
    async (now) => JSON.stringify(await compute(now)),
    (text) => text.length,
  );
}

/** A JSON text as Hono's `c.json` would send it. */
export const JSON_HEADERS = { "content-type": "application/json" } as const;
