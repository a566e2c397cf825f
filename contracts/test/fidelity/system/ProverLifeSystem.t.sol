// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {IVaultFactory} from "../../../src/staking/interfaces/IVaultFactory.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): the whole life of a prover on the real system.
/// @notice initialize → stake → win → prove → epoch rewards → unstake → full exit (which
///         deactivates, not retires) → retireProver once no staker, pending unstake or
///         commission is left → initializing again is refused by the factory.
contract ProverLifeSystemTest is SystemFixture {
    function test_proverLife_fromInitializeToRetirement() public {
        // Initialize: the vault lands at its predicted CREATE2 address, the prover is Active.
        address predicted = factory.predictVaultAddress(address(brev), p3, address(controller));
        assertEq(_initProver(p3, DEFAULT_COMMISSION), predicted, "vault at the predicted address");
        _assertState(p3, ACTIVE, "Active");
        assertEq(controller.getProverCount(true), 3, "listed as active");

        // Stake, win alone at 4 BREV, prove: 3.8 BREV paid, 0.38 of it commission.
        _stake(alice, p3, 4000 ether);
        bytes32 reqid = _requestWith(1, 10 ether, 2000 ether);
        _win(p3, reqid, 4 ether);
        _submit(p3, reqid);
        assertEq(_pendingCommission(p3), 0.38 ether, "commission from the market");

        // Epoch 1 awards 100 BREV: 10 BREV commission, 90 to the vault.
        vm.warp(START + EPOCH_LENGTH);
        _submit(_output(1, _addrs(p3), _amts(100 ether)));
        _distribute(1, _addrs(p3));
        assertEq(_pendingCommission(p3), 10.38 ether, "plus the epoch's commission");
        assertEq(_vaultAssets(p3), 5000 ether + 3.42 ether + 90 ether, "stake plus the stakers' parts");

        // The prover's full exit deactivates it; it is not retired and stays listed.
        _requestUnstakeAll(p3, p3);
        _assertState(p3, DEACTIVATED, "a full exit deactivates");
        assertEq(controller.getProverCount(false), 3, "still listed");
        assertTrue(factory.isVaultDeployed(p3), "vault kept");
        _expectRetireRefused(IStakingController.ControllerCannotRetireProverWithStakers.selector);

        uint256 aliceValue = _value(p3, alice);
        _requestUnstakeAll(alice, p3);
        _expectRetireRefused(IStakingController.ControllerCannotRetireProverWithPendingUnstakes.selector);
        _skipDelay();
        assertEq(_completeUnstake(alice, p3), aliceValue, "alice leaves with her stake and rewards");
        _completeUnstake(p3, p3);
        _expectRetireRefused(IStakingController.ControllerCannotRetireProverWithPendingCommission.selector);
        assertEq(_claimCommission(p3), 10.38 ether, "commission claimed");

        // Retire: the vault's dust goes to the treasury and the prover is gone from the lists.
        uint256 dust = _vaultAssets(p3);
        uint256 treasury = controller.treasuryPool();
        _expectEmit(address(controller));
        emit IStakingController.ProverRetired(p3);
        vm.prank(p3);
        controller.retireProver(p3);
        _assertState(p3, NULL, "Null again");
        assertEq(controller.treasuryPool() - treasury, dust, "dust swept to the treasury");
        assertEq(_vaultAssets(p3), 0, "vault emptied");
        assertEq(controller.getProverCount(false), 2, "off the list");
        assertEq(market.getProverStatsTotal(p3).requestsFulfilled, 1, "the market keeps its history");

        // Its vault still exists, so it can never initialize again.
        uint256 minSelfStake = controller.minSelfStake();
        _ensureBalance(p3, minSelfStake);
        vm.prank(p3);
        brev.approve(address(controller), minSelfStake);
        vm.expectRevert(IVaultFactory.VaultFactoryVaultAlreadyExists.selector);
        vm.prank(p3);
        controller.initializeProver(DEFAULT_COMMISSION);
    }

    function _expectRetireRefused(bytes4 err) internal {
        vm.expectRevert(err);
        vm.prank(p3);
        controller.retireProver(p3);
    }
}
