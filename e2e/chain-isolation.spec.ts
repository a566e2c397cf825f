// Every test starts from the same pristine fork, whatever the test before it did: the
// first test changes balances, time and blocks; the second, running after it in the same
// worker, sees none of that.
import { parseEther } from "viem";
import { BOB, expect, test } from "./fixtures";

const minted = parseEther("1000000");
const WEEK = 7 * 24 * 60 * 60;
/** The chain time the first test jumped to; the second checks the clock came back. */
let jumpedTo: bigint | undefined;

test("a test may change the chain freely", async ({ chain }) => {
  const supplyBefore = await chain.readBrevTotalSupply();
  await chain.fund(BOB, { brev: minted, eth: parseEther("1") });
  await chain.increaseTime(WEEK);
  jumpedTo = (await chain.client.getBlock()).timestamp;
  await chain.mine(5);
  expect(await chain.readBrevTotalSupply()).toBe(supplyBefore + minted);
  expect(await chain.client.getBalance({ address: BOB })).toBe(parseEther("1"));
  expect(await chain.blockNumber()).toBeGreaterThan(chain.forkBlock);
});

test("the next test sees the pristine fork again", async ({ chain }) => {
  const pristine = { blockNumber: chain.forkBlock };
  expect(await chain.blockNumber()).toBe(chain.forkBlock);
  expect(await chain.readBrevTotalSupply()).toBe(await chain.readBrevTotalSupply(pristine));
  expect(await chain.readBrevBalance(BOB)).toBe(await chain.readBrevBalance(BOB, pristine));
  expect(await chain.client.getBalance({ address: BOB })).toBe(
    await chain.client.getBalance({ address: BOB, ...pristine }),
  );
  if (jumpedTo !== undefined) {
    // The clock was reverted too: a block mined now is not a week ahead.
    await chain.mine(1);
    expect((await chain.client.getBlock()).timestamp).toBeLessThan(jumpedTo - BigInt(WEEK) + 3600n);
  }
});
