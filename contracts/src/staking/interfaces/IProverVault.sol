// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";

/// @title One prover's ERC-4626 vault as the controller and the viewer call it (as deployed).
interface IProverVault is IERC4626 {
    event ControllerSlash(uint256 assets, address to);

    error VaultSharesLocked();
    error VaultOnlyController();
    /// @dev Part of the deployed interface; no code path raises it.
    error VaultTransferBlocked();

    function prover() external view returns (address);
    function controller() external view returns (address);
    function getTransferableShares(address owner) external view returns (uint256);

    /// @notice Sends `assets` of the vault's BREV to `to` without burning shares (controller only).
    function controllerSlash(uint256 assets, address to) external;
}
