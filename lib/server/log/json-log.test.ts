import { afterEach, describe, expect, it, vi } from "vitest";
import { logRequest, requestIdFrom } from "./json-log.mjs";

afterEach(() => vi.restoreAllMocks());

describe("requestIdFrom", () => {
  it("keeps a caller's plain id", () => {
    expect(requestIdFrom("lb-7f3a_01=")).toBe("lb-7f3a_01=");
    expect(requestIdFrom(["first", "second"])).toBe("first");
  });

  it("replaces a missing, overlong or unsafe id with a fresh one", () => {
    for (const sent of [undefined, null, "", "a".repeat(256), 'x"}\n{"level":"info', "two words"]) {
      const id = requestIdFrom(sent);
      expect(id).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("logRequest", () => {
  it("writes one JSON line with the request's id, method, route, status and duration", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    logRequest({ requestId: "abc", method: "GET", route: "/provers", status: 200, durationMs: 12.345 });
    expect(out).toHaveBeenCalledTimes(1);
    const line = out.mock.calls[0]?.[0] as string;
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line);
    expect(entry).toEqual({
      level: "info",
      time: expect.any(String),
      msg: "request",
      requestId: "abc",
      method: "GET",
      route: "/provers",
      status: 200,
      durationMs: 12.3,
    });
    expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
  });

  it("logs a server error at level error, on stderr, and marks a request the client abandoned", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    logRequest({ requestId: "abc", method: "GET", route: "/", status: 502, durationMs: 1, aborted: true });
    const entry = JSON.parse(err.mock.calls[0]?.[0] as string);
    expect(entry).toMatchObject({ level: "error", status: 502, aborted: true });
  });
});
