import { Hono } from "hono";
import { ConfigError, readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import type { AppDatabase } from "../app-db/database";
import type { ApiConfig } from "./api-config";
import { type ApiEnv, ApiError } from "./api-env";
import { AUTH_RATE_LIMIT, authRoutes } from "./auth-routes";
import { bidSettingsRoutes } from "./bid-settings-routes";
import { indexerProxyRoutes } from "./indexer-proxy-routes";
import type { RateLimit } from "./rate-limit";
import { type RpcProxyOptions, rpcProxyRoutes } from "./rpc-proxy-routes";

export type ApiDeps = {
  config: () => ApiConfig;
  database: () => Promise<AppDatabase>;
  now?: () => Date;
  authRateLimit?: RateLimit;
  /** The browser's JSON-RPC endpoint; by default it forwards to RPC_URL. */
  rpcProxy?: RpcProxyOptions;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The dashboard's HTTP API under /api: sign-in, each prover's bid settings, and the market history the fee simulator replays. */
export function createApi({
  config,
  database,
  now = () => new Date(),
  authRateLimit = AUTH_RATE_LIMIT,
  rpcProxy = { upstream: () => readChainRuntimeConfig().rpcUrl },
}: ApiDeps) {
  const app = new Hono<ApiEnv>().basePath("/api");

  // Errors leave as one sentence: never a stack, an internal URL or a secret.
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ error: error.message }, error.status);
    if (error instanceof ConfigError) {
      console.error(`API: ${error.message}`);
      return c.json(
        { error: "Sign-in is not set up on this server yet: its operator has to finish the configuration." },
        503,
      );
    }
    console.error("API:", error);
    return c.json({ error: "Something went wrong on the server. Try again." }, 500);
  });
  app.notFound((c) => c.json({ error: "There is no such API endpoint." }, 404));

  // Public market history and chain reads: they need no session, database or sign-in
  // configuration, so they are routed before the middleware that sets those up.
  app.route("/indexer", indexerProxyRoutes());
  app.route("/rpc", rpcProxyRoutes(rpcProxy));

  app.use(async (c, next) => {
    c.set("config", config());
    // Every state-changing request names the dashboard as its origin: a page on another site
    // can make a browser send one, but not with our Origin.
    const origin = c.req.header("origin");
    if (!SAFE_METHODS.has(c.req.method) && (!origin || !c.var.config.origins.includes(origin))) {
      throw new ApiError(403, "This request did not come from the dashboard's own pages.");
    }
    c.set("db", await database());
    c.set("now", now());
    await next();
  });

  app.route("/auth", authRoutes(authRateLimit));
  app.route("/bid-settings", bidSettingsRoutes());
  return app;
}
