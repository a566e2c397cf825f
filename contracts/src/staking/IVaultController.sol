// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What a ProverVault asks of the StakingController that owns it.
interface IVaultController {
    function minSelfStake() external view returns (uint256 amount);

    /// @notice Called by a vault when an account starts or stops holding its shares, so the
    ///         controller can count unique stakers across vaults.
    function onHolderChanged(address prover, address account, bool holds) external;
}
