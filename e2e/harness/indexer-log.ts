// The e2e indexer's own account of what it is doing. Ponder writes its log as JSON lines (see
// startE2eIndexer), so the harness can read which block it is failing on and the hash of every
// block it added: /status says only the number and time of the last block indexed.
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LOG_DIR } from "./run-env";

export const INDEXER_LOG_FILE = join(LOG_DIR, "e2e-indexer.log");

/** Ponder's (pino's) levels: 40 is a warning, 50 an error. */
const WARN = 40;

export type LogEntry = {
  level: number;
  time: number;
  msg: string;
  /** Block number and hash, on "Added block to local chain" and "Failed to fetch latest block". */
  number?: number;
  hash?: string;
  /** The JSON-RPC request that failed, as a JSON string, on "Received JSON-RPC error". */
  request?: string;
  error?: { message?: string; shortMessage?: string; details?: string };
};

/** Where the log ends now: entries after this mark are what the indexer did since. */
export function logMark(): number {
  return existsSync(INDEXER_LOG_FILE) ? statSync(INDEXER_LOG_FILE).size : 0;
}

/** The complete JSON entries written after `mark` (a line still being written is left for the next read). */
export function entriesSince(mark: number): LogEntry[] {
  if (!existsSync(INDEXER_LOG_FILE)) return [];
  const fd = openSync(INDEXER_LOG_FILE, "r");
  let text: string;
  try {
    const { size } = fstatSync(fd);
    if (size <= mark) return [];
    const buffer = Buffer.alloc(size - mark);
    readSync(fd, buffer, 0, buffer.length, mark);
    text = buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  return complete.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as LogEntry];
    } catch {
      return [];
    }
  });
}

export function isWarning(entry: LogEntry): boolean {
  return entry.level >= WARN;
}

/** The block a warning is about: its own hash field, or the block hash in the failed request. */
export function blockHashOf(entry: LogEntry): string | undefined {
  if (entry.hash) return entry.hash;
  return entry.request?.match(/0x[0-9a-fA-F]{64}/)?.[0];
}

/** What the node or Ponder said in a warning's error (viem's `details`, e.g. "unknown block"), if it has one. */
export function reasonOf(entry: LogEntry): string | undefined {
  const { details, shortMessage, message } = entry.error ?? {};
  return details ?? shortMessage ?? message?.split("\n")[0];
}

/** The hash the indexer last added to its chain at `blockNumber`, if its log says. */
export function addedHash(blockNumber: number): string | undefined {
  let hash: string | undefined;
  for (const entry of entriesSince(0)) {
    if (entry.msg === "Added block to local chain" && entry.number === blockNumber) hash = entry.hash;
  }
  return hash;
}

/** The first entry after `mark` that `matches`, or null if none is written within `timeoutMs`. */
export async function nextEntry(
  mark: number,
  matches: (entry: LogEntry) => boolean,
  timeoutMs: number,
): Promise<LogEntry | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = entriesSince(mark).find(matches);
    if (found) return found;
    await sleep(5);
  }
  return null;
}
