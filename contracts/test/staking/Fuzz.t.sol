// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Fuzz tests of the staking contracts (issue #4): stake amounts, unstake amounts,
///         commission rates, slash sizes, profile lengths, delays and the prover's share lock.
contract StakingControllerFuzzTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
    }

    // ---------------------------------------------------------------- stake

    /// @notice shares == previewDeposit, the vault gains exactly the amount, the staker pays exactly
    ///         it, and the new position is worth the amount up to rounding in the vault's favour.
    function testFuzz_stake_sharesEqualPreviewDepositAndAssetsConserved(
        uint256 amount,
        uint256 prior,
        uint256 rewards
    ) public {
        prior = bound(prior, 0, 1e25);
        if (prior >= ONE_BREV) _stake(bob, prover1, prior);
        rewards = bound(rewards, 0, 1e25);
        if (rewards > 0) _addRewards(market, prover1, rewards);
        amount = bound(amount, ONE_BREV, 1e27);
        _ensureBalance(alice, amount);

        uint256 expected = vault1.previewDeposit(amount);
        uint256 assetsBefore = vault1.totalAssets();
        uint256 supplyBefore = vault1.totalSupply();
        uint256 balanceBefore = brev.balanceOf(alice);

        uint256 shares = _stake(alice, prover1, amount);

        assertEq(shares, expected, "shares == previewDeposit");
        assertTrue(shares > 0, "some shares");
        assertEq(vault1.totalAssets(), assetsBefore + amount, "vault gains exactly the amount");
        assertEq(vault1.totalSupply(), supplyBefore + shares, "supply grows by the shares");
        assertEq(balanceBefore - brev.balanceOf(alice), amount, "staker pays exactly the amount");
        assertEq(brev.balanceOf(address(controller)), _pendingCommission(prover1), "controller holds only commission");
        uint256 value = _value(prover1, alice);
        assertLe(value, amount, "never worth more than paid");
        assertApproxEq(value, amount, vault1.convertToAssets(1) + 2, "worth the amount up to one share");
    }

    // ---------------------------------------------------------------- unstake

    /// @notice Without slashing a completed unstake pays exactly the recorded amount, and what the
    ///         staker gets out never exceeds its deposit plus its share of the rewards.
    function testFuzz_unstake_paysRecordedAmountNeverMoreThanDepositPlusRewards(
        uint256 stakeAmount,
        uint256 rewards,
        uint256 sharesSeed,
        bool fullExit
    ) public {
        stakeAmount = bound(stakeAmount, 3 ether, 1e26);
        uint256 fair = stakeAmount + _stakeThenReward(stakeAmount, bound(rewards, 0, 1e25));

        uint256 shares = vault1.balanceOf(alice);
        if (!fullExit) {
            uint256 minShares = vault1.previewWithdraw(ONE_BREV);
            shares = bound(sharesSeed, minShares, shares - minShares);
        }
        uint256 amount = vault1.previewRedeem(shares);
        assertEq(_requestUnstake(alice, prover1, shares), amount, "recorded == previewRedeem");
        uint256 remaining = _value(prover1, alice);
        if (!fullExit) {
            assertGe(amount, ONE_BREV, "at least 1 BREV out");
            assertGe(remaining, ONE_BREV, "at least 1 BREV left");
        }

        _skipDelay();
        uint256 before = brev.balanceOf(alice);
        assertEq(_completeUnstake(alice, prover1), amount, "paid == recorded amount");
        assertEq(brev.balanceOf(alice) - before, amount, "received");
        assertLe(amount + remaining, fair + 1, "never more than deposit + rewards");
        assertGe(amount + remaining + fair / 1e15 + 3, fair, "rounding loses only dust");
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "escrow emptied");
    }

    /// @dev Alice stakes, then the market pays rewards; returns alice's pro-rata part of what
    ///      went to the stakers.
    function _stakeThenReward(uint256 stakeAmount, uint256 rewards) private returns (uint256 rewardShare) {
        uint256 deposited = _stake(alice, prover1, stakeAmount);
        uint256 supply = vault1.totalSupply();
        if (rewards == 0) return 0;
        (, uint256 toStakers) = _addRewards(market, prover1, rewards);
        rewardShare = (toStakers * deposited) / supply;
    }

    /// @notice completeUnstake pays exactly when the delay in force has passed.
    function testFuzz_completeUnstake_delayBoundary(uint256 delay, uint256 wait) public {
        delay = bound(delay, 0, 60 days);
        wait = bound(wait, 0, 90 days);
        vm.prank(admin);
        controller.setUnstakeDelay(delay);
        _stake(alice, prover1, 10 ether);
        _requestUnstakeAll(alice, prover1);
        vm.warp(block.timestamp + wait);
        if (wait < delay) vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        vm.prank(alice);
        uint256 paid = controller.completeUnstake(prover1);
        if (wait >= delay) assertEq(paid, 10 ether, "paid");
    }

    // ---------------------------------------------------------------- commission

    /// @notice commission + toStakers == amount and commission == amount * rate / 10000, for the
    ///         default rate or a per-source override; the vault gets toStakers without new shares.
    function testFuzz_addRewards_commissionSplit(uint256 rate, uint256 amount, bool asOverride) public {
        rate = bound(rate, 0, BPS);
        amount = bound(amount, 1, 1e27);
        _stake(alice, prover1, 100 ether);
        if (asOverride) {
            // forge-lint: disable-next-line(unsafe-typecast)
            _setCommissionRate(prover1, market, uint64(rate));
            // forge-lint: disable-next-line(unsafe-typecast)
            _setCommissionRate(prover1, address(0), uint64(BPS - rate)); // must not apply to the market
        } else {
            // forge-lint: disable-next-line(unsafe-typecast)
            _setCommissionRate(prover1, address(0), uint64(rate));
        }
        uint256 pendingBefore = _pendingCommission(prover1);
        uint256 assetsBefore = vault1.totalAssets();
        uint256 supplyBefore = vault1.totalSupply();

        (uint256 commission, uint256 toStakers) = _addRewards(market, prover1, amount);

        assertEq(commission + toStakers, amount, "commission + toStakers == amount");
        assertEq(commission, (amount * rate) / BPS, "commission == amount * rate / 10000");
        assertEq(_pendingCommission(prover1), pendingBefore + commission, "pendingCommission");
        assertEq(vault1.totalAssets(), assetsBefore + toStakers, "vault gets the rest");
        assertEq(vault1.totalSupply(), supplyBefore, "no shares minted");
    }

    /// @notice The batch overload splits each entry like the single one and pulls the sum once.
    function testFuzz_addRewardsBatch_split(uint256 a1, uint256 a2, uint256 rate2) public {
        a1 = bound(a1, 1, 1e26);
        a2 = bound(a2, 1, 1e26);
        rate2 = bound(rate2, 0, BPS);
        // forge-lint: disable-next-line(unsafe-typecast)
        _initProver(prover2, uint64(rate2));
        address[] memory provers = new address[](2);
        (provers[0], provers[1]) = (prover1, prover2);
        uint256[] memory amounts = new uint256[](2);
        (amounts[0], amounts[1]) = (a1, a2);
        _ensureBalance(epochRewards, a1 + a2);
        uint256 before = brev.balanceOf(epochRewards);
        vm.prank(epochRewards);
        brev.approve(address(controller), a1 + a2);
        vm.prank(epochRewards);
        controller.addRewards(provers, amounts);

        assertEq(before - brev.balanceOf(epochRewards), a1 + a2, "pulled the sum");
        assertEq(_pendingCommission(prover1), (a1 * 1000) / BPS, "prover1 commission");
        assertEq(_pendingCommission(prover2), (a2 * rate2) / BPS, "prover2 commission");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + a1 - (a1 * 1000) / BPS, "vault1");
        assertEq(_vault(prover2).totalAssets(), MIN_SELF_STAKE + a2 - (a2 * rate2) / BPS, "vault2");
    }

    // ---------------------------------------------------------------- slashing

    /// @notice Over three slashes of any size: the scale follows old * (1 - bps) floored at 20 %,
    ///         the vault loses exactly assets * bps, the treasury gets exactly what was slashed, the
    ///         escrow never falls below the sum of the pending requests' values (and pays them all),
    ///         and a scale below 40 % leaves the prover inactive.
    function testFuzz_slash_scaleFloorAndEscrowCoversRequests(
        uint256 bps0,
        uint256 bps1,
        uint256 bps2,
        uint256 aliceAmount,
        uint256 bobFraction
    ) public {
        vm.prank(admin);
        controller.setMaxSlashBps(BPS);
        _stake(prover1, prover1, 9000 ether);
        _stake(alice, prover1, 1000 ether);
        _stake(bob, prover1, 1000 ether);
        aliceAmount = bound(aliceAmount, ONE_BREV, 900 ether);
        _requestUnstake(alice, prover1, vault1.previewWithdraw(aliceAmount));

        uint256[3] memory bpsList = [bps0, bps1, bps2];
        for (uint256 i = 0; i < 3; ++i) {
            _slashAndCheck(bound(bpsList[i], 1, BPS));
            if (i == 0) _bobRequests(bobFraction);
        }

        (uint256 aliceValue,) = controller.getUnstakingInfo(prover1, alice);
        (uint256 bobValue,) = controller.getUnstakingInfo(prover1, bob);
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), aliceValue, "alice paid her requests' value");
        if (controller.getPendingUnstakes(prover1, bob).length > 0) {
            assertEq(_completeUnstake(bob, prover1), bobValue, "bob paid his requests' value");
        }
        assertGe(
            brev.balanceOf(address(controller)),
            controller.getProverTotalUnstaking(prover1) + _pendingCommission(prover1),
            "controller solvent"
        );
    }

    function _bobRequests(uint256 fraction) private {
        uint256 balance = vault1.balanceOf(bob);
        if (vault1.previewRedeem(balance) < 2 * ONE_BREV + 2) return; // (a 100 % slash emptied the vault)
        fraction = bound(fraction, 0, 100);
        uint256 shares = fraction == 100 ? balance : (balance * fraction) / 100;
        uint256 minShares = vault1.previewWithdraw(ONE_BREV);
        if (shares < minShares) shares = minShares;
        if (shares != balance && balance - shares < minShares) shares = balance;
        _requestUnstake(bob, prover1, shares);
    }

    function _slashAndCheck(uint256 bps) private {
        uint256 oldScale = controller.getProverSlashingScale(prover1);
        uint256 escrowBefore = controller.getProverTotalUnstaking(prover1);
        uint256 vaultBefore = vault1.totalAssets();
        uint256 treasuryBefore = brev.balanceOf(treasury);

        uint256 slashed = _slash(prover1, bps);

        uint256 scale = controller.getProverSlashingScale(prover1);
        uint256 expectedScale = (oldScale * (BPS - bps)) / BPS;
        if (expectedScale < 0.2e18) expectedScale = 0.2e18;
        assertEq(scale, expectedScale, "scale = max(old * (1 - bps), 20 %)");
        assertGe(scale, 0.2e18, "scale floor");
        assertEq(vault1.totalAssets(), vaultBefore - (vaultBefore * bps) / BPS, "vault loses assets * bps");
        uint256 escrow = controller.getProverTotalUnstaking(prover1);
        assertEq(escrow, escrowBefore - (escrowBefore * (oldScale - scale)) / oldScale, "escrow scaled");
        assertEq(slashed, (vaultBefore - vault1.totalAssets()) + (escrowBefore - escrow), "slashed = both parts");
        assertEq(brev.balanceOf(treasury) - treasuryBefore, slashed, "treasury receives the slash");

        (uint256 aliceValue,) = controller.getUnstakingInfo(prover1, alice);
        (uint256 bobValue,) = controller.getUnstakingInfo(prover1, bob);
        assertGe(escrow, aliceValue + bobValue, "escrow never below the sum of request values");
        if (scale < 0.4e18) assertTrue(_state(prover1) != STATE_ACTIVE, "inactive below 40 %");
    }

    // ---------------------------------------------------------------- profile and share lock

    /// @notice The profile is accepted exactly when the name has at most 128 bytes and the icon 512.
    function testFuzz_setProverProfile_lengthLimits(uint256 nameLength, uint256 iconLength) public {
        nameLength = bound(nameLength, 0, 200);
        iconLength = bound(iconLength, 0, 700);
        string memory name = _repeat("n", nameLength);
        string memory icon = _repeat("i", iconLength);
        bool tooLong = nameLength > 128 || iconLength > 512;
        if (tooLong) vm.expectRevert(StakingController.ControllerProfileTooLong.selector);
        vm.prank(prover1);
        controller.setProverProfile(name, icon);
        if (!tooLong) assertEq(_proverInfo(prover1).name, name, "stored");
    }

    /// @notice The prover can transfer exactly its transferable shares and always keeps shares
    ///         worth at least the minimum self-stake.
    function testFuzz_proverShareLock(uint256 extra, uint256 rewards, uint256 amount) public {
        extra = bound(extra, 0, 1e24);
        if (extra >= ONE_BREV) _stake(prover1, prover1, extra);
        rewards = bound(rewards, 0, 1e24);
        if (rewards > 0) _addRewards(market, prover1, rewards);
        uint256 balance = vault1.balanceOf(prover1);
        uint256 transferable = vault1.getTransferableShares(prover1);
        amount = bound(amount, 0, balance);
        if (amount > transferable) vm.expectRevert(ProverVault.VaultSharesLocked.selector);
        vm.prank(prover1);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault1.transfer(alice, amount);
        if (amount <= transferable) {
            assertGe(_value(prover1, prover1), MIN_SELF_STAKE, "minimum self-stake kept");
            assertEq(vault1.balanceOf(alice), amount, "moved");
        }
    }
}
