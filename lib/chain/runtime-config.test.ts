import { describe, expect, it } from "vitest";
import { browserChainConfig, ConfigError, readChainRuntimeConfig } from "./runtime-config";

describe("readChainRuntimeConfig", () => {
  it("defaults to the local devnet", () => {
    expect(readChainRuntimeConfig({})).toEqual({
      network: "devnet",
      rpcUrl: "http://127.0.0.1:8545",
      publicRpcUrl: null,
      walletConnectProjectId: null,
    });
  });

  it("switches to Base by configuration alone", () => {
    const config = readChainRuntimeConfig({ CHAIN: "base", RPC_URL: "https://rpc.example/base" });
    expect(config.network).toBe("base");
    expect(config.rpcUrl).toBe("https://rpc.example/base");
    expect(config.publicRpcUrl).toBeNull();
  });

  it("keeps a separate browser RPC when given", () => {
    const config = readChainRuntimeConfig({ RPC_URL: "http://anvil:8545", PUBLIC_RPC_URL: "https://rpc.example" });
    expect(config.rpcUrl).toBe("http://anvil:8545");
    expect(config.publicRpcUrl).toBe("https://rpc.example");
  });

  it("sends the browser through the app's own endpoint unless PUBLIC_RPC_URL is set", () => {
    const proxied = browserChainConfig(readChainRuntimeConfig({ RPC_URL: "https://rpc.example/?key=secret" }));
    expect(proxied).toEqual({
      network: "devnet",
      rpcEndpoint: "/api/rpc",
      walletRpcUrl: "http://127.0.0.1:8545",
      walletConnectProjectId: null,
    });
    expect(JSON.stringify(proxied)).not.toContain("secret");
    const chosen = readChainRuntimeConfig({ RPC_URL: "http://anvil:8545", PUBLIC_RPC_URL: "https://rpc.example" });
    expect(browserChainConfig(chosen)).toMatchObject({
      rpcEndpoint: "https://rpc.example",
      walletRpcUrl: "https://rpc.example",
    });
  });

  it("gives a wallet adding the chain an RPC that takes transactions, never the server's", () => {
    const base = browserChainConfig(readChainRuntimeConfig({ CHAIN: "base", RPC_URL: "https://rpc.example/?key=s" }));
    expect(base.walletRpcUrl).toBe("https://mainnet.base.org");
  });

  it("reads the WalletConnect project id only when set", () => {
    expect(readChainRuntimeConfig({ NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: " abc " }).walletConnectProjectId).toBe(
      "abc",
    );
    expect(readChainRuntimeConfig({ NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: "" }).walletConnectProjectId).toBeNull();
  });

  it("rejects an unknown chain in plain words", () => {
    expect(() => readChainRuntimeConfig({ CHAIN: "mainnet" })).toThrow(
      new ConfigError("CHAIN=mainnet is not supported: use one of devnet, base."),
    );
  });

  it("rejects an RPC URL that is not http(s)", () => {
    expect(() => readChainRuntimeConfig({ RPC_URL: "ws://x" })).toThrow("RPC_URL=ws://x is not an http(s) URL.");
    expect(() => readChainRuntimeConfig({ RPC_URL: "nonsense" })).toThrow(ConfigError);
  });
});
