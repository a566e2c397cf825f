import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { contentSecurityPolicy } from "./csp";

/** Browser features no page uses, so nothing embedded or injected can ask for them. */
const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "bluetooth=()",
  "browsing-topics=()",
].join(", ");

/** Two years, the preload list's minimum; sent only over https, where browsers honour it. */
const HSTS = "max-age=63072000; includeSubDomains";

/** Whether the visitor reached us over https: the URL, or the scheme the reverse proxy in front saw. */
export function servedOverHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return url.protocol === "https:" || forwarded === "https";
}

function publicRpcOrigin(env: Record<string, string | undefined>): string | null {
  try {
    const { publicRpcUrl } = readChainRuntimeConfig(env);
    return publicRpcUrl ? new URL(publicRpcUrl).origin : null;
  } catch {
    // A broken chain setting fails the page with its own sentence; the policy just stays strict.
    return null;
  }
}

/** The security headers of one response, with the nonce Next.js also stamps on its scripts. */
export function securityHeaders({
  nonce,
  https,
  env = process.env,
}: {
  nonce: string;
  https: boolean;
  env?: Record<string, string | undefined>;
}): Record<string, string> {
  const csp = contentSecurityPolicy({
    nonce,
    publicRpcOrigin: publicRpcOrigin(env),
    walletConnect: Boolean(env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim()),
    https,
    dev: env.NODE_ENV === "development",
  });
  return {
    "Content-Security-Policy": csp,
    "Permissions-Policy": PERMISSIONS_POLICY,
    // Popups (a wallet's sign-in window) may still talk back; other windows get no handle on us.
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
