// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Fuzz tests of the staking contracts: stake amounts, unstake amounts, commission
///         rates, slash sizes (by bps and by amount), profile lengths, delays and the prover's
///         self-stake rule on share transfers.
contract StakingControllerFuzzTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
    }

    // ---------------------------------------------------------------- stake

    /// @notice shares == previewDeposit, the vault gains exactly the amount, the staker pays
    ///         exactly it, and the position is worth the amount up to one share's worth.
    function testFuzz_stake_sharesEqualPreviewDepositAndAssetsConserved(uint256 amount, uint256 prior, uint256 rewards)
        public
    {
        prior = bound(prior, 0, 1e25);
        if (prior >= ONE_BREV) _stake(bob, prover1, prior);
        rewards = bound(rewards, 0, 1e25);
        if (rewards > 0) _addRewards(market, prover1, rewards);
        amount = bound(amount, ONE_BREV, 1e27);

        uint256 expected = vault1.previewDeposit(amount);
        uint256 assetsBefore = vault1.totalAssets();
        uint256 supplyBefore = vault1.totalSupply();
        _ensureBalance(alice, amount);
        uint256 balanceBefore = brev.balanceOf(alice);

        uint256 shares = _stake(alice, prover1, amount);

        assertEq(shares, expected, "shares == previewDeposit");
        assertGt(shares, 0, "some shares");
        assertEq(vault1.totalAssets(), assetsBefore + amount, "vault gains exactly the amount");
        assertEq(vault1.totalSupply(), supplyBefore + shares, "supply grows by the shares");
        assertEq(balanceBefore - brev.balanceOf(alice), amount, "staker pays exactly the amount");
        uint256 value = _value(prover1, alice);
        assertLe(value, amount, "never worth more than paid");
        assertApproxEq(value, amount, vault1.convertToAssets(1) + 2, "worth the amount up to one share");
    }

    // ---------------------------------------------------------------- unstake

    /// @notice Without slashing a completed unstake pays exactly the recorded amount, and what
    ///         the staker gets out never exceeds its deposit plus its share of the rewards.
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
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "pending emptied");
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

    /// @notice completeUnstake pays exactly when the delay in force at completion has passed.
    function testFuzz_completeUnstake_delayBoundary(uint256 delayAtRequest, uint256 delay, uint256 wait) public {
        vm.prank(admin);
        controller.setUnstakeDelay(bound(delayAtRequest, 0, 60 days));
        _stake(alice, prover1, 10 ether);
        _requestUnstakeAll(alice, prover1);
        delay = bound(delay, 0, 60 days);
        wait = bound(wait, 0, 90 days);
        vm.prank(admin);
        controller.setUnstakeDelay(delay);
        vm.warp(block.timestamp + wait);
        if (wait < delay) vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(alice);
        uint256 paid = controller.completeUnstake(prover1);
        if (wait >= delay) assertEq(paid, 10 ether, "paid");
    }

    // ---------------------------------------------------------------- commission

    /// @notice commission + toStakers == amount and commission == amount * rate / 10000, for the
    ///         default rate or the payer's own rate; the vault gets toStakers without new shares.
    function testFuzz_addRewards_commissionSplit(uint256 rate, uint256 amount, bool ownRate) public {
        rate = bound(rate, 0, BPS);
        amount = bound(amount, 0, 1e27);
        _stake(alice, prover1, 100 ether);
        if (ownRate) {
            _setCommissionRate(prover1, market, _rate(rate));
            _setCommissionRate(prover1, address(0), _rate(BPS - rate)); // must not apply to the market
        } else {
            _setCommissionRate(prover1, address(0), _rate(rate));
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
        a1 = bound(a1, 0, 1e26);
        a2 = bound(a2, 0, 1e26);
        rate2 = bound(rate2, 0, BPS);
        _initProver(prover2, _rate(rate2));
        uint256 before = brev.balanceOf(epochRewards) + (a1 + a2 > INITIAL_BALANCE ? a1 + a2 - INITIAL_BALANCE : 0);
        _addRewardsBatch(epochRewards, _addrs(prover1, prover2), _amts(a1, a2));

        assertEq(before - brev.balanceOf(epochRewards), a1 + a2, "pulled the sum");
        assertEq(_pendingCommission(prover1), (a1 * 1000) / BPS, "prover1 commission");
        assertEq(_pendingCommission(prover2), (a2 * rate2) / BPS, "prover2 commission");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + a1 - (a1 * 1000) / BPS, "vault1");
        assertEq(_vault(prover2).totalAssets(), MIN_SELF_STAKE + a2 - (a2 * rate2) / BPS, "vault2");
    }

    // ---------------------------------------------------------------- slashing

    /// @notice Over three slashes of any size: a slash that would take the scale below 20 %
    ///         reverts and changes nothing; otherwise the scale is old x (1 - bps) rounded
    ///         down, the vault loses exactly assets x bps, pending unstakes are rescaled, the
    ///         treasury pool gets exactly what was slashed, and below 40 % the prover is not
    ///         Active. The requests are then paid their value.
    function testFuzz_slash_scaleFloorRevertsAndBothPartsScale(
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
            _slashAndCheck(bound(bpsList[i], 0, BPS));
            if (i == 0) _bobRequests(bobFraction);
        }

        (uint256 aliceValue,) = controller.getUnstakingInfo(prover1, alice);
        (uint256 bobValue,) = controller.getUnstakingInfo(prover1, bob);
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), aliceValue, "alice paid her requests' value");
        if (controller.getPendingUnstakes(prover1, bob).length > 0) {
            _completeWithinTheBooks(bob, bobValue);
        }
        assertEq(brev.balanceOf(address(controller)), _controllerBooks(), "controller holds exactly its books");
    }

    /// @dev The last request out of a prover may meet a pending total rounded a few wei below
    ///      the requests' values: completing it then underflows and reverts, as on Base (see
    ///      UnstakingFidelity's rounding test). Anything else must pay the value.
    function _completeWithinTheBooks(address staker, uint256 value) private {
        uint256 pending = controller.getProverTotalUnstaking(prover1);
        if (value > pending) {
            assertLe(value - pending, 8, "the pending total trails the requests by wei only");
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
            vm.prank(staker);
            controller.completeUnstake(prover1);
            return;
        }
        assertEq(_completeUnstake(staker, prover1), value, "paid the requests' value");
    }

    function _bobRequests(uint256 fraction) private {
        uint256 balance = vault1.balanceOf(bob);
        if (vault1.previewRedeem(balance) < 2 * ONE_BREV + 2) return;
        fraction = bound(fraction, 0, 100);
        uint256 shares = fraction == 100 ? balance : (balance * fraction) / 100;
        uint256 minShares = vault1.previewWithdraw(ONE_BREV);
        if (shares < minShares) shares = minShares;
        if (shares != balance && vault1.previewRedeem(balance - shares) < ONE_BREV + 1) shares = balance;
        _requestUnstake(bob, prover1, shares);
    }

    function _slashAndCheck(uint256 bps) private {
        uint256 oldScale = controller.getProverSlashingScale(prover1);
        uint256 pendingBefore = controller.getProverTotalUnstaking(prover1);
        uint256 vaultBefore = vault1.totalAssets();
        uint256 treasuryBefore = controller.treasuryPool();
        uint256 expectedScale = (oldScale * (BPS - bps)) / BPS;

        if (expectedScale < controller.MIN_SCALE_FLOOR()) {
            vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
            vm.prank(slasher);
            controller.slash(prover1, bps);
            assertEq(controller.getProverSlashingScale(prover1), oldScale, "refused: scale unchanged");
            return;
        }
        uint256 slashed = _slash(prover1, bps);

        uint256 scale = controller.getProverSlashingScale(prover1);
        assertEq(scale, expectedScale, "scale = old x (1 - bps)");
        assertEq(vault1.totalAssets(), vaultBefore - (vaultBefore * bps) / BPS, "vault loses assets x bps");
        uint256 pending = controller.getProverTotalUnstaking(prover1);
        assertEq(pending, (pendingBefore * scale) / oldScale, "pending rescaled");
        assertEq(slashed, (vaultBefore - vault1.totalAssets()) + (pendingBefore - pending), "slashed = both parts");
        assertEq(controller.treasuryPool() - treasuryBefore, slashed, "treasury pool receives the slash");
        if (scale < controller.DEACTIVATION_SCALE()) assertTrue(_state(prover1) != ACTIVE, "inactive below 40 %");
    }

    /// @notice slashByAmount takes bps = amount x 10 000 / (vault + pending), rounded down and
    ///         capped: never much more than asked, and exactly the bps of both parts.
    function testFuzz_slashByAmount_bpsOfVaultPlusPending(uint256 amount, uint256 pendingAmount) public {
        _stake(prover1, prover1, 9000 ether);
        _stake(alice, prover1, 1000 ether);
        pendingAmount = bound(pendingAmount, 0, 900 ether);
        if (pendingAmount >= ONE_BREV) _requestUnstake(alice, prover1, vault1.convertToShares(pendingAmount));
        uint256 vaultBefore = vault1.totalAssets();
        uint256 pendingBefore = controller.getProverTotalUnstaking(prover1);
        amount = bound(amount, 1, 20_000 ether);

        uint256 bps = (amount * BPS) / (vaultBefore + pendingBefore);
        if (bps > MAX_SLASH_BPS) bps = MAX_SLASH_BPS;
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(
            prover1, (vaultBefore * bps) / BPS + pendingBefore - (pendingBefore * (BPS - bps)) / BPS, bps
        );
        uint256 slashed = _slashByAmount(prover1, amount);
        assertLe(slashed, amount + 1, "no more than asked (a wei of scale rounding aside)");
        if (bps < MAX_SLASH_BPS) {
            assertGe(slashed + (vaultBefore + pendingBefore) / BPS + 1, amount, "less by under 1 bps");
        }
    }

    // ---------------------------------------------------------------- profile and self-stake

    /// @notice The profile is accepted exactly when the name has at most 128 bytes and the icon 512.
    function testFuzz_setProverProfile_lengthLimits(uint256 nameLength, uint256 iconLength) public {
        nameLength = bound(nameLength, 0, 200);
        iconLength = bound(iconLength, 0, 700);
        string memory name = _repeat("n", nameLength);
        string memory icon = _repeat("i", iconLength);
        bool tooLong = nameLength > 128 || iconLength > 512;
        if (tooLong) vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.setProverProfile(name, icon);
        if (!tooLong) assertEq(_proverInfo(prover1).name, name, "stored");
    }

    /// @notice A prover's share transfer goes through exactly when it leaves nothing or at
    ///         least minSelfStake (valued as the controller values it).
    function testFuzz_proverShareTransfer_selfStakeRule(uint256 extra, uint256 rewards, uint256 amount) public {
        extra = bound(extra, 0, 1e24);
        if (extra >= ONE_BREV) _stake(prover1, prover1, extra);
        rewards = bound(rewards, 0, 1e24);
        if (rewards > 0) _addRewards(market, prover1, rewards);
        uint256 balance = vault1.balanceOf(prover1);
        amount = bound(amount, 0, balance);
        uint256 left = vault1.convertToAssets(balance) - vault1.convertToAssets(amount);
        bool refused = left > 0 && left < MIN_SELF_STAKE;
        if (refused) vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault1.transfer(alice, amount);
        if (refused) return;
        assertEq(vault1.balanceOf(alice), amount, "moved");
        if (amount == balance) _assertState(prover1, DEACTIVATED, "full transfer deactivates");
        else _assertState(prover1, ACTIVE, "still active");
    }

    function _rate(uint256 rate) private pure returns (uint64) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(rate); // bounded to 10 000 by the callers
    }
}
