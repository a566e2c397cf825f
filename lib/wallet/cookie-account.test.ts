import { describe, expect, it } from "vitest";
import { serialize } from "wagmi";
import { accountFromCookie } from "./cookie-account";

const ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

/** The cookie value as wagmi's cookieStorage writes it. */
function store(accounts: unknown[], current = "uid-1") {
  const connections = new Map([["uid-1", { accounts, chainId: 31337, connector: { id: "injected" } }]]);
  return serialize({ state: { connections, chainId: 31337, current }, version: 2 });
}

describe("accountFromCookie", () => {
  it("reads the current connection's first account, checksummed", () => {
    const cookie = `theme=dark; wagmi.store=${store([ACCOUNT.toLowerCase()])}; other=1`;
    expect(accountFromCookie(cookie)).toBe(ACCOUNT);
  });

  it("is not connected without a cookie, a current connection, or a valid address", () => {
    expect(accountFromCookie(null)).toBeNull();
    expect(accountFromCookie("theme=dark")).toBeNull();
    expect(accountFromCookie(`wagmi.store=${store([ACCOUNT], "uid-2")}`)).toBeNull();
    expect(accountFromCookie(`wagmi.store=${store(["<script>"])}`)).toBeNull();
    expect(accountFromCookie(`wagmi.store=${store([])}`)).toBeNull();
  });

  it("treats a malformed cookie as not connected", () => {
    expect(accountFromCookie("wagmi.store={not json")).toBeNull();
    expect(
      accountFromCookie('wagmi.store={"state":{"connections":{"__type":"Map","value":5},"current":"a"}}'),
    ).toBeNull();
    expect(
      accountFromCookie('wagmi.store={"state":{"connections":{"a":{"accounts":["0x0"]}},"current":"a"}}'),
    ).toBeNull();
    expect(accountFromCookie('wagmi.store={"state":{"chainId":{"__type":"bigint","value":"x"}}}')).toBeNull();
    expect(accountFromCookie("wagmi.store=null")).toBeNull();
  });
});
