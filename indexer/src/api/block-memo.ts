import { chainNow, type IndexedBlock, indexedCheckpoint } from "./clock";

/** Answers kept per block: their keys come from query strings a client chooses. */
const MAX_ANSWERS = 256;

let current: { block: string; answers: Map<string, Promise<unknown>> } | null = null;

/**
 * The answer for `key` computed once per indexed block: everything the API reads changes only
 * when Ponder indexes something, so requests in between share one computation. Keyed by Ponder's
 * checkpoint (it moves with every block that brought work) and the clock block's hash (a reorg to
 * another block of the same height and time can repeat a checkpoint, not a hash); a failed
 * computation is forgotten, so the next request tries again.
 */
export async function perBlock<T>(key: string, compute: (now: IndexedBlock) => Promise<T>): Promise<T> {
  const [now, checkpoint] = await Promise.all([chainNow(), indexedCheckpoint()]);
  if (checkpoint === null || now.blockHash === null) return compute(now);
  const block = `${checkpoint}|${now.blockHash}`;
  if (current?.block !== block) current = { block, answers: new Map() };
  const { answers } = current;
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
