// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../src/BrevToken.sol";
import {Vm, VM_ADDRESS} from "../test/utils/Vm.sol";

/// @notice Deploys the devnet system from the broadcasting account (anvil account 0).
///         scripts/devnet/deploy.mjs turns the broadcast record into lib/contracts/deployments.json,
///         so each contract deployed here is listed there under its contract name.
contract Deploy {
    Vm private constant vm = Vm(VM_ADDRESS);
    bool public constant IS_SCRIPT = true;

    string private constant DEV_MNEMONIC = "test test test test test test test test test test test junk";
    uint256 private constant DEPLOYER_BREV = 100_000_000 ether;
    uint256 private constant DEV_ACCOUNT_BREV = 1_000_000 ether;
    uint32 private constant DEV_ACCOUNTS = 10;

    function run() external {
        vm.startBroadcast();
        _deployToken();
        vm.stopBroadcast();
    }

    /// @dev The deployer keeps the admin and minter roles so the devnet and tests can mint.
    function _deployToken() private returns (BrevToken brev) {
        brev = new BrevToken(msg.sender);
        brev.mint(msg.sender, DEPLOYER_BREV);
        for (uint32 i = 1; i < DEV_ACCOUNTS; ++i) {
            brev.mint(vm.addr(vm.deriveKey(DEV_MNEMONIC, i)), DEV_ACCOUNT_BREV);
        }
    }
}
