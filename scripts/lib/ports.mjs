import { createServer } from "node:net";
import { UserError } from "./fail.mjs";

/**
 * Resolves true when nothing listens on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

/**
 * @param {number} port
 * @param {string} envVar the variable that moves this service to another port
 * @param {string} what
 */
export async function assertPortFree(port, envVar, what) {
  if (!(await isPortFree(port))) {
    throw new UserError(
      `Port ${port} (${what}) is already in use: stop what holds it or set ${envVar} to another port.`,
    );
  }
}

/**
 * A port the OS reports free right now (for throwaway test services).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Reads a port from the environment, rejecting anything that is not a TCP port.
 * @param {string} envVar
 * @param {number} fallback
 */
export function portFromEnv(envVar, fallback) {
  const raw = process.env[envVar];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(`${envVar}=${raw} is not a port number (1-65535).`);
  }
  return port;
}
