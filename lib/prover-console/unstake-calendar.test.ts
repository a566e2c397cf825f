import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { unstakeCalendar } from "./unstake-calendar";

const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
const DAY = 86_400n;
const now = 1_700_000_000; // 2023-11-14 22:13:20 UTC

describe("unstakeCalendar", () => {
  it("groups by the UTC day each request matures, matured ones apart, amounts after slashes", () => {
    const calendar = unstakeCalendar(
      [
        { staker: A, amount: 100n, requestTime: BigInt(now) - 8n * DAY, scaleSnapshot: 10_000n },
        { staker: A, amount: 200n, requestTime: BigInt(now) - 5n * DAY, scaleSnapshot: 10_000n },
        { staker: B, amount: 400n, requestTime: BigInt(now) - 5n * DAY + 60n, scaleSnapshot: 10_000n },
        { staker: B, amount: 1_000n, requestTime: BigInt(now), scaleSnapshot: 10_000n },
      ],
      { unstakeDelay: 7n * DAY, slashingScale: 5_000n, now },
    );
    expect(calendar.readyNow).toBe(50n);
    expect(calendar.total).toBe(850n);
    expect(calendar.stakers).toBe(2);
    expect(calendar.days).toEqual([
      { day: "2023-11-16", firstAt: now + 2 * 86_400, amount: 300n, stakers: 2 },
      { day: "2023-11-21", firstAt: now + 7 * 86_400, amount: 500n, stakers: 1 },
    ]);
  });
});
