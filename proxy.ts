import { type NextRequest, NextResponse } from "next/server";
import { securityHeaders, servedOverHttps } from "@/lib/server/security/security-headers";

/**
 * A fresh CSP nonce for every page: Next.js reads it from the request's
 * Content-Security-Policy header and stamps it on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders({ nonce, https: servedOverHttps(request.nextUrl, request.headers) });
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"] as string);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static chunks and images need none of it, and are served without running this.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
