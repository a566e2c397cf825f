import { cookieStorage, createStorage } from "wagmi";

/**
 * Where wagmi keeps the wallet's connection: a cookie, so server pages can tell which account
 * is connected (lib/wallet/cookie-account.ts) and render its numbers into the first HTML.
 */
export const walletStorage = createStorage({ storage: cookieStorage });
