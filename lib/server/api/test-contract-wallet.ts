import { createRequire } from "node:module";
import type { Abi, Hex } from "viem";

/**
 * Tests only: a smart-contract wallet answering EIP-1271 for its owner's key, compiled with the
 * repository's npm solc, so sign-in can be tested with a wallet that is code, not a key.
 */
const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract OwnerSignedWallet {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (signature.length != 65) return 0xffffffff;
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        return ecrecover(hash, v, r, s) == owner ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}
`;

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};

export function compileContractWallet(): { abi: Abi; bytecode: Hex } {
  const solc = createRequire(import.meta.url)("solc") as { compile(input: string): string };
  const output = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { "OwnerSignedWallet.sol": { content: SOURCE } },
        settings: { outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } },
      }),
    ),
  ) as SolcOutput;
  const errors = output.errors?.filter((error) => error.severity === "error") ?? [];
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join("\n"));
  const contract = output.contracts["OwnerSignedWallet.sol"]?.OwnerSignedWallet;
  if (!contract) throw new Error("solc produced no OwnerSignedWallet");
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}
