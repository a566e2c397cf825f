import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useChainNow } from "./use-chain-now";

function Probe({ chainNow }: { chainNow: number }) {
  return createElement("span", null, String(useChainNow(chainNow)));
}

describe("useChainNow", () => {
  afterEach(() => vi.useRealTimers());

  it("renders the read's own time on the server, whatever the wall clock says, so hydration matches", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    expect(renderToString(createElement(Probe, { chainNow: 1_000 }))).toContain(">1000<");
    vi.advanceTimersByTime(60_000);
    expect(renderToString(createElement(Probe, { chainNow: 1_000 }))).toContain(">1000<");
    expect(vi.getTimerCount(), "the server starts no timer").toBe(0);
  });
});
