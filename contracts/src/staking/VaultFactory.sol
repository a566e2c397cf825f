// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IVaultFactory} from "./interfaces/IVaultFactory.sol";
import {ProverVault} from "./ProverVault.sol";

/// @title Deploys prover vaults with CREATE2 (salt from asset and prover), so a vault's address
///        is known before the prover registers, and keeps the prover → vault map.
/// @notice Built without arguments and bound to its controller once through `init`, as on Base
///         (where it sits behind a proxy): deploy it, deploy the controller with its address,
///         then call init(controller).
contract VaultFactory is IVaultFactory {
    address public stakingController;
    mapping(address prover => address vault) public getVault;
    address[] public vaults;

    /// @notice Binds the factory to its controller; callable once, by anyone.
    function init(address _controller) external {
        if (stakingController != address(0)) revert VaultFactoryAlreadyInitialized();
        if (_controller == address(0)) revert VaultFactoryZeroAddress();
        stakingController = _controller;
    }

    function createVault(address asset, address prover, address controller) external returns (address vault) {
        if (msg.sender != stakingController) revert VaultFactoryOnlyController();
        if (getVault[prover] != address(0)) revert VaultFactoryVaultAlreadyExists();
        bytes32 salt = _salt(asset, prover);
        bytes memory initCode = _initCode(asset, prover, controller);
        assembly ("memory-safe") {
            vault := create2(0, add(initCode, 0x20), mload(initCode), salt)
        }
        if (vault == address(0)) revert VaultFactoryDeploymentFailed();
        getVault[prover] = vault;
        vaults.push(vault);
        emit VaultCreated(prover, vault, asset, salt);
    }

    /// @notice The vault address for these arguments: the controller is a constructor argument,
    ///         so another controller means another address.
    function predictVaultAddress(address asset, address prover, address controller) external view returns (address) {
        bytes32 hash = keccak256(
            abi.encodePacked(
                bytes1(0xff), address(this), _salt(asset, prover), keccak256(_initCode(asset, prover, controller))
            )
        );
        return address(uint160(uint256(hash)));
    }

    function isVaultDeployed(address prover) external view returns (bool) {
        return getVault[prover] != address(0);
    }

    function getVaultCount() external view returns (uint256) {
        return vaults.length;
    }

    function getVaultAtIndex(uint256 index) external view returns (address) {
        if (index >= vaults.length) revert VaultFactoryIndexOutOfBounds();
        return vaults[index];
    }

    function _salt(address asset, address prover) private pure returns (bytes32) {
        return keccak256(abi.encode(asset, prover));
    }

    /// @dev Named after the prover, as on Base: "Brevis Prover Vault - 0x…" / "bpv-0x…".
    function _initCode(address asset, address prover, address controller) private pure returns (bytes memory) {
        string memory hexProver = Strings.toHexString(uint256(uint160(prover)), 20);
        return abi.encodePacked(
            type(ProverVault).creationCode,
            abi.encode(
                IERC20(asset),
                string.concat("Brevis Prover Vault - ", hexProver),
                string.concat("bpv-", hexProver),
                prover,
                controller
            )
        );
    }
}
