// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {VaultFactory} from "../../src/staking/VaultFactory.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Unit tests of VaultFactory (issue #4): CREATE2 prediction and the controller-only deploy.
contract VaultFactoryUnitTest is StakingFixture {
    function test_immutables() public view {
        assertEq(factory.controller(), address(controller), "controller");
        assertEq(address(factory.stakingToken()), address(brev), "staking token");
    }

    function test_createVault_onlyController() public {
        vm.expectRevert(VaultFactory.FactoryOnlyController.selector);
        vm.prank(prover1);
        factory.createVault(prover1);
    }

    function test_createVault_notEvenTheAdmin() public {
        vm.expectRevert(VaultFactory.FactoryOnlyController.selector);
        vm.prank(admin);
        factory.createVault(alice);
    }

    function test_createVault_fromATestContractReverts() public {
        vm.expectRevert(VaultFactory.FactoryOnlyController.selector);
        factory.createVault(alice);
    }

    function test_predictVaultAddress_matchesInitializeProver() public {
        address[3] memory provers = [prover1, prover2, prover3];
        for (uint256 i = 0; i < provers.length; ++i) {
            address predicted = factory.predictVaultAddress(provers[i]);
            assertEq(predicted.code.length, 0, "nothing there before");
            assertEq(_initProver(provers[i], 1000), predicted, "deployed where predicted");
            assertTrue(predicted.code.length > 0, "code after");
            assertEq(factory.predictVaultAddress(provers[i]), predicted, "prediction stable after deploy");
        }
    }

    function test_predictVaultAddress_distinctPerProverAndFactory() public {
        address a = factory.predictVaultAddress(prover1);
        assertTrue(a != factory.predictVaultAddress(prover2), "distinct per prover");
        assertTrue(a != address(0), "non-zero");
        StakingController other = new StakingController(brev, admin, MIN_SELF_STAKE, UNSTAKE_DELAY, MAX_SLASH_BPS);
        assertTrue(other.vaultFactory().predictVaultAddress(prover1) != a, "distinct per factory");
    }

    function test_createVault_byTheControllerDeploysAtThePrediction() public {
        address predicted = factory.predictVaultAddress(carol);
        vm.prank(address(controller));
        address vault = factory.createVault(carol);
        assertEq(vault, predicted, "address");
        assertEq(ProverVault(vault).prover(), carol, "prover");
        assertEq(ProverVault(vault).controller(), address(controller), "controller");
        assertEq(ProverVault(vault).asset(), address(brev), "asset");
        assertEq(ProverVault(vault).totalSupply(), 0, "empty");
    }

    function test_createVault_twiceForTheSameProverReverts() public {
        _initProver(prover1, 1000);
        vm.expectRevert();
        vm.prank(address(controller));
        factory.createVault(prover1);
    }
}
