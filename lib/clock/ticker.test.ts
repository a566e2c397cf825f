import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { lastTick, subscribeToTicks, tickerRunning } from "./ticker";

describe("the shared ticker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("ticks once a second for every subscriber on one timer, and stops with the last one", () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = subscribeToTicks(first);
    const stopSecond = subscribeToTicks(second);
    expect(tickerRunning()).toBe(true);
    expect(vi.getTimerCount()).toBe(1);

    vi.advanceTimersByTime(3_000);
    expect(lastTick()).toBe(Date.parse("2026-01-01T00:00:03Z"));
    expect(second).toHaveBeenCalledTimes(3);

    stopFirst();
    expect(tickerRunning()).toBe(true);
    stopSecond();
    expect(tickerRunning()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(second).toHaveBeenCalledTimes(3);
  });

  it("does not tick while the page is hidden, and catches up when it shows again", () => {
    let state: DocumentVisibilityState = "visible";
    const handlers = new Set<() => void>();
    vi.stubGlobal("document", {
      get visibilityState() {
        return state;
      },
      addEventListener: (_: string, handler: () => void) => handlers.add(handler),
      removeEventListener: (_: string, handler: () => void) => handlers.delete(handler),
    });
    try {
      const listener = vi.fn();
      const stop = subscribeToTicks(listener);
      state = "hidden";
      for (const handler of handlers) handler();
      expect(tickerRunning()).toBe(false);
      vi.advanceTimersByTime(60_000);
      const calls = listener.mock.calls.length;

      state = "visible";
      for (const handler of handlers) handler();
      expect(tickerRunning()).toBe(true);
      expect(listener).toHaveBeenCalledTimes(calls + 1);
      expect(lastTick()).toBe(Date.parse("2026-01-01T00:01:00Z"));
      stop();
      expect(handlers.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
