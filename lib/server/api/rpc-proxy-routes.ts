import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ConfigError } from "@/lib/chain/runtime-config";
import {
  type Checked,
  checkRequest,
  type JsonRpcCall,
  type JsonRpcReply,
  RPC_BODY_LIMIT,
  RpcRefusal,
  reply,
  sanitizeUpstreamError,
} from "../rpc/rpc-policy";
import { type RateLimit, rateLimits } from "./rate-limit";

export type RpcProxyOptions = {
  /** The server's RPC_URL, read when a request comes (never at build). */
  upstream: () => string;
  rate?: RateLimit;
  timeoutMs?: number;
};

/** Per client: a page polls a few batched reads every few seconds, several tabs fit well under this. */
export const RPC_RATE_LIMIT: RateLimit = { limit: 1_200, windowMs: 60_000 };
const UPSTREAM_TIMEOUT_MS = 10_000;

function refusalResponse(c: Context, refusal: RpcRefusal) {
  return c.json(reply(null, { code: refusal.code, message: refusal.message }), refusal.status);
}

/** Sends the allowed calls upstream as one batch under ids of ours, and answers them by position. */
async function forward(upstream: string, calls: JsonRpcCall[], timeoutMs: number): Promise<JsonRpcReply[]> {
  let response: Response;
  try {
    response = await fetch(upstream, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        calls.map((call, index) => ({ jsonrpc: "2.0", id: index, method: call.method, params: call.params })),
      ),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      throw new RpcRefusal(504, -32603, "The chain's RPC did not answer in time: try again.");
    }
    throw new RpcRefusal(502, -32603, "The chain's RPC does not answer right now: try again later.");
  }
  const answers: unknown = await response.json().catch(() => null);
  if (!Array.isArray(answers)) {
    throw new RpcRefusal(502, -32603, "The chain's RPC gave an unreadable answer: try again later.");
  }
  const byId = new Map<unknown, Record<string, unknown>>();
  for (const answer of answers) if (typeof answer === "object" && answer) byId.set(answer.id, answer);
  return calls.map((call, index) => {
    const answer = byId.get(index);
    if (!answer) return reply(call.id, { code: -32603, message: "The chain's RPC left this call unanswered." });
    if ("error" in answer) return reply(call.id, sanitizeUpstreamError(answer.error));
    return { jsonrpc: "2.0", id: call.id, result: answer.result ?? null };
  });
}

/**
 * The browser's JSON-RPC endpoint (/api/rpc): the app's reads go through the server, so RPC_URL,
 * which may carry a provider's key, never reaches a page. Calls outside the allow-list are
 * answered with an error of their own while the rest of a batch goes through.
 */
export function rpcProxyRoutes({ upstream, rate = RPC_RATE_LIMIT, timeoutMs = UPSTREAM_TIMEOUT_MS }: RpcProxyOptions) {
  const tooLarge = new RpcRefusal(413, -32600, `The request is larger than ${RPC_BODY_LIMIT / 1024} KiB: split it.`);
  return new Hono()
    .use(
      ...rateLimits(rate, (c) =>
        refusalResponse(c, new RpcRefusal(429, -32005, "Too many chain reads from this client: wait a moment.")),
      ),
    )
    .post("/", bodyLimit({ maxSize: RPC_BODY_LIMIT, onError: (c) => refusalResponse(c, tooLarge) }), async (c) => {
      c.header("Cache-Control", "no-store");
      try {
        const { batch, entries } = checkRequest(await c.req.text());
        const calls = entries.flatMap((entry) => ("call" in entry ? [entry.call] : []));
        const forwarded = calls.length > 0 ? await forward(upstream(), calls, timeoutMs) : [];
        const replies = entries.map((entry: Checked) =>
          "call" in entry ? (forwarded.shift() as JsonRpcReply) : entry.refused,
        );
        if (batch) return c.json(replies);
        const [only] = entries;
        return c.json(replies[0], only && "status" in only ? only.status : 200);
      } catch (error) {
        if (error instanceof RpcRefusal) return refusalResponse(c, error);
        if (error instanceof ConfigError) {
          console.error(`RPC proxy: ${error.message}`);
          return refusalResponse(c, new RpcRefusal(503, -32603, "The chain is not set up on this server yet."));
        }
        throw error;
      }
    })
    .all("/", (c) => refusalResponse(c, new RpcRefusal(405, -32600, "Send JSON-RPC calls with POST.")));
}
