import { Hono } from "hono";
import { ConfigError, readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import type { AppDatabase } from "../app-db/database";
import { reportError } from "../errors/report-error";
import { loadIcon as cachedIcon, type IconAnswer } from "../icons/icon-cache";
import type { ApiConfig } from "./api-config";
import { type ApiEnv, ApiError } from "./api-env";
import { AUTH_RATE_LIMIT, authRoutes } from "./auth-routes";
import { bidSettingsRoutes } from "./bid-settings-routes";
import { ICON_RATE_LIMIT, iconRoutes } from "./icon-routes";
import { indexerProxyRoutes } from "./indexer-proxy-routes";
import type { RateLimit } from "./rate-limit";
import { type RpcProxyOptions, rpcProxyRoutes } from "./rpc-proxy-routes";

export type ApiDeps = {
  config: () => ApiConfig;
  database: () => Promise<AppDatabase>;
  now?: () => Date;
  authRateLimit?: RateLimit;
  loadIcon?: (url: string) => Promise<IconAnswer>;
  iconRateLimit?: RateLimit;
  /** The browser's JSON-RPC endpoint; by default it forwards to RPC_URL. */
  rpcProxy?: RpcProxyOptions;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The dashboard's HTTP API under /api: sign-in, each prover's bid settings, the market history the fee simulator replays, provers' icons, and the browser's chain reads. */
export function createApi({
  config,
  database,
  now = () => new Date(),
  authRateLimit = AUTH_RATE_LIMIT,
  loadIcon = cachedIcon,
  iconRateLimit = ICON_RATE_LIMIT,
  rpcProxy = { upstream: () => readChainRuntimeConfig().rpcUrl },
}: ApiDeps) {
  const app = new Hono<ApiEnv>().basePath("/api");

  // Errors leave as one sentence and a reference: the stack, internal URLs and secrets go to the log.
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ error: error.message }, error.status);
    const route = `${c.req.method} ${c.req.path}`;
    const requestId = c.req.header("x-request-id");
    if (error instanceof ConfigError) {
      const { message, requestId: reference } = reportError(
        { route, error, requestId },
        "Sign-in is not set up on this server yet: its operator has to finish the configuration.",
      );
      return c.json({ error: message, reference }, 503);
    }
    const { message, requestId: reference } = reportError(
      { route, error, requestId },
      "Something went wrong on the server. Try again.",
    );
    return c.json({ error: message, reference }, 500);
  });
  app.notFound((c) => c.json({ error: "There is no such API endpoint." }, 404));

  // Public market history, icons and chain reads: they need no session, database or sign-in
  // configuration, so they are routed before the middleware that sets those up.
  app.route("/indexer", indexerProxyRoutes());
  app.route("/icon", iconRoutes(loadIcon, iconRateLimit));
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
