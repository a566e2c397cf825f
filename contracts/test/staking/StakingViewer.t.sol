// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {StakingViewer} from "../../src/staking/StakingViewer.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Unit tests of StakingViewer (issue #4), every function.
/// @dev Setup: prover1 (10 %, a profile, a 25 % override for the market) with alice's 500;
///      prover2 (20 %) with bob's 2000; prover3 (5 %) with 300 of its own on top, deactivated.
contract StakingViewerUnitTest is StakingFixture {
    ProverVault internal vault1;
    ProverVault internal vault2;
    ProverVault internal vault3;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        vault2 = ProverVault(_initProver(prover2, 2000));
        vault3 = ProverVault(_initProver(prover3, 500));
        _stake(alice, prover1, 500 ether);
        _stake(bob, prover2, 2000 ether);
        _stake(prover3, prover3, 300 ether);
        vm.prank(admin);
        controller.deactivateProver(prover3);
        vm.prank(prover1);
        controller.setProverProfile("One", "https://one.example/icon.png");
        _setCommissionRate(prover1, market, 2500);
    }

    function test_controller() public view {
        assertEq(address(viewer.controller()), address(controller), "controller");
    }

    // ---------------------------------------------------------------- system overview

    function test_getSystemOverview() public view {
        StakingViewer.SystemOverview memory o = viewer.getSystemOverview();
        assertEq(o.totalVaultAssets, 1500 ether + 3000 ether + 1300 ether, "all vaults");
        assertEq(o.totalActiveVaultAssets, 4500 ether, "active vaults");
        assertEq(o.totalProvers, 3, "provers");
        assertEq(o.activeProvers, 2, "active provers");
        assertEq(o.totalStakers, 5, "three provers, alice and bob");
        assertEq(o.minSelfStake, MIN_SELF_STAKE, "minSelfStake");
        assertEq(o.unstakeDelay, UNSTAKE_DELAY, "unstakeDelay");
        assertEq(o.stakingToken, address(brev), "token");
    }

    // ---------------------------------------------------------------- prover display info

    function test_getProverInfo_everyField() public {
        _addRewards(epochRewards, prover1, 100 ether); // 10 commission, 90 to the vault
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 5);
        (uint256 unstaking,) = controller.getUnstakingInfo(prover1, alice);

        StakingViewer.ProverDisplayInfo memory info = viewer.getProverInfo(prover1);
        assertEq(info.prover, prover1, "prover");
        assertEq(info.state, STATE_ACTIVE, "state");
        assertEq(info.vault, address(vault1), "vault");
        assertEq(info.vaultAssets, vault1.totalAssets(), "vaultAssets");
        assertEq(info.vaultShares, vault1.totalSupply(), "vaultShares");
        assertEq(info.totalUnstaking, unstaking, "totalUnstaking");
        assertEq(info.totalUnstaking, controller.getProverTotalUnstaking(prover1), "escrow");
        assertEq(info.totalAssets, info.vaultAssets + info.totalUnstaking, "totalAssets = vault + unstaking");
        assertApproxEq(info.totalAssets, 1590 ether, 1, "everything at stake");
        assertEq(info.numStakers, 2, "numStakers");
        assertEq(info.joinedAt, START_TIME, "joinedAt");
        assertEq(info.slashingScale, SCALE_ONE, "slashingScale");
        assertEq(info.pendingCommission, 10 ether, "pendingCommission");
        assertEq(info.defaultCommissionRate, 1000, "defaultCommissionRate");
        assertEq(info.commissionRates.length, 1, "one override");
        assertEq(info.commissionRates[0].source, market, "override source");
        assertEq(info.commissionRates[0].rate, 2500, "override rate");
        assertEq(info.name, "One", "name");
        assertEq(info.iconUrl, "https://one.example/icon.png", "iconUrl");
    }

    function test_getProverInfo_afterASlash() public {
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 5); // 100 pending
        _slash(prover1, 1000);
        StakingViewer.ProverDisplayInfo memory info = viewer.getProverInfo(prover1);
        assertEq(info.slashingScale, 0.9e18, "scale");
        assertEq(info.totalUnstaking, 90 ether, "pending slashed");
        assertEq(info.vaultAssets, 1260 ether, "vault slashed");
        assertEq(info.totalAssets, 1350 ether, "total");
        assertEq(info.state, STATE_DEACTIVATED, "self-stake fell below the minimum");
    }

    function test_getProverInfo_unknownProver() public view {
        StakingViewer.ProverDisplayInfo memory info = viewer.getProverInfo(stranger);
        assertEq(info.prover, stranger, "prover echoed");
        assertEq(info.state, STATE_NULL, "Null");
        assertEq(info.vault, address(0), "no vault");
        assertEq(info.totalAssets, 0, "nothing");
        assertEq(info.commissionRates.length, 0, "no rates");
        assertEq(info.slashingScale, 0, "no scale");
    }

    function test_getProversInfo_byAddressesKeepsOrder() public view {
        address[] memory provers = new address[](3);
        (provers[0], provers[1], provers[2]) = (prover3, stranger, prover1);
        StakingViewer.ProverDisplayInfo[] memory infos = viewer.getProversInfo(provers);
        assertEq(infos.length, 3, "length");
        assertEq(infos[0].prover, prover3, "0");
        assertEq(infos[0].state, STATE_DEACTIVATED, "prover3 deactivated");
        assertEq(infos[0].vaultAssets, 1300 ether, "prover3 assets");
        assertEq(infos[1].vault, address(0), "unknown");
        assertEq(infos[2].name, "One", "prover1");
        assertEq(viewer.getProversInfo(new address[](0)).length, 0, "empty");
    }

    function test_getProversInfo_paginated() public view {
        StakingViewer.ProverDisplayInfo[] memory all = viewer.getProversInfo(false, 0, 100);
        assertEq(all.length, 3, "end clipped");
        assertEq(all[0].prover, prover1, "order 0");
        assertEq(all[1].prover, prover2, "order 1");
        assertEq(all[2].prover, prover3, "order 2");

        StakingViewer.ProverDisplayInfo[] memory active = viewer.getProversInfo(true, 0, type(uint256).max);
        assertEq(active.length, 2, "active only");
        assertEq(active[1].prover, prover2, "active 1");

        StakingViewer.ProverDisplayInfo[] memory page = viewer.getProversInfo(false, 1, 3);
        assertEq(page.length, 2, "[1, 3)");
        assertEq(page[0].prover, prover2, "page 0");
        assertEq(page[1].prover, prover3, "page 1");

        assertEq(viewer.getProversInfo(true, 1, 2).length, 1, "second active");
        assertEq(viewer.getProversInfo(true, 1, 2)[0].prover, prover2, "second active is prover2");
        assertEq(viewer.getProversInfo(false, 2, 2).length, 0, "start == end");
        assertEq(viewer.getProversInfo(false, 3, 1).length, 0, "start > end");
        assertEq(viewer.getProversInfo(false, 3, 10).length, 0, "start at the count");
        assertEq(viewer.getProversInfo(true, 2, 10).length, 0, "start past the active ones");
    }

    function test_getAllActiveProversInfo() public view {
        StakingViewer.ProverDisplayInfo[] memory infos = viewer.getAllActiveProversInfo();
        assertEq(infos.length, 2, "two active");
        assertEq(infos[0].prover, prover1, "prover1");
        assertEq(infos[1].prover, prover2, "prover2");
        assertEq(infos[1].vaultAssets, 3000 ether, "prover2 assets");
    }

    function test_getTopProvers_ordersByTotalAssetsIncludingUnstaking() public {
        // prover1: vault 1100 + 400 unstaking = 1500 > prover3's 1300, though its vault is smaller.
        _requestUnstake(alice, prover1, vault1.convertToShares(400 ether));
        StakingViewer.ProverDisplayInfo[] memory top = viewer.getTopProvers(3);
        assertEq(top.length, 3, "three");
        assertEq(top[0].prover, prover2, "3000 first");
        assertEq(top[1].prover, prover1, "1500 second");
        assertEq(top[2].prover, prover3, "1300 third");
        assertEq(top[1].vaultAssets, 1100 ether, "smaller vault");
        assertEq(top[1].totalAssets, 1500 ether, "larger total");
    }

    function test_getTopProvers_limit() public view {
        StakingViewer.ProverDisplayInfo[] memory top = viewer.getTopProvers(2);
        assertEq(top.length, 2, "limited to 2");
        assertEq(top[0].prover, prover2, "largest");
        assertEq(top[1].prover, prover1, "second");
        assertEq(viewer.getTopProvers(10).length, 3, "limit above the count");
        assertEq(viewer.getTopProvers(0).length, 0, "limit 0");
    }

    function test_getTopProvers_includesInactiveProvers() public {
        _initProver(carol, 0); // 1000
        _stake(prover3, prover3, 200 ether); // deactivated prover3: 1500, ties with prover1
        StakingViewer.ProverDisplayInfo[] memory top = viewer.getTopProvers(4);
        assertEq(top.length, 4, "four");
        assertEq(top[0].prover, prover2, "3000");
        assertEq(top[1].prover, prover1, "1500, registered first");
        assertEq(top[2].prover, prover3, "1500, deactivated but listed");
        assertEq(top[3].prover, carol, "1000");
    }

    // ---------------------------------------------------------------- portfolio

    function test_getUserPortfolio_sharesAndPendingOnlyPositions() public {
        _stake(alice, prover2, 100 ether);
        _requestUnstakeAll(alice, prover2); // prover2: pending only
        _requestUnstake(alice, prover1, vault1.convertToShares(200 ether)); // prover1: shares + pending

        StakingViewer.UserPortfolio memory p = viewer.getUserPortfolio(alice);
        assertEq(p.stakes.length, 2, "prover1 and prover2, not prover3");
        StakingViewer.UserStakeInfo memory s1 = p.stakes[0];
        StakingViewer.UserStakeInfo memory s2 = p.stakes[1];
        assertEq(s1.prover, prover1, "first position");
        assertEq(s1.shares, vault1.balanceOf(alice), "shares");
        assertEq(s1.currentValue, 300 ether, "value");
        assertEq(s1.totalUnstaking, 200 ether, "unstaking");
        assertEq(s1.readyToWithdraw, 0, "not ready");
        assertEq(s1.pendingRequests.length, 1, "one request");
        assertEq(s1.pendingRequests[0].amount, 200 ether, "request amount");
        assertFalse(s1.isProver, "not a prover");
        assertEq(s2.prover, prover2, "second position");
        assertEq(s2.shares, 0, "no shares");
        assertEq(s2.currentValue, 0, "no value");
        assertEq(s2.totalUnstaking, 100 ether, "pending only");
        assertEq(p.totalValue, 300 ether, "totalValue");
        assertEq(p.totalUnstaking, 300 ether, "totalUnstaking");
        assertEq(p.totalReadyToWithdraw, 0, "nothing ready");

        _skipDelay();
        p = viewer.getUserPortfolio(alice);
        assertEq(p.totalReadyToWithdraw, 300 ether, "all ready after the delay");
        assertEq(p.stakes[1].readyToWithdraw, 100 ether, "prover2 ready");

        _completeUnstake(alice, prover2);
        p = viewer.getUserPortfolio(alice);
        assertEq(p.stakes.length, 1, "prover2 position gone once completed");
    }

    function test_getUserPortfolio_proverFlagsItsOwnVault() public view {
        StakingViewer.UserPortfolio memory p = viewer.getUserPortfolio(prover3);
        assertEq(p.stakes.length, 1, "own vault");
        assertTrue(p.stakes[0].isProver, "isProver");
        assertEq(p.totalValue, 1300 ether, "self-stake");
    }

    function test_getUserPortfolio_emptyForAStranger() public view {
        StakingViewer.UserPortfolio memory p = viewer.getUserPortfolio(stranger);
        assertEq(p.stakes.length, 0, "no positions");
        assertEq(p.totalValue + p.totalUnstaking + p.totalReadyToWithdraw, 0, "zeros");
    }

    function test_getUserStakeWithProver() public {
        _addRewards(epochRewards, prover1, 150 ether); // 135 to the vault
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 2);
        StakingViewer.UserStakeInfo memory s = viewer.getUserStakeWithProver(alice, prover1);
        assertEq(s.prover, prover1, "prover");
        assertEq(s.shares, vault1.balanceOf(alice), "shares");
        assertEq(s.currentValue, vault1.convertToAssets(s.shares), "currentValue");
        (uint256 total, uint256 ready) = controller.getUnstakingInfo(prover1, alice);
        assertEq(s.totalUnstaking, total, "totalUnstaking");
        assertEq(s.readyToWithdraw, ready, "readyToWithdraw");
        assertEq(s.pendingRequests.length, 1, "requests");
        assertEq(s.pendingRequests[0].requestTime, block.timestamp, "request time");
        assertFalse(s.isProver, "isProver");

        StakingViewer.UserStakeInfo memory unknown = viewer.getUserStakeWithProver(alice, stranger);
        assertEq(unknown.prover, stranger, "echoed");
        assertEq(unknown.shares + unknown.currentValue + unknown.totalUnstaking, 0, "zeros");
        assertEq(unknown.pendingRequests.length, 0, "no requests");
    }

    function test_getUserStakesWithProvers() public view {
        address[] memory provers = new address[](3);
        (provers[0], provers[1], provers[2]) = (prover2, stranger, prover1);
        StakingViewer.UserStakeInfo[] memory stakes = viewer.getUserStakesWithProvers(alice, provers);
        assertEq(stakes.length, 3, "one entry per prover, positions or not");
        assertEq(stakes[0].shares, 0, "none in prover2");
        assertEq(stakes[1].prover, stranger, "unknown kept");
        assertEq(stakes[2].currentValue, 500 ether, "prover1");
    }

    function test_getUserReadyWithdrawals() public {
        _stake(alice, prover2, 100 ether);
        _requestUnstake(alice, prover1, vault1.convertToShares(50 ether));
        vm.warp(block.timestamp + 2 days);
        _requestUnstake(alice, prover2, vault2.convertToShares(40 ether));

        (address[] memory provers, uint256[] memory amounts, uint256 total) = viewer.getUserReadyWithdrawals(alice);
        assertEq(provers.length, 0, "nothing ready");
        assertEq(total, 0, "zero");

        vm.warp(START_TIME + UNSTAKE_DELAY);
        (provers, amounts, total) = viewer.getUserReadyWithdrawals(alice);
        assertEq(provers.length, 1, "prover1 ready");
        assertEq(provers[0], prover1, "prover1");
        assertEq(amounts[0], 50 ether, "amount");
        assertEq(total, 50 ether, "total");

        vm.warp(START_TIME + 2 days + UNSTAKE_DELAY);
        (provers, amounts, total) = viewer.getUserReadyWithdrawals(alice);
        assertEq(provers.length, 2, "both ready");
        assertEq(provers[1], prover2, "prover2");
        assertEq(amounts[1], 40 ether, "prover2 amount");
        assertEq(total, 90 ether, "total");
    }

    // ---------------------------------------------------------------- previews and conversions

    function test_batchPreviewStake() public view {
        address[] memory provers = new address[](4);
        (provers[0], provers[1], provers[2], provers[3]) = (prover1, prover3, stranger, prover2);
        uint256[] memory assets = new uint256[](4);
        (assets[0], assets[1], assets[2], assets[3]) = (10 ether, 10 ether, 10 ether, ONE_BREV - 1);
        (uint256[] memory shares, bool[] memory eligible) = viewer.batchPreviewStake(provers, assets);
        assertEq(shares.length, 4, "length");
        assertEq(shares[0], vault1.previewDeposit(10 ether), "prover1 shares");
        assertTrue(eligible[0], "active, 10 BREV");
        assertEq(shares[1], vault3.previewDeposit(10 ether), "prover3 shares still previewed");
        assertFalse(eligible[1], "deactivated");
        assertEq(shares[2], 0, "unknown: no shares");
        assertFalse(eligible[2], "unknown");
        assertEq(shares[3], vault2.previewDeposit(ONE_BREV - 1), "below 1 BREV still previewed");
        assertFalse(eligible[3], "below 1 BREV");
    }

    function test_batchPreviewStake_matchesStake() public {
        _addRewards(epochRewards, prover1, 77 ether);
        address[] memory provers = new address[](1);
        provers[0] = prover1;
        uint256[] memory assets = new uint256[](1);
        assets[0] = 123.456 ether;
        (uint256[] memory shares,) = viewer.batchPreviewStake(provers, assets);
        assertEq(_stake(carol, prover1, 123.456 ether), shares[0], "preview == stake");
    }

    function test_batchPreviewStake_revertsOnLengthMismatch() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        viewer.batchPreviewStake(new address[](2), new uint256[](1));
    }

    function test_convertHelpers() public {
        _addRewards(epochRewards, prover1, 100 ether);
        assertEq(viewer.convertSharesToAssets(prover1, 12345 ether), vault1.convertToAssets(12345 ether), "to assets");
        assertEq(viewer.convertAssetsToShares(prover1, 12 ether), vault1.convertToShares(12 ether), "to shares");
        assertEq(viewer.convertSharesToAssets(prover2, 1000 ether), 1 ether, "1000 shares = 1 BREV");
        assertEq(viewer.convertAssetsToShares(prover2, 1 ether), 1000 ether, "1 BREV = 1000 shares");
        assertEq(viewer.convertSharesToAssets(stranger, 1000 ether), 0, "unknown prover");
        assertEq(viewer.convertAssetsToShares(stranger, 1 ether), 0, "unknown prover");
    }

    function test_previewUnstake() public {
        uint256 shares = vault1.convertToShares(100 ether);
        (uint256 amount, bool allowed, uint256 readyAt) = viewer.previewUnstake(prover1, alice, shares);
        assertEq(amount, 100 ether, "amount");
        assertTrue(allowed, "allowed");
        assertEq(readyAt, block.timestamp + UNSTAKE_DELAY, "readyAt");
        assertEq(_requestUnstake(alice, prover1, shares), amount, "matches requestUnstake");

        (, allowed,) = viewer.previewUnstake(prover1, alice, vault1.balanceOf(alice));
        assertTrue(allowed, "full exit");
        (, allowed,) = viewer.previewUnstake(prover1, prover1, vault1.convertToShares(1 ether));
        assertFalse(allowed, "prover below its minimum");
        (amount, allowed, readyAt) = viewer.previewUnstake(stranger, alice, 1);
        assertEq(amount + readyAt, 0, "unknown prover");
        assertFalse(allowed, "unknown prover");
        (, allowed,) = viewer.previewUnstake(prover1, alice, 0);
        assertFalse(allowed, "zero shares");
    }

    function test_previewUnstake_refusesAnEleventhRequest() public {
        uint256 oneBrevShares = vault1.convertToShares(ONE_BREV);
        for (uint256 i = 0; i < 10; ++i) {
            _requestUnstake(alice, prover1, oneBrevShares);
        }
        (, bool allowed,) = viewer.previewUnstake(prover1, alice, oneBrevShares);
        assertFalse(allowed, "ten pending");
    }
}
