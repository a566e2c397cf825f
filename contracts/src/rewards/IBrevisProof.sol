// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The part of Brevis' proof contract that EpochRewards calls.
/// @notice `submitProof` verifies a proof (or finds it verified before) and returns the two
///         values it commits to: the hash of the app circuit's output and the app's
///         verification-key hash. It reverts on a proof it does not accept.
interface IBrevisProof {
    function submitProof(uint64 _chainId, bytes calldata _proofWithPubInputs)
        external
        returns (bytes32 proofId, bytes32 appCommitHash, bytes32 appVkHash);
}
