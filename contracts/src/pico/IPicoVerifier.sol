// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The proof verifier the market calls, with the deployed Pico verifier's interface.
/// @notice Both functions return nothing and revert when the proof does not hold. The digest
///         form takes sha256(publicValues) with its top three bits cleared (a BN254 field
///         element); the bytes form computes that digest itself.
interface IPicoVerifier {
    function verifyPicoProof(bytes32 riscvVkey, bytes calldata publicValues, uint256[8] calldata proof) external view;

    function verifyPicoProof(bytes32 riscvVkey, bytes32 publicValuesHash, uint256[8] calldata proof) external view;
}
