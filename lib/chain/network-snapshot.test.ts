import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports.mjs";
import { deploymentFor } from "../contracts/addresses";
import { readNetworkSnapshot } from "./network-snapshot";
import { readChainRuntimeConfig } from "./runtime-config";

describe("readNetworkSnapshot", () => {
  it("reports a chain nobody answers for as unreachable instead of throwing", async () => {
    const rpcUrl = `http://127.0.0.1:${await freePort()}`;
    const runtime = readChainRuntimeConfig({ RPC_URL: rpcUrl });
    const snapshot = await readNetworkSnapshot(runtime, deploymentFor("devnet"));
    expect(snapshot).toEqual({ status: "unreachable" });
  });
});
