// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Checks the proof that an epoch's reward list (the circuit output) was computed correctly.
/// @dev `circuitOutput` is the exact byte string EpochRewards receives in `setRewards`; a
///      verifier must judge the proof against those bytes, never against a re-encoding.
interface IRewardsVerifier {
    /// @return valid true only if `proof` proves `circuitOutput`.
    function verifyRewards(bytes calldata proof, bytes calldata circuitOutput) external view returns (bool valid);
}
