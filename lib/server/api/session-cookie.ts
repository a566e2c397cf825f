import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { sealData, unsealData } from "iron-session";
import type { Session } from "../auth/auth-store";

const NAME = "provernet_session";

type Sealed = { sid?: unknown };

/** Over https the cookie is `__Host-` prefixed: Secure, whole-site, and no subdomain may set it. */
const prefix = (secure: boolean) => (secure ? ("host" as const) : undefined);

/** The session id in the request's cookie, if the seal is ours and unexpired; null otherwise. */
export async function sessionIdFromCookie(c: Context, secret: string, secure: boolean): Promise<string | null> {
  const sealed = getCookie(c, NAME, prefix(secure));
  if (!sealed) return null;
  // unsealData answers {} for a tampered, foreign or expired seal.
  const data = await unsealData<Sealed>(sealed, { password: secret, ttl: 0 }).catch(() => ({}) as Sealed);
  return typeof data.sid === "string" ? data.sid : null;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), expiring with the session. */
export async function setSessionCookie(c: Context, session: Session, secret: string, secure: boolean, now: Date) {
  const seconds = Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000);
  const sealed = await sealData({ sid: session.id }, { password: secret, ttl: seconds });
  setCookie(c, NAME, sealed, {
    httpOnly: true,
    sameSite: "Strict",
    secure,
    path: "/",
    maxAge: seconds,
    prefix: prefix(secure),
  });
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, NAME, { path: "/", secure, prefix: prefix(secure) });
}
