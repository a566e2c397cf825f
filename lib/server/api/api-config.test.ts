import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/chain/runtime-config";
import { sessionSecret } from "../auth/session-secret";
import { appOrigins } from "./api-config";

const dir = mkdtempSync(join(tmpdir(), "session-secret-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the session secret", () => {
  it("is SESSION_SECRET when set, and refuses one too short to seal with", () => {
    const secret = "s".repeat(32);
    expect(sessionSecret({ SESSION_SECRET: secret }, false, join(dir, "unused"))).toBe(secret);
    expect(() => sessionSecret({ SESSION_SECRET: "short" }, true, join(dir, "unused"))).toThrow(ConfigError);
  });

  it("is generated once into a file only the owner reads on the devnet, and required elsewhere", () => {
    const file = join(dir, "nested", "secret");
    const first = sessionSecret({}, true, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(sessionSecret({}, true, file)).toBe(first);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(() => sessionSecret({}, false, join(dir, "base"))).toThrow(/SESSION_SECRET is not set/);
  });
});

describe("the dashboard's origins", () => {
  it("are APP_ORIGIN's, exactly as a browser writes them", () => {
    expect(appOrigins({ APP_ORIGIN: "https://dash.example, https://www.dash.example" }, false)).toEqual([
      "https://dash.example",
      "https://www.dash.example",
    ]);
    for (const bad of ["https://dash.example/", "dash.example", "ftp://dash.example", "https://dash.example/app"]) {
      expect(() => appOrigins({ APP_ORIGIN: bad }, false)).toThrow(ConfigError);
    }
  });

  it("default to localhost on PORT on the devnet only", () => {
    expect(appOrigins({ PORT: "4123" }, true)).toEqual(["http://localhost:4123", "http://127.0.0.1:4123"]);
    expect(() => appOrigins({}, false)).toThrow(/APP_ORIGIN is not set/);
  });
});
