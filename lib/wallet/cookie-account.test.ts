import { describe, expect, it } from "vitest";
import { accountFromCookie } from "./cookie-account";

const ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

function store(accounts: unknown[], current = "uid-1") {
  return JSON.stringify({
    state: {
      connections: { __type: "Map", value: [["uid-1", { accounts, chainId: 31337 }]] },
      chainId: 31337,
      current,
    },
    version: 2,
  });
}

describe("accountFromCookie", () => {
  it("reads the current connection's first account, checksummed", () => {
    const cookie = `theme=dark; wagmi.store=${store([ACCOUNT.toLowerCase()])}; other=1`;
    expect(accountFromCookie(cookie)).toBe(ACCOUNT);
  });

  it("accepts a URI-encoded store", () => {
    expect(accountFromCookie(`wagmi.store=${encodeURIComponent(store([ACCOUNT]))}`)).toBe(ACCOUNT);
  });

  it("is not connected without a cookie, a current connection, or a valid address", () => {
    expect(accountFromCookie(null)).toBeNull();
    expect(accountFromCookie("theme=dark")).toBeNull();
    expect(accountFromCookie(`wagmi.store=${store([ACCOUNT], "uid-2")}`)).toBeNull();
    expect(accountFromCookie(`wagmi.store=${store(["<script>"])}`)).toBeNull();
    expect(accountFromCookie("wagmi.store={not json")).toBeNull();
    expect(accountFromCookie("wagmi.store=%E0%A4%A")).toBeNull();
  });
});
