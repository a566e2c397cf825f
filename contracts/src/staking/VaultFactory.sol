// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ProverVault} from "./ProverVault.sol";

/// @title Deploys prover vaults with CREATE2, salted by the prover, so a vault's address is
///        known before the prover registers.
contract VaultFactory {
    error FactoryOnlyController();

    address public immutable controller;
    IERC20 public immutable stakingToken;

    constructor(address controller_, IERC20 stakingToken_) {
        controller = controller_;
        stakingToken = stakingToken_;
    }

    function createVault(address prover) external returns (address vault) {
        if (msg.sender != controller) revert FactoryOnlyController();
        vault = address(new ProverVault{salt: _salt(prover)}(stakingToken, prover, controller));
    }

    function predictVaultAddress(address prover) external view returns (address) {
        bytes32 initCodeHash = keccak256(
            abi.encodePacked(type(ProverVault).creationCode, abi.encode(stakingToken, prover, controller))
        );
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), _salt(prover), initCodeHash)))));
    }

    function _salt(address prover) private pure returns (bytes32) {
        return bytes32(uint256(uint160(prover)));
    }
}
