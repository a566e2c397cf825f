import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The indexer's correctness tests: each file indexes the seeded devnet several times, so files
// run one after another (2-core machines) and hooks get minutes, not seconds.
export default defineConfig({
  // The app's modules the suite uses (its own store, beside the indexer's tables) import by "@/".
  // The API's modules are imported for their route table (the fuzz): Ponder's virtual modules
  // resolve to the schema itself and to a `db` that refuses queries.
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("../", import.meta.url)),
      "ponder:api": fileURLToPath(new URL("./test/harness/ponder-api-stub.ts", import.meta.url)),
      "ponder:schema": fileURLToPath(new URL("./ponder.schema.ts", import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL("../", import.meta.url)),
    include: ["indexer/test/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 120_000,
  },
});
