import { rmSync } from "node:fs";
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  type PublicClient,
  type TestClient,
  type WalletClient,
} from "viem";
import { chainFor } from "../../../lib/chain/networks";
import { type Deployment, deploymentFor } from "../../../lib/contracts/addresses";
import { stakingControllerAbi } from "../../../lib/contracts/generated";
import { startAnvil } from "../../../scripts/devnet/anvil.mjs";
import { prepareDevnet } from "../../../scripts/devnet/prepare.mjs";
import { DATA_DIR } from "../../../scripts/lib/paths.mjs";
import { freePort } from "../../../scripts/lib/ports.mjs";
import type { Cleanup } from "./cleanup";
import { logFile } from "./paths";

export type Chain = {
  rpcUrl: string;
  deployment: Deployment;
  client: PublicClient;
  wallet: WalletClient;
  test: TestClient;
  head: () => Promise<bigint>;
};

/**
 * A fresh anvil loaded with the pristine seeded devnet: every suite writes to its own chain, so
 * the reorg of one never shows up in another.
 */
export async function startChain(cleanup: Cleanup, name: string): Promise<Chain> {
  // "fail": a test must never rewrite lib/contracts/deployments.json behind the developer's back.
  const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log: () => {} });
  rmSync(logFile(`${name}-anvil`), { force: true });
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile: logFile(`${name}-anvil`),
    loadState: genesisState,
  });
  cleanup.add(`anvil (${name})`, () => anvil.stop());
  const chain = chainFor("devnet", anvil.rpcUrl);
  const transport = http(anvil.rpcUrl, { timeout: 60_000 });
  const client = createPublicClient({ chain, transport, pollingInterval: 100 }) as PublicClient;
  return {
    rpcUrl: anvil.rpcUrl,
    deployment: deploymentFor("devnet"),
    client,
    wallet: createWalletClient({ chain, transport }),
    test: createTestClient({ chain, transport, mode: "anvil" }),
    head: () => client.getBlockNumber({ cacheTime: 0 }),
  };
}

export function required(deployment: Deployment, name: keyof Deployment["contracts"]): Address {
  const address = deployment.contracts[name];
  if (!address) throw new Error(`The devnet deployment has no ${name}.`);
  return address;
}

/** The controller's Active provers, in the order they joined. */
export function activeProvers({ client, deployment }: Chain): Promise<readonly Address[]> {
  return client.readContract({
    address: required(deployment, "StakingController"),
    abi: stakingControllerAbi,
    functionName: "getProvers",
    // end 0 means "to the end"; an end past the list reverts on Base.
    args: [true, 0n, 0n],
  });
}
