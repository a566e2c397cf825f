// The two chains of a run: an upstream (the pristine seeded devnet, or E2E_FORK_URL) and a
// disposable anvil fork of it pinned at one block. Tests only ever write to the fork, so
// the upstream stays pristine and every run starts from the same state.
import { join } from "node:path";
import { startAnvil } from "../../scripts/devnet/anvil.mjs";
import { UserError } from "../../scripts/lib/fail.mjs";
import { DATA_DIR } from "../../scripts/lib/paths.mjs";
import { assertPortFree, freePort, portFromEnv } from "../../scripts/lib/ports.mjs";
import { rpc } from "../../scripts/lib/wait.mjs";
import { LOG_DIR } from "./run-env";
import type { Service } from "./services";

type Log = (line: string) => void;

export type Upstream = { rpcUrl: string; service?: Service };
export type Fork = { rpcUrl: string; chainId: number; forkBlock: number; service: Service };

function asService(name: string, anvil: Awaited<ReturnType<typeof startAnvil>>): Service {
  return { name, pid: anvil.child.process.pid, stop: () => anvil.child.stop() };
}

/** A port from `envVar`, checked free, or any free port when it is unset. */
async function portFor(envVar: string, what: string): Promise<number> {
  const port = portFromEnv(envVar, 0);
  if (port === 0) return freePort();
  await assertPortFree(port, envVar, what);
  return port;
}

/** E2E_FORK_URL when set (checked to answer), else a fresh anvil on the seeded devnet's genesis state. */
export async function startUpstream(log: Log): Promise<Upstream> {
  const external = process.env.E2E_FORK_URL?.trim();
  if (external) {
    try {
      await rpc(external, "eth_chainId");
    } catch (error) {
      throw new UserError(
        `E2E_FORK_URL=${external} did not answer eth_chainId (${error instanceof Error ? error.message : String(error)}): start that node or unset E2E_FORK_URL to fork the local devnet.`,
      );
    }
    log(`upstream: E2E_FORK_URL ${external}`);
    return { rpcUrl: external };
  }
  // Imported only here: preparing the devnet may compile and deploy the contracts, which a
  // run against E2E_FORK_URL does not need.
  const { prepareDevnet } = await import("../../scripts/devnet/prepare.mjs");
  // "fail": the tests must not silently rewrite lib/contracts/deployments.json, which the
  // app build was made from.
  const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log });
  const anvil = await startAnvil({
    port: await portFor("E2E_UPSTREAM_PORT", "e2e upstream devnet"),
    portEnvVar: "E2E_UPSTREAM_PORT",
    logFile: join(LOG_DIR, "e2e-upstream-anvil.log"),
    loadState: genesisState,
  });
  log(`upstream: seeded devnet at ${anvil.rpcUrl}`);
  return { rpcUrl: anvil.rpcUrl, service: asService("upstream anvil", anvil) };
}

/** The block to fork at: E2E_FORK_BLOCK, else the upstream's head now (pinned, so a live upstream cannot move under the tests). */
async function forkBlockFor(upstreamUrl: string): Promise<number> {
  const head = Number(BigInt(await rpc(upstreamUrl, "eth_blockNumber")));
  const raw = process.env.E2E_FORK_BLOCK?.trim();
  if (!raw) return head;
  const block = Number(raw);
  if (!Number.isSafeInteger(block) || block < 0 || block > head) {
    throw new UserError(`E2E_FORK_BLOCK=${raw} is not a block of the upstream chain (0…${head}): fix or unset it.`);
  }
  // anvil forks by reading state at that block; a node without history (our devnet, loaded
  // from a state file, keeps only its head's state) cannot serve it, and anvil's own error
  // would only show in its log.
  try {
    await rpc(upstreamUrl, "eth_getBalance", ["0x0000000000000000000000000000000000000000", `0x${block.toString(16)}`]);
  } catch (error) {
    throw new UserError(
      `E2E_FORK_BLOCK=${raw}: the upstream chain has no state for that block (${error instanceof Error ? error.message : String(error)}); unset it to fork the head (${head}), or point E2E_FORK_URL at an archive node.`,
    );
  }
  return block;
}

export async function startFork(upstream: Upstream, log: Log): Promise<Fork> {
  const forkBlock = await forkBlockFor(upstream.rpcUrl);
  const anvil = await startAnvil({
    port: await portFor("E2E_FORK_PORT", "e2e fork"),
    portEnvVar: "E2E_FORK_PORT",
    logFile: join(LOG_DIR, "e2e-fork-anvil.log"),
    forkUrl: upstream.rpcUrl,
    forkBlockNumber: forkBlock,
  });
  const chainId = Number(BigInt(await rpc(anvil.rpcUrl, "eth_chainId")));
  log(`fork: ${anvil.rpcUrl} (chain ${chainId}) pinned at block ${forkBlock}`);
  return { rpcUrl: anvil.rpcUrl, chainId, forkBlock, service: asService("fork anvil", anvil) };
}
