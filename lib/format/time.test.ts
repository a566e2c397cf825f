import { describe, expect, it } from "vitest";
import { formatAbsolute, formatCountdown, formatRelative } from "./time";

const NOW = 1_795_430_771;

describe("formatRelative", () => {
  it("names the largest whole unit, past and future", () => {
    expect(formatRelative(NOW - 3 * 86_400 - 5, NOW)).toBe("3 d ago");
    expect(formatRelative(NOW + 5 * 3_600 + 59, NOW)).toBe("in 5 h");
    expect(formatRelative(NOW - 61, NOW)).toBe("1 min ago");
  });

  it("does not invent precision under a minute", () => {
    expect(formatRelative(NOW - 10, NOW)).toBe("just now");
    expect(formatRelative(NOW + 10, NOW)).toBe("in under a minute");
    // Something that happened in the latest block is in the past, not the future.
    expect(formatRelative(NOW, NOW)).toBe("just now");
  });
});

describe("formatAbsolute", () => {
  it("gives a UTC minute", () => {
    expect(formatAbsolute(0)).toBe("1970-01-01 00:00 UTC");
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
