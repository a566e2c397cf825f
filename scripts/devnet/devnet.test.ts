import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { mnemonicToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { UserError } from "../lib/fail.mjs";
import { freePort } from "../lib/ports.mjs";
import { rpc } from "../lib/wait.mjs";
import { DEV_ACCOUNTS, DEV_MNEMONIC, startAnvil } from "./anvil.mjs";
import { readDeploymentFile } from "./deploy.mjs";
import { foundryBin } from "./foundry.mjs";

describe("devnet scripts", () => {
  it("lists the accounts anvil derives from the dev mnemonic", () => {
    const derived = DEV_ACCOUNTS.map((_, addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }).address);
    expect(DEV_ACCOUNTS).toEqual(derived);
  });

  it("finds the Foundry binaries inside their npm packages", () => {
    for (const tool of ["forge", "anvil", "cast"] as const) expect(existsSync(foundryBin(tool))).toBe(true);
  });

  it("reads the committed deployment file", () => {
    const deployment = readDeploymentFile();
    expect(deployment.chainId).toBe(31337);
    expect(deployment.contracts.Multicall3).toBe("0xcA11bde05977b3631167028862bE2a173976CA11");
    expect(deployment.contracts.BrevToken).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it("starts anvil on a free port and stops it", async () => {
    const port = await freePort();
    const anvil = await startAnvil({ port, portEnvVar: "TEST_ANVIL_PORT", logFile: "/dev/null" });
    try {
      expect(await rpc(anvil.rpcUrl, "eth_chainId")).toBe("0x7a69");
      const accounts: string[] = await rpc(anvil.rpcUrl, "eth_accounts");
      expect(accounts.map((a) => a.toLowerCase())).toEqual(DEV_ACCOUNTS.map((a) => a.toLowerCase()));
    } finally {
      await anvil.stop();
    }
    expect(anvil.child.alive()).toBe(false);
  });

  it("names the port and its variable when the port is taken", async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
    );
    try {
      const attempt = startAnvil({ port, portEnvVar: "TEST_ANVIL_PORT", logFile: "/dev/null" });
      await expect(attempt).rejects.toBeInstanceOf(UserError);
      await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} .*TEST_ANVIL_PORT`));
    } finally {
      server.close();
    }
  });
});
