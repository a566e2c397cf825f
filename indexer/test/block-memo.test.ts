import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_KEPT_BYTES, perBlock, perBlockJson } from "../src/api/block-memo";

// The indexed block the memo sees: Ponder's checkpoint and the clock's hash, set by each test.
const indexed = vi.hoisted(() => ({ checkpoint: "1", hash: "0x01" as `0x${string}` }));
vi.mock("../src/api/clock", () => ({
  chainNow: async () => ({ blockNumber: 1n, blockHash: indexed.hash, timestamp: 1n }),
  indexedCheckpoint: async () => indexed.checkpoint,
}));

let block = 0;
function nextBlock() {
  block += 1;
  indexed.checkpoint = String(block);
  indexed.hash = `0x${block.toString(16).padStart(2, "0")}`;
}

/** `count` blocks that each had a request, so that the memo has seen them. */
async function newBlocks(count: number) {
  for (let i = 0; i < count; i++) {
    nextBlock();
    await perBlock("empty", async () => null);
  }
}

/** A JSON answer of about `bytes` bytes, counting how often it is computed. */
function sized(bytes: number) {
  const counter = { computed: 0 };
  const compute = async () => {
    counter.computed += 1;
    return "x".repeat(bytes);
  };
  return { counter, compute };
}

describe("the per-block memo", () => {
  // Blocks with nothing to count push out the blocks an earlier test filled.
  beforeEach(async () => {
    await newBlocks(4);
    nextBlock();
  });

  it("computes an answer once per block, and again in the next block", async () => {
    const { counter, compute } = sized(10);
    const answers = await Promise.all([perBlockJson("a", compute), perBlockJson("a", compute)]);
    expect(answers[0]).toBe(answers[1]);
    await perBlockJson("a", compute);
    expect(counter.computed).toBe(1);
    nextBlock();
    await perBlockJson("a", compute);
    expect(counter.computed).toBe(2);
  });

  it("forgets a failed computation, so the next request tries again", async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      if (calls === 1) throw new Error("read failed");
      return { ok: true };
    };
    await expect(perBlock("b", failing)).rejects.toThrow("read failed");
    await expect(perBlock("b", failing)).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it("keeps JSON text only up to its byte budget, and frees a block's bytes when the block is dropped", async () => {
    // A third of the budget once JSON.stringify has added its two quotes.
    const third = Math.floor(MAX_KEPT_BYTES / 3) - 2;
    const kept = [sized(third), sized(third), sized(third)];
    for (const [i, answer] of kept.entries()) await perBlockJson(`big${i}`, answer.compute);
    const over = sized(third);
    await perBlockJson("over", over.compute);
    await perBlockJson("over", over.compute);
    // Past the budget: computed for each request, not kept.
    expect(over.counter.computed).toBe(2);
    for (const [i, answer] of kept.entries()) await perBlockJson(`big${i}`, answer.compute);
    expect(kept.map((answer) => answer.counter.computed)).toEqual([1, 1, 1]);

    // Four newer blocks push this one out; its bytes no longer count.
    await newBlocks(4);
    const after = sized(third);
    await perBlockJson("after", after.compute);
    await perBlockJson("after", after.compute);
    expect(after.counter.computed).toBe(1);
  });
});
