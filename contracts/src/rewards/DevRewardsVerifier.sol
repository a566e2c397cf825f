// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IRewardsVerifier} from "./IRewardsVerifier.sol";

/// @title Devnet stand-in for the epoch-rewards proof verifier.
/// @notice Rule: for a given `circuitOutput` exactly one proof is accepted, the 32-byte string
///
///             proof == abi.encodePacked(keccak256(abi.encodePacked(DOMAIN, circuitOutput)))
///
///         with DOMAIN = "provernet-devnet-epoch-rewards". Any other length or value, including
///         the empty proof and a proof made for different output bytes, is rejected. This binds
///         each proof to the exact output it was produced for, so the devnet exercises the
///         verification path of EpochRewards without a real ZK prover. It proves nothing about
///         how the amounts were computed: anyone can produce it. Never deploy it on a real network.
contract DevRewardsVerifier is IRewardsVerifier {
    /// @notice The domain separator hashed in front of the circuit output.
    string public constant DOMAIN = "provernet-devnet-epoch-rewards";

    /// @inheritdoc IRewardsVerifier
    function verifyRewards(bytes calldata proof, bytes calldata circuitOutput) external pure returns (bool valid) {
        if (proof.length != 32) return false;
        // casting to 'bytes32' is safe because proof is exactly 32 bytes long here
        // forge-lint: disable-next-line(unsafe-typecast)
        return bytes32(proof) == _digest(circuitOutput);
    }

    /// @notice The only proof this verifier accepts for `circuitOutput` (what devnet updaters submit).
    function testProof(bytes calldata circuitOutput) external pure returns (bytes memory proof) {
        return abi.encodePacked(_digest(circuitOutput));
    }

    function _digest(bytes calldata circuitOutput) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(DOMAIN, circuitOutput));
    }
}
