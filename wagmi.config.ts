import { defineConfig } from "@wagmi/cli";
import { foundry } from "@wagmi/cli/plugins";
import { foundryBin } from "./scripts/devnet/foundry.mjs";

// Forge artifacts are the single source of ABIs: this turns them into typed consts for the
// app, the indexer and the scripts. `npm test` fails when the committed file is stale.
export default defineConfig({
  // WAGMI_OUT lets the freshness check generate beside the committed file instead of over it.
  out: process.env.WAGMI_OUT ?? "lib/contracts/generated.ts",
  plugins: [
    foundry({
      project: ".",
      artifacts: "contracts/out",
      forge: { build: false, path: foundryBin("forge") },
      include: [
        "BrevToken.sol/**",
        "Multicall3.sol/**",
        "StakingController.sol/**",
        "ProverVault.sol/**",
        "StakingViewer.sol/**",
        "VaultFactory.sol/**",
        "BrevisMarket.sol/**",
        "MarketViewer.sol/**",
        "DevProofVerifier.sol/**",
        "EpochRewards.sol/**",
        "DevBrevisProof.sol/**",
      ],
    }),
  ],
});
