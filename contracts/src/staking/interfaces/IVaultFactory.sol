// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The CREATE2 deployer of prover vaults, as deployed.
interface IVaultFactory {
    error VaultFactoryOnlyController();
    error VaultFactoryAlreadyInitialized();
    error VaultFactoryZeroAddress();
    error VaultFactoryVaultAlreadyExists();
    error VaultFactoryDeploymentFailed();
    error VaultFactoryIndexOutOfBounds();

    event VaultCreated(address indexed prover, address indexed vault, address asset, bytes32 salt);

    function createVault(address asset, address prover, address controller) external returns (address vault);
    function predictVaultAddress(address asset, address prover, address controller)
        external
        view
        returns (address vault);
    function getVault(address prover) external view returns (address vault);
    function isVaultDeployed(address prover) external view returns (bool deployed);
    function getVaultCount() external view returns (uint256 count);
    function getVaultAtIndex(uint256 index) external view returns (address vault);
}
