// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

/// @title Reward-timing sandwich: stake right before addRewards, unstake right after.
/// @notice The sandwicher gets exactly its pro-rata share of the stakers' part of the reward
///         (like any staker), cannot touch the BREV for the 7-day delay, earns nothing more
///         during it, and stays slashable the whole time. Anyone may pay rewards, so the
///         sandwicher may also pay them itself: that only gives away the commission and the
///         other stakers' share.
contract RewardSandwichTest is StakingFixture {
    uint64 private constant COMMISSION_BPS = 1000;
    address private mallory = address(0xBAD);
    ProverVault private vault;

    function setUp() public override {
        super.setUp();
        vault = ProverVault(_initProver(prover1, COMMISSION_BPS));
        _stake(alice, prover1, 9_000 ether); // an honest long-term staker: 10,000 BREV in the vault
    }

    function test_sandwich_cannotWithdrawBeforeTheDelay() public {
        uint256 stakeAmount = 10_000 ether;
        uint256 reward = 1_000 ether;
        uint256 assetsBefore = vault.totalAssets();

        uint256 shares = _stake(mallory, prover1, stakeAmount);
        (, uint256 toStakers) = _addRewards(market, prover1, reward);
        assertEq(toStakers, reward - (reward * COMMISSION_BPS) / BPS, "10 % commission");
        uint256 amount = _requestUnstake(mallory, prover1, shares);

        vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(mallory);
        controller.completeUnstake(prover1);

        vm.warp(block.timestamp + UNSTAKE_DELAY - 1);
        vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(mallory);
        controller.completeUnstake(prover1);
        (uint256 pending, uint256 ready) = controller.getUnstakingInfo(prover1, mallory);
        assertEq(pending, amount, "pending");
        assertEq(ready, 0, "nothing ready a second early");

        vm.warp(block.timestamp + 1);
        uint256 paid = _completeUnstake(mallory, prover1);
        assertEq(paid, amount, "paid what was requested");
        assertEq(brev.balanceOf(mallory), paid, "received");

        // The gain is the pro-rata share of the stakers' part, and not a wei more.
        uint256 gain = paid - stakeAmount;
        uint256 proRata = (toStakers * stakeAmount) / (assetsBefore + stakeAmount);
        assertLe(gain, proRata, "gain <= pro-rata reward");
        assertApproxEq(gain, 450 ether, 2, "half of the 900 BREV to stakers");
        assertApproxEq(_value(prover1, alice) - 9_000 ether, 405 ether, 2, "alice's 9/20 of 900 BREV");
    }

    /// @notice During the delay the pending BREV earns nothing and can still be slashed.
    function test_sandwich_pendingUnstakeEarnsNothingAndStaysSlashable() public {
        uint256 shares = _stake(mallory, prover1, 10_000 ether);
        _addRewards(market, prover1, 1_000 ether);
        uint256 amount = _requestUnstake(mallory, prover1, shares);

        _addRewards(market, prover1, 5_000 ether);
        (uint256 pending,) = controller.getUnstakingInfo(prover1, mallory);
        assertEq(pending, amount, "later rewards do not reach a pending unstake");

        _slash(prover1, 1000);
        (pending,) = controller.getUnstakingInfo(prover1, mallory);
        assertEq(pending, (amount * 9000) / BPS, "a 10 % slash takes 10 % of the pending unstake");

        _skipDelay();
        uint256 paid = _completeUnstake(mallory, prover1);
        assertEq(paid, pending, "paid the slashed value");
        assertLt(paid, 10_000 ether, "the sandwich ended in a loss");
    }

    /// @notice Passing the shares to an accomplice right after the reward does not skip the delay.
    function test_sandwich_transferringSharesDoesNotSkipTheDelay() public {
        address accomplice = address(0xACC);
        uint256 shares = _stake(mallory, prover1, 10_000 ether);
        _addRewards(market, prover1, 1_000 ether);
        _transferShares(prover1, mallory, accomplice, shares);
        _requestUnstake(accomplice, prover1, shares);
        vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(accomplice);
        controller.completeUnstake(prover1);
        vm.expectRevert(IStakingController.ControllerNoUnstakeRequest.selector);
        vm.prank(mallory);
        controller.completeUnstake(prover1);
    }

    /// @notice Paying the reward oneself (addRewards is open to anyone) is a plain loss.
    function test_sandwich_payingTheRewardOneselfLosesMoney() public {
        uint256 shares = _stake(mallory, prover1, 10_000 ether);
        _addRewards(mallory, prover1, 1_000 ether);
        uint256 amount = _requestUnstake(mallory, prover1, shares);
        assertApproxEq(amount, 10_450 ether, 2, "its stake and half of the 900 BREV to stakers");
        assertLt(amount, 11_000 ether, "less than the 11 000 BREV it put in");
    }

    /// @notice For any stake and reward, the sandwich gains at most the pro-rata share.
    function testFuzz_sandwich_gainIsAtMostProRata(uint256 stakeAmount, uint256 reward) public {
        stakeAmount = bound(stakeAmount, 1 ether, 10_000_000 ether);
        reward = bound(reward, 0, 10_000_000 ether);
        uint256 assetsBefore = vault.totalAssets();

        uint256 shares = _stake(mallory, prover1, stakeAmount);
        (, uint256 toStakers) = _addRewards(market, prover1, reward);
        uint256 amount = _requestUnstake(mallory, prover1, shares);

        vm.warp(block.timestamp + UNSTAKE_DELAY - 1);
        vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(mallory);
        controller.completeUnstake(prover1);

        vm.warp(block.timestamp + 1);
        assertEq(_completeUnstake(mallory, prover1), amount, "paid");
        uint256 proRata = (toStakers * stakeAmount) / (assetsBefore + stakeAmount);
        assertLe(amount, stakeAmount + proRata, "gain <= pro-rata share of the stakers' reward");
    }
}
