import { createConfig, factory } from "ponder";
import { getAbiItem } from "viem";
import { DEVNET_CHAIN_ID } from "../lib/chain/networks";
import {
  brevisMarketAbi,
  brevTokenAbi,
  epochRewardsAbi,
  proverVaultAbi,
  stakingControllerAbi,
} from "../lib/contracts/generated";
import { readIndexerSettings } from "./src/settings";

const settings = readIndexerSettings();

export default createConfig({
  database: settings.database,
  chains: {
    provernet: {
      id: settings.chainId,
      // Ponder starts every RPC URL at 20 requests/s and raises that slowly: right for a paid
      // endpoint, but it makes the local anvil's backfill wait ~45 s. Each listed URL gets its own
      // limit, so on the devnet the same URL is listed several times.
      rpc: settings.chainId === DEVNET_CHAIN_ID ? Array.from({ length: 10 }, () => settings.rpcUrl) : settings.rpcUrl,
      // The devnet is rebuilt and reset often: a cached response could describe another chain.
      disableCache: settings.chainId === DEVNET_CHAIN_ID,
      pollingInterval: settings.chainId === DEVNET_CHAIN_ID ? 500 : 1_000,
    },
  },
  blocks: {
    // "Now" for APY windows and countdowns is the chain's time as indexed, not the server's clock.
    ChainClock: {
      chain: "provernet",
      startBlock: settings.startBlock,
      interval: settings.chainId === DEVNET_CHAIN_ID ? 1 : 150,
    },
  },
  contracts: {
    StakingController: {
      chain: "provernet",
      abi: stakingControllerAbi,
      address: settings.contracts.StakingController,
      startBlock: settings.startBlock,
    },
    ProverVault: {
      chain: "provernet",
      abi: proverVaultAbi,
      // Vaults are found where they are announced, never listed by hand.
      address: factory({
        address: settings.contracts.StakingController,
        event: getAbiItem({ abi: stakingControllerAbi, name: "ProverInitialized" }),
        parameter: "vault",
      }),
      startBlock: settings.startBlock,
    },
    // BREV sent straight to a vault raises its assets without any vault or controller event.
    BrevToken: {
      chain: "provernet",
      abi: brevTokenAbi,
      address: settings.contracts.BrevToken,
      filter: { event: "Transfer", args: {} },
      startBlock: settings.startBlock,
    },
    BrevisMarket: {
      chain: "provernet",
      abi: brevisMarketAbi,
      address: settings.contracts.BrevisMarket,
      startBlock: settings.startBlock,
    },
    EpochRewards: {
      chain: "provernet",
      abi: epochRewardsAbi,
      address: settings.contracts.EpochRewards,
      startBlock: settings.startBlock,
    },
  },
});
