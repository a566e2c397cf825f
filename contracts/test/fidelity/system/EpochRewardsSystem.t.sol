// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): distributeRewards pays through the real
///        controller's batch addRewards, with EpochRewards as the source.
/// @notice p1 (1000 BREV of its own, 3000 of alice's) charges EpochRewards 5 % and the market
///         20 %; p2 keeps its 10 % default. Epoch 1 awards p1 100 BREV and p2 200, submitted
///         with the devnet proof once the epoch has ended.
contract EpochRewardsSystemTest is SystemFixture {
    uint32 internal constant EPOCH = 1;

    function setUp() public override {
        super.setUp();
        _stake(alice, p1, 3000 ether);
        _setCommissionRate(p1, address(rewards), 500);
        _setCommissionRate(p1, address(market), 2000);
    }

    function _endEpoch() internal {
        vm.warp(START + EPOCH_LENGTH);
    }

    function _award(address[] memory provers, uint256[] memory amounts) internal {
        _endEpoch();
        _submit(_output(EPOCH, provers, amounts));
    }

    function _distributed(address prover) internal view returns (bool distributed) {
        (, distributed) = rewards.getProverReward(EPOCH, prover);
    }

    /// @notice One batch addRewards: a RewardsAdded per prover with EpochRewards as the source
    ///         and each prover's rate for that source (p1's own 5 %, p2's default 10 %); the
    ///         controller pulls the 300 BREV from EpochRewards.
    function test_distributeRewards_paysThroughTheBatchAddRewards_atEpochRewardsRate() public {
        _award(_addrs(p1, p2), _amts(100 ether, 200 ether));
        uint256 funded = brev.balanceOf(address(rewards));

        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(p1, address(rewards), 100 ether, 5 ether, 95 ether);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(p2, address(rewards), 200 ether, 20 ether, 180 ether);
        _distribute(EPOCH, _addrs(p1, p2));

        assertEq(funded - brev.balanceOf(address(rewards)), 300 ether, "pulled from EpochRewards");
        assertEq(_pendingCommission(p1), 5 ether, "p1: 5 %");
        assertEq(_pendingCommission(p2), 20 ether, "p2: the default 10 %");
        assertEq(_vaultAssets(p1), 4095 ether, "p1's stakers");
        assertEq(_vaultAssets(p2), MIN_SELF_STAKE + 180 ether, "p2's stakers");
        assertEq(brev.balanceOf(address(controller)), 25 ether, "the controller holds the commission");
        assertTrue(_distributed(p1) && _distributed(p2), "marked paid");
    }

    /// @notice One prover that is not Active (deactivated or jailed) makes the whole batch
    ///         revert: nothing is paid or marked paid; the others can be paid without it, and it
    ///         can be paid once Active again.
    function test_distributeRewards_oneInactiveProverRevertsTheWholeBatch() public {
        _award(_addrs(p1, p2), _amts(100 ether, 200 ether));
        uint256 funded = brev.balanceOf(address(rewards));
        controller.deactivateProver(p2);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        _distribute(EPOCH, _addrs(p1, p2));
        controller.jailProver(p2);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        _distribute(EPOCH, _addrs(p1, p2));
        assertFalse(_distributed(p1), "p1 not marked paid");
        assertEq(brev.balanceOf(address(rewards)), funded, "nothing moved");

        _distribute(EPOCH, _addrs(p1));
        controller.reactivateProver(p2);
        _distribute(EPOCH, _addrs(p2));
        assertTrue(_distributed(p2), "paid once Active again");
    }

    /// @notice Surprising but deployed: a prover retired before its reward is paid can never be
    ///         paid — the controller no longer knows it (ControllerProverNotInitialized) — and its
    ///         entry stays listed as distributable for good.
    function test_distributeRewards_retiredProversEntryIsNeverPaid() public {
        _emptyProver(p2);
        vm.prank(p2);
        controller.retireProver(p2);
        _award(_addrs(p1, p2), _amts(100 ether, 200 ether));

        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        _distribute(EPOCH, _addrs(p1, p2));
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        _distribute(EPOCH, _addrs(p2));
        _distribute(EPOCH, _addrs(p1));

        (uint32[] memory epochs, uint128[] memory amounts) = rewards.getDistributableRewards(EPOCH, EPOCH, p2);
        assertEq(epochs.length, 1, "still distributable");
        assertEq(amounts[0], 200 ether, "its amount");
    }

    /// @notice A prover Active without shares (BREV sent to its vault's CREATE2 address before it
    ///         registered, so its self-stake bought none) cannot take the stakers' part:
    ///         ControllerNoShares reverts the batch. Surprising but deployed: at a 100 % rate for
    ///         EpochRewards nothing goes to stakers, the guard is not reached and the whole reward
    ///         becomes commission.
    function test_distributeRewards_vaultWithoutShares_ControllerNoShares() public {
        _send(bob, factory.predictVaultAddress(address(brev), p3, address(controller)), MIN_SELF_STAKE);
        _initProver(p3, DEFAULT_COMMISSION);
        _assertState(p3, ACTIVE, "Active");
        assertEq(_vault(p3).totalSupply(), 0, "no shares");
        _award(_addrs(p1, p3), _amts(100 ether, 50 ether));

        vm.expectRevert(IStakingController.ControllerNoShares.selector);
        _distribute(EPOCH, _addrs(p1, p3));

        _setCommissionRate(p3, address(rewards), 10_000);
        _distribute(EPOCH, _addrs(p1, p3));
        assertEq(_pendingCommission(p3), 50 ether, "all of it as commission");
    }
}
