/**
 * Where images may come from: this origin only. Provers' icons come through the app's icon proxy
 * (`/api/icon`), so no prover's host learns who looks at its page; wallets' icons are data URLs.
 */
export const IMG_SRC = "'self' data: blob:";

/**
 * What WalletConnect dials from the page (its relay, its verify API and frame, its event
 * batches, and the universal provider's RPC), as @walletconnect/core and
 * @walletconnect/universal-provider name them. Only listed when a project id turns it on.
 */
export const WALLETCONNECT_CONNECT = [
  "wss://relay.walletconnect.org",
  "https://verify.walletconnect.org",
  "https://verify.walletconnect.com",
  "https://pulse.walletconnect.org",
  "https://rpc.walletconnect.org",
];
const WALLETCONNECT_FRAMES = ["https://verify.walletconnect.org", "https://verify.walletconnect.com"];

export type CspInput = {
  nonce: string;
  /** PUBLIC_RPC_URL's origin, when the operator sends browsers to an RPC of their own. */
  publicRpcOrigin: string | null;
  walletConnect: boolean;
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval there (never in production). */
  dev: boolean;
};

/** The Content-Security-Policy of one page response. */
export function contentSecurityPolicy({ nonce, publicRpcOrigin, walletConnect, https, dev }: CspInput): string {
  const connect = [
    "'self'",
    ...(publicRpcOrigin ? [publicRpcOrigin] : []),
    ...(walletConnect ? WALLETCONNECT_CONNECT : []),
  ];
  const directives = [
    "default-src 'self'",
    // strict-dynamic: scripts Next's nonced scripts load are trusted, hosts listed are not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // RainbowKit writes its theme into a <style> element and React renders style attributes,
    // neither of which can carry a nonce; a nonce here would also switch 'unsafe-inline' off.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${IMG_SRC}`,
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${walletConnect ? WALLETCONNECT_FRAMES.join(" ") : "'none'"}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
