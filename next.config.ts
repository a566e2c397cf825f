import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole repository with tsc before it builds; the build does not do
  // it again, since a production install (npm ci --omit=dev) lacks the tests' and scripts' types.
  typescript: { ignoreBuildErrors: true },
  // wagmi's connectors reach @coinbase/cdp-sdk, whose optional peers (@x402/*) are not installed;
  // keeping it external stops the bundler from trying to resolve them. PGlite loads its wasm and
  // data files from its own package directory at run time, which bundling would break.
  serverExternalPackages: ["@coinbase/cdp-sdk", "@electric-sql/pglite"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default config;
