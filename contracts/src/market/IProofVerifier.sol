// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Verifies a proof for a request's verification key and public values.
interface IProofVerifier {
    function verifyProof(bytes32 vk, bytes32 publicValuesDigest, uint256[8] calldata proof)
        external
        view
        returns (bool valid);
}
