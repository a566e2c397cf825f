// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPicoVerifier} from "./IPicoVerifier.sol";

/// @title Devnet stand-in for the Pico proof verifier.
/// @notice Accepts exactly one proof per (vk, publicValuesDigest): the proof whose word i
///         (i = 0..7) is uint256(keccak256(abi.encodePacked("provernet-devnet-proof", vk,
///         publicValuesDigest, uint8(i)))). Anything else reverts `ProofInvalid()`, the error
///         the deployed Groth16-backed verifier raises, so the market runs its real
///         verification path on the devnet without a real prover.
contract DevProofVerifier is IPicoVerifier {
    error ProofInvalid();

    function verifyPicoProof(bytes32 riscvVkey, bytes calldata publicValues, uint256[8] calldata proof) external pure {
        _verify(riscvVkey, sha256(publicValues) & bytes32(uint256((1 << 253) - 1)), proof);
    }

    function verifyPicoProof(bytes32 riscvVkey, bytes32 publicValuesHash, uint256[8] calldata proof) external pure {
        _verify(riscvVkey, publicValuesHash, proof);
    }

    /// @notice The only proof this verifier accepts for (vk, digest): what devnet provers submit.
    function testProof(bytes32 vk, bytes32 publicValuesDigest) public pure returns (uint256[8] memory proof) {
        for (uint8 i = 0; i < 8; ++i) {
            proof[i] = uint256(keccak256(abi.encodePacked("provernet-devnet-proof", vk, publicValuesDigest, i)));
        }
    }

    function _verify(bytes32 vk, bytes32 digest, uint256[8] calldata proof) private pure {
        uint256[8] memory expected = testProof(vk, digest);
        for (uint256 i = 0; i < 8; ++i) {
            if (proof[i] != expected[i]) revert ProofInvalid();
        }
    }
}
