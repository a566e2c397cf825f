/** The app's own JSON-RPC endpoint: the browser reads the chain through it, never from RPC_URL. */
export const RPC_PROXY_PATH = "/api/rpc";

/**
 * The most calls one JSON-RPC batch may carry through the proxy; the browser's transport
 * splits its batches at the same size, so the limit never refuses the app's own reads.
 */
export const RPC_BATCH_LIMIT = 50;
