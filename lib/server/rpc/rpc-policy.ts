import { RPC_BATCH_LIMIT } from "@/lib/chain/rpc-endpoint";

/**
 * The reads the app's pages make through wagmi and viem (recorded over the e2e run): contract
 * reads and multicalls, the simulations before a write and the join wizard's cost estimate,
 * balances, gas prices, and the receipts a write waits for. Nothing that sends, signs or
 * scans history; an operator who wants more gives browsers a PUBLIC_RPC_URL of their own.
 */
export const ALLOWED_METHODS: ReadonlySet<string> = new Set([
  "eth_chainId",
  "eth_blockNumber",
  "eth_call",
  "eth_simulateV1",
  "eth_estimateGas",
  "eth_gasPrice",
  "eth_maxPriorityFeePerGas",
  "eth_feeHistory",
  "eth_getBalance",
  "eth_getCode",
  "eth_getBlockByNumber",
  "eth_getTransactionByHash",
  "eth_getTransactionReceipt",
]);

/** Methods that move funds or sign: the wallet sends them on its own RPC, never through ours. */
const WALLET_METHODS = /^(eth_send|eth_sign|personal_|wallet_)/;

/** The largest request body the endpoint reads, in bytes; a full batch of the app's calls is far below it. */
export const RPC_BODY_LIMIT = 128 * 1024;

export type JsonRpcId = string | number | null;
export type JsonRpcError = { code: number; message: string; data?: `0x${string}` };
export type JsonRpcReply = { jsonrpc: "2.0"; id: JsonRpcId } & ({ result: unknown } | { error: JsonRpcError });
export type JsonRpcCall = { id: JsonRpcId; method: string; params: unknown[] | Record<string, unknown> | undefined };

/** A refusal of the whole request, with the HTTP status it leaves with. */
export class RpcRefusal extends Error {
  override name = "RpcRefusal";
  constructor(
    readonly status: 400 | 403 | 405 | 413 | 429 | 502 | 503 | 504,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const reply = (id: JsonRpcId, error: JsonRpcError): JsonRpcReply => ({ jsonrpc: "2.0", id, error });

/** One entry of a request: a call to forward, or the error that answers it at once. */
export type Checked = { call: JsonRpcCall } | { refused: JsonRpcReply; status: 400 | 403 };

function isId(value: unknown): value is JsonRpcId {
  return value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

function checkCall(entry: unknown): Checked {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return { refused: reply(null, { code: -32600, message: "Each call must be a JSON-RPC object." }), status: 400 };
  }
  const { jsonrpc, id = null, method, params } = entry as Record<string, unknown>;
  const answerId = isId(id) ? id : null;
  if (
    jsonrpc !== "2.0" ||
    !isId(id) ||
    typeof method !== "string" ||
    (params !== undefined && typeof params !== "object")
  ) {
    return {
      refused: reply(answerId, {
        code: -32600,
        message: 'A call needs jsonrpc "2.0", an id, a method name and params.',
      }),
      status: 400,
    };
  }
  if (WALLET_METHODS.test(method)) {
    return {
      refused: reply(answerId, {
        code: -32601,
        message: "Transactions and signatures go through your wallet, not through the dashboard's RPC endpoint.",
      }),
      status: 403,
    };
  }
  if (!ALLOWED_METHODS.has(method)) {
    return {
      refused: reply(answerId, {
        code: -32601,
        message: "This method is not available here: the dashboard's RPC endpoint serves the app's own reads only.",
      }),
      status: 403,
    };
  }
  return { call: { id, method, params: params as JsonRpcCall["params"] } };
}

/** Reads a request body: one call or a batch of them, each checked against the allow-list. */
export function checkRequest(body: string): { batch: boolean; entries: Checked[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RpcRefusal(400, -32700, "The request body is not JSON: send a JSON-RPC call or a batch of them.");
  }
  if (!Array.isArray(parsed)) return { batch: false, entries: [checkCall(parsed)] };
  if (parsed.length === 0) throw new RpcRefusal(400, -32600, "The batch is empty: send at least one call.");
  if (parsed.length > RPC_BATCH_LIMIT) {
    throw new RpcRefusal(413, -32600, `A batch may carry at most ${RPC_BATCH_LIMIT} calls: split it.`);
  }
  return { batch: true, entries: parsed.map(checkCall) };
}

/**
 * The upstream's error as the browser may see it. Its own text can name the upstream (a fork's
 * URL, a provider's key), so only a revert keeps its data, which viem decodes into the
 * contract's own error; everything else becomes one sentence of ours.
 */
export function sanitizeUpstreamError(error: unknown): JsonRpcError {
  const { code, message, data } = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const revertData = typeof data === "string" && /^0x[0-9a-fA-F]*$/.test(data) ? (data as `0x${string}`) : undefined;
  if (code === 3 || (typeof message === "string" && /execution reverted/i.test(message))) {
    return { code: 3, message: "execution reverted", ...(revertData ? { data: revertData } : {}) };
  }
  return {
    code: typeof code === "number" && Number.isInteger(code) ? code : -32603,
    message: "The chain's RPC could not answer this call.",
  };
}
