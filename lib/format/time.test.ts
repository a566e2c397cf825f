import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAbsolute, formatCountdown, formatDeadline, formatRelative } from "./time";

const NOW = 1_795_430_771;
const UNIT_SECONDS: Record<string, number> = {
  minute: 60,
  hour: 3_600,
  day: 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

describe("formatRelative", () => {
  it("names the largest whole unit, past and future", () => {
    expect(formatRelative(NOW - 3 * 86_400 - 5, NOW)).toBe("3 days ago");
    expect(formatRelative(NOW + 5 * 3_600 + 59, NOW)).toBe("in 5 hours");
    expect(formatRelative(NOW - 61, NOW)).toBe("1 minute ago");
    expect(formatRelative(NOW - 45 * 86_400, NOW)).toBe("1 month ago");
    expect(formatRelative(NOW + 2 * 365 * 86_400, NOW)).toBe("in 2 years");
  });

  it("does not invent precision under a minute", () => {
    expect(formatRelative(NOW - 10, NOW)).toBe("now");
    expect(formatRelative(NOW + 59, NOW)).toBe("now");
    expect(formatRelative(NOW, NOW)).toBe("now");
  });

  it("never overstates how long ago or how far ahead", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), (delta) => {
        const text = formatRelative(NOW + delta, NOW);
        const match = /^(?:in )?(\d+) (minute|hour|day|month|year)s?(?: ago)?$/.exec(text);
        if (Math.abs(delta) < 60) {
          expect(text).toBe("now");
          return;
        }
        expect(match).not.toBeNull();
        const [, count = "", unit = ""] = match ?? [];
        const seconds = Number(count) * (UNIT_SECONDS[unit] ?? Number.NaN);
        expect(seconds).toBeLessThanOrEqual(Math.abs(delta));
        expect(Math.abs(delta)).toBeLessThan(seconds + (UNIT_SECONDS[unit] ?? 0));
        expect(text.startsWith("in ")).toBe(delta > 0);
      }),
    );
  });
});

describe("formatAbsolute", () => {
  it("gives a UTC minute", () => {
    expect(formatAbsolute(0)).toBe("1970-01-01 00:00 UTC");
    expect(formatAbsolute(NOW)).toBe("2026-11-23 10:46 UTC");
  });
});

describe("formatCountdown", () => {
  it("counts down from the largest unit left", () => {
    expect(formatCountdown(7 * 86_400)).toBe("7 d");
    expect(formatCountdown(7 * 86_400 - 1)).toBe("6 d 23 h 59 min 59 s");
    expect(formatCountdown(3_605)).toBe("1 h 0 min 5 s");
    expect(formatCountdown(3_725)).toBe("1 h 2 min 5 s");
    expect(formatCountdown(59.9)).toBe("59 s");
  });

  it("stops at zero", () => {
    expect(formatCountdown(0)).toBe("0 s");
    expect(formatCountdown(-30)).toBe("0 s");
  });
});

describe("formatDeadline", () => {
  it("counts down to the moment, then counts up from it", () => {
    expect(formatDeadline(1_000_065, 1_000_000)).toBe("in 1 min 5 s");
    expect(formatDeadline(1_000_000, 1_000_000)).toBe("passed 0 s ago");
    expect(formatDeadline(1_000_000, 1_000_002)).toBe("passed 2 s ago");
  });
});
