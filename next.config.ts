import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build type-checks what it ships, and only that (tsconfig.build.json): a production
  // install (npm ci --omit=dev) lacks the tests' and scripts' types. `npm test` sets
  // TYPES_CHECKED_BY_TSC for its build, whose tsc step has just checked the whole repository.
  typescript: { tsconfigPath: "tsconfig.build.json", ignoreBuildErrors: process.env.TYPES_CHECKED_BY_TSC === "1" },
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
