// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisProof} from "./IBrevisProof.sol";

/// @title Devnet stand-in for Brevis' proof contract.
/// @notice Accepts exactly one proof per (appCommitHash, appVkHash): the 96 bytes
///
///             appCommitHash ‖ appVkHash ‖ keccak256("provernet-devnet-brevis-proof" ‖ appCommitHash ‖ appVkHash)
///
///         (three 32-byte words, i.e. abi.encode of three bytes32). It returns
///         proofId = keccak256(proof) and the two committed values, as the real contract
///         does after verifying a ZK proof; any other length or seal reverts. EpochRewards
///         then applies its own checks (vkHash, hash of the circuit output) unchanged, so the
///         devnet runs the deployed verification path. The chain id is not part of the rule.
///         Anyone who knows the rule can make a proof: never deploy this on a real network.
contract DevBrevisProof is IBrevisProof {
    uint256 private constant PROOF_LENGTH = 96;

    error DevBrevisProofWrongLength(uint256 length, uint256 expected);
    error DevBrevisProofBadSeal();

    function submitProof(uint64, bytes calldata _proofWithPubInputs)
        external
        pure
        returns (bytes32 proofId, bytes32 appCommitHash, bytes32 appVkHash)
    {
        if (_proofWithPubInputs.length != PROOF_LENGTH) {
            revert DevBrevisProofWrongLength(_proofWithPubInputs.length, PROOF_LENGTH);
        }
        bytes32 seal;
        (appCommitHash, appVkHash, seal) = abi.decode(_proofWithPubInputs, (bytes32, bytes32, bytes32));
        if (seal != _seal(appCommitHash, appVkHash)) revert DevBrevisProofBadSeal();
        proofId = keccak256(_proofWithPubInputs);
    }

    /// @notice The only proof accepted for these values (what devnet tooling submits);
    ///         for EpochRewards, appCommitHash = keccak256(circuitOutput) and appVkHash = its vkHash().
    function testProof(bytes32 appCommitHash, bytes32 appVkHash) external pure returns (bytes memory proof) {
        return abi.encode(appCommitHash, appVkHash, _seal(appCommitHash, appVkHash));
    }

    function _seal(bytes32 appCommitHash, bytes32 appVkHash) private pure returns (bytes32) {
        return keccak256(abi.encodePacked("provernet-devnet-brevis-proof", appCommitHash, appVkHash));
    }
}
