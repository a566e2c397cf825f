// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Test} from "../../utils/Test.sol";

/// @title Reward-timing sandwich: stake right before addRewards, unstake right after.
/// @notice The sandwicher gets exactly its pro-rata share of the stakers' part of the reward
///         (like any staker), cannot touch the BREV for the 7-day delay, earns nothing more
///         during it, and stays slashable the whole time.
contract RewardSandwichTest is Test {
    uint256 private constant MIN_SELF_STAKE = 1000 ether;
    uint256 private constant DELAY = 7 days;
    uint64 private constant COMMISSION_BPS = 1000;

    BrevToken private brev;
    StakingController private controller;
    ProverVault private vault;
    address private admin = address(0xAD);
    address private prover = address(0x9000);
    address private alice = address(0xA11CE);
    address private mallory = address(0xBAD);
    address private market = address(0x5EC0);
    address private slasher = address(0x51A5);

    function setUp() public {
        vm.warp(1_700_000_000);
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, admin, MIN_SELF_STAKE, DELAY, 5000);
        vm.startPrank(admin);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), market);
        controller.grantRole(controller.SLASHER_ROLE(), slasher);
        vm.stopPrank();

        brev.mint(prover, MIN_SELF_STAKE);
        vm.startPrank(prover);
        brev.approve(address(controller), MIN_SELF_STAKE);
        controller.initializeProver(COMMISSION_BPS);
        vm.stopPrank();
        vault = ProverVault(controller.getProverVault(prover));
        _stake(alice, 9_000 ether); // an honest long-term staker: 10,000 BREV in the vault
    }

    function test_sandwich_cannotWithdrawBeforeTheDelay() public {
        uint256 stakeAmount = 10_000 ether;
        uint256 reward = 1_000 ether;
        uint256 assetsBefore = vault.totalAssets();

        uint256 shares = _stake(mallory, stakeAmount);
        (, uint256 toStakers) = _addRewards(reward);
        assertEq(toStakers, reward - (reward * COMMISSION_BPS) / 10_000, "10 % commission");
        uint256 amount = _requestUnstake(mallory, shares);

        vm.prank(mallory);
        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        controller.completeUnstake(prover);

        vm.warp(block.timestamp + DELAY - 1);
        vm.prank(mallory);
        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        controller.completeUnstake(prover);
        (uint256 pending, uint256 ready) = controller.getUnstakingInfo(prover, mallory);
        assertEq(pending, amount, "pending");
        assertEq(ready, 0, "nothing ready a second early");

        vm.warp(block.timestamp + 1);
        vm.prank(mallory);
        uint256 paid = controller.completeUnstake(prover);
        assertEq(paid, amount, "paid what was requested");
        assertEq(brev.balanceOf(mallory), paid, "received");

        // The gain is the pro-rata share of the stakers' part, and not a wei more.
        uint256 gain = paid - stakeAmount;
        uint256 proRata = (toStakers * stakeAmount) / (assetsBefore + stakeAmount);
        assertLe(gain, proRata, "gain <= pro-rata reward");
        assertApproxEq(gain, proRata, 1e6, "gain == pro-rata reward up to rounding");
        assertApproxEq(gain, 450 ether, 1e6, "half of the 900 BREV to stakers");

        // Alice, staked all along, got her share of the same reward.
        uint256 aliceValue = vault.previewRedeem(vault.balanceOf(alice));
        assertApproxEq(aliceValue - 9_000 ether, 405 ether, 1e6, "alice's 9/20 of 900 BREV");
    }

    /// @notice During the delay the pending BREV earns nothing and can still be slashed.
    function test_sandwich_pendingUnstakeEarnsNothingAndStaysSlashable() public {
        uint256 shares = _stake(mallory, 10_000 ether);
        _addRewards(1_000 ether);
        uint256 amount = _requestUnstake(mallory, shares);

        _addRewards(5_000 ether);
        (uint256 pending,) = controller.getUnstakingInfo(prover, mallory);
        assertEq(pending, amount, "later rewards do not reach a pending unstake");

        vm.prank(slasher);
        controller.slash(prover, 1000);
        (pending,) = controller.getUnstakingInfo(prover, mallory);
        assertApproxEq(pending, (amount * 9) / 10, 1, "a 10 % slash takes 10 % of the pending unstake");

        vm.warp(block.timestamp + DELAY);
        vm.prank(mallory);
        uint256 paid = controller.completeUnstake(prover);
        assertEq(paid, pending, "paid the slashed value");
        assertLt(paid, 10_000 ether, "the sandwich ended in a loss");
    }

    /// @notice Passing the shares to an accomplice right after the reward does not skip the delay.
    function test_sandwich_transferringSharesDoesNotSkipTheDelay() public {
        address accomplice = address(0xACC);
        uint256 shares = _stake(mallory, 10_000 ether);
        _addRewards(1_000 ether);
        vm.prank(mallory);
        assertTrue(vault.transfer(accomplice, shares), "transfer");
        _requestUnstake(accomplice, shares);
        vm.prank(accomplice);
        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        controller.completeUnstake(prover);
        vm.prank(mallory);
        vm.expectRevert(StakingController.ControllerNoUnstakeRequest.selector);
        controller.completeUnstake(prover);
    }

    /// @notice For any stake and reward, the sandwich gains at most the pro-rata share.
    function testFuzz_sandwich_gainIsAtMostProRata(uint256 stakeAmount, uint256 reward) public {
        stakeAmount = bound(stakeAmount, 1 ether, 10_000_000 ether);
        reward = bound(reward, 1, 10_000_000 ether);
        uint256 assetsBefore = vault.totalAssets();

        uint256 shares = _stake(mallory, stakeAmount);
        (, uint256 toStakers) = _addRewards(reward);
        uint256 amount = _requestUnstake(mallory, shares);

        vm.warp(block.timestamp + DELAY - 1);
        vm.prank(mallory);
        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        controller.completeUnstake(prover);

        vm.warp(block.timestamp + 1);
        vm.prank(mallory);
        uint256 paid = controller.completeUnstake(prover);
        assertEq(paid, amount, "paid");
        uint256 proRata = (toStakers * stakeAmount) / (assetsBefore + stakeAmount);
        assertLe(paid, stakeAmount + proRata, "gain <= pro-rata share of the stakers' reward");
    }

    // ------------------------------------------------------------ helpers

    function _stake(address who, uint256 amount) private returns (uint256 shares) {
        brev.mint(who, amount);
        vm.startPrank(who);
        brev.approve(address(controller), amount);
        shares = controller.stake(prover, amount);
        vm.stopPrank();
    }

    function _addRewards(uint256 amount) private returns (uint256 commission, uint256 toStakers) {
        brev.mint(market, amount);
        vm.startPrank(market);
        brev.approve(address(controller), amount);
        (commission, toStakers) = controller.addRewards(prover, amount);
        vm.stopPrank();
    }

    function _requestUnstake(address who, uint256 shares) private returns (uint256 amount) {
        vm.startPrank(who);
        vault.approve(address(controller), shares);
        amount = controller.requestUnstake(prover, shares);
        vm.stopPrank();
    }
}
