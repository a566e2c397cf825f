// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title Devnet stand-in for the ZK proof verifier.
/// @notice Accepts exactly one proof per (vk, publicValuesDigest): the test proof whose i-th
///         word is uint256(keccak256(abi.encodePacked("provernet-devnet-proof", vk,
///         publicValuesDigest, uint8(i)))) for i = 0..7. Anything else is rejected, so the
///         devnet exercises the market's verification path without a real prover.
contract DevProofVerifier is IProofVerifier {
    function verifyProof(bytes32 vk, bytes32 publicValuesDigest, uint256[8] calldata proof)
        external
        pure
        returns (bool valid)
    {
        uint256[8] memory expected = testProof(vk, publicValuesDigest);
        for (uint256 i = 0; i < 8; ++i) {
            if (proof[i] != expected[i]) return false;
        }
        return true;
    }

    /// @notice The only proof this verifier accepts for a request (what devnet provers submit).
    function testProof(bytes32 vk, bytes32 publicValuesDigest) public pure returns (uint256[8] memory proof) {
        for (uint8 i = 0; i < 8; ++i) {
            proof[i] = uint256(keccak256(abi.encodePacked("provernet-devnet-proof", vk, publicValuesDigest, i)));
        }
    }
}
