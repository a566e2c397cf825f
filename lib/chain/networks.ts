import { type Chain, defineChain } from "viem";
import { base } from "viem/chains";

/** Canonical Multicall3 address; our devnet places the same contract there. */
export const MULTICALL3_ADDRESS = "0xcA11bde05977b3631167028862bE2a173976CA11";

/**
 * The OP-stack GasPriceOracle predeploy, at this address on every OP-stack chain (Base among
 * them): it prices the L1 data fee a transaction pays on top of its L2 gas.
 */
export const GAS_PRICE_ORACLE_ADDRESS = base.contracts.gasPriceOracle.address;

export const DEVNET_CHAIN_ID = 31337;
export const BASE_CHAIN_ID = 8453;

export const NETWORKS = {
  devnet: { chainId: DEVNET_CHAIN_ID, name: "ProverNet Devnet", defaultRpcUrl: "http://127.0.0.1:8545" },
  base: { chainId: BASE_CHAIN_ID, name: "Base", defaultRpcUrl: "https://mainnet.base.org" },
} as const;

export type NetworkName = keyof typeof NETWORKS;
export type SupportedChainId = (typeof NETWORKS)[NetworkName]["chainId"];

/** The viem chain object for a network, with the RPC URL this deployment was configured with. */
export function chainFor(network: NetworkName, rpcUrl: string): Chain {
  if (network === "base") {
    return { ...base, rpcUrls: { default: { http: [rpcUrl] } } };
  }
  return defineChain({
    id: DEVNET_CHAIN_ID,
    name: NETWORKS.devnet.name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3_ADDRESS, blockCreated: 0 } },
    testnet: true,
  });
}
