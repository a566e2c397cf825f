import { Hono } from "hono";
import { isHex } from "viem";
import { z } from "zod";
import { authStore } from "../auth/auth-store";
import { checkSignIn } from "../auth/siwe";
import { type ApiEnv, ApiError, secureCookies } from "./api-env";
import { type RateLimit, rateLimits } from "./rate-limit";
import { clearSessionCookie, sessionIdFromCookie, setSessionCookie } from "./session-cookie";

/** Per client: sign-in takes two requests, so this leaves room for retries and stops guessing. */
export const AUTH_RATE_LIMIT: RateLimit = { limit: 30, windowMs: 60_000 };

const verifyBody = z.object({
  message: z.string().max(4_000),
  signature: z.string().refine((value) => isHex(value), "not hex"),
});

/** Sign-In with Ethereum: a nonce, the signed message, the session it opens, and sign-out. */
export function authRoutes(rate: RateLimit = AUTH_RATE_LIMIT) {
  const app = new Hono<ApiEnv>();
  // The two requests that write a row or check a signature; reading the session stays free.
  const limits = rateLimits<ApiEnv>(rate, (c) =>
    c.json({ error: "Too many sign-in attempts: wait a minute and try again." }, 429),
  );
  app.use("/nonce", ...limits);
  app.use("/verify", ...limits);

  app.get("/nonce", async (c) => {
    const { nonce, expiresAt } = await authStore(c.var.db).issueNonce(c.var.now);
    c.header("Cache-Control", "no-store");
    return c.json({ nonce, expiresAt: expiresAt.toISOString() });
  });

  app.post("/verify", async (c) => {
    const body = verifyBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) {
      throw new ApiError(400, "Send the signed EIP-4361 message as { message, signature } in JSON.");
    }
    const { config, db, now } = c.var;
    const check = await checkSignIn(body.data.message, body.data.signature as `0x${string}`, {
      origins: config.origins,
      chainId: config.chainId,
      client: config.client,
      now,
    });
    if (!check.ok) throw new ApiError(check.status, check.error);
    if (c.req.header("origin") !== check.origin) {
      throw new ApiError(403, "The message was signed for another of the dashboard's addresses than this page's.");
    }
    const store = authStore(db);
    if (!(await store.consumeNonce(check.nonce, now))) {
      throw new ApiError(401, "This sign-in message was used already, or its nonce expired: sign in again.");
    }
    const session = await store.startSession(check.address, config.chainId, now);
    await setSessionCookie(c, session, config.sessionSecret, secureCookies(config), now);
    return c.json({ address: session.address, expiresAt: session.expiresAt.toISOString() });
  });

  app.get("/session", async (c) => {
    const { config, db, now } = c.var;
    const id = await sessionIdFromCookie(c, config.sessionSecret, secureCookies(config));
    const session = id ? await authStore(db).readSession(id, now) : null;
    if (!session || session.chainId !== config.chainId) throw new ApiError(401, "You are not signed in.");
    return c.json({ address: session.address, expiresAt: session.expiresAt.toISOString() });
  });

  app.post("/signout", async (c) => {
    const { config, db } = c.var;
    const id = await sessionIdFromCookie(c, config.sessionSecret, secureCookies(config));
    if (id) await authStore(db).endSession(id);
    clearSessionCookie(c, secureCookies(config));
    return c.json({ signedOut: true });
  });

  return app;
}
