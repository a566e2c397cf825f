// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): StakingViewer as on Base, every function.
/// @dev Setup: prover1 (10 %, a profile, 25 % for the market) with alice's 500; prover2 (20 %)
///      with bob's 2000; prover3 (5 %) with 300 more of its own, deactivated.
contract StakingViewerFidelityTest is StakingFixture {
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

    function test_stakingController() public view {
        assertEq(address(viewer.stakingController()), address(controller), "controller");
    }

    // ------------------------------------------------------------ system

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

    // ------------------------------------------------------------ provers

    function test_getProverInfo_everyField() public {
        _addRewards(epochRewards, prover1, 100 ether); // 10 commission, 90 to the vault
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 5);

        StakingViewer.ProverDisplayInfo memory info = viewer.getProverInfo(prover1);
        assertEq(info.prover, prover1, "prover");
        assertEq(uint256(info.state), uint256(ACTIVE), "state");
        assertEq(info.vault, address(vault1), "vault");
        assertEq(info.vaultAssets, vault1.totalAssets(), "vaultAssets");
        assertEq(info.vaultShares, vault1.totalSupply(), "vaultShares");
        assertEq(info.totalUnstaking, controller.getProverTotalUnstaking(prover1), "totalUnstaking");
        assertEq(info.totalAssets, controller.getProverTotalAssets(prover1), "totalAssets");
        assertApproxEq(info.totalAssets, 1590 ether, 1, "vault + pending");
        assertEq(info.numStakers, 2, "numStakers");
        assertEq(info.joinedAt, START_TIME, "joinedAt");
        assertEq(info.slashingScale, 10_000, "slashingScale (bps)");
        assertEq(info.pendingCommission, 10 ether, "pendingCommission");
        assertEq(info.defaultCommissionRate, 1000, "defaultCommissionRate");
        assertEq(info.commissionRates.length, 2, "default + one own rate");
        assertEq(info.commissionRates[0].source, address(0), "default first");
        assertEq(info.commissionRates[0].rate, 1000, "default rate");
        assertEq(info.commissionRates[1].source, market, "market");
        assertEq(info.commissionRates[1].rate, 2500, "market rate");
        assertEq(info.name, "One", "name");
        assertEq(info.iconUrl, "https://one.example/icon.png", "iconUrl");
    }

    function test_getProverInfo_afterASlash() public {
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 5); // 100 pending
        _slash(prover1, 1000);
        StakingViewer.ProverDisplayInfo memory info = viewer.getProverInfo(prover1);
        assertEq(info.slashingScale, 9000, "scale");
        assertEq(info.totalUnstaking, 90 ether, "pending slashed");
        assertEq(info.vaultAssets, 1260 ether, "vault slashed");
        assertEq(info.totalAssets, 1350 ether, "total");
        assertEq(uint256(info.state), uint256(DEACTIVATED), "self-stake fell below the minimum");
    }

    /// @notice Surprising but deployed: an address that is not a registered prover (unknown or
    ///         retired) makes the display views revert (the commission-rate list is empty).
    function test_getProverInfo_ofAnUnregisteredAddress_reverts() public {
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x32));
        viewer.getProverInfo(stranger);
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x32));
        viewer.getProversInfo(_addrs(prover1, stranger));
    }

    function test_getProversInfo_byAddressesKeepsOrder() public view {
        StakingViewer.ProverDisplayInfo[] memory infos = viewer.getProversInfo(_addrs(prover3, prover1));
        assertEq(infos.length, 2, "length");
        assertEq(infos[0].prover, prover3, "0");
        assertEq(uint256(infos[0].state), uint256(DEACTIVATED), "prover3 deactivated");
        assertEq(infos[0].vaultAssets, 1300 ether, "prover3 assets");
        assertEq(infos[1].name, "One", "prover1");
        assertEq(viewer.getProversInfo(new address[](0)).length, 0, "empty");
    }

    function test_getProversInfo_byRange_asTheControllerTakesIt() public {
        StakingViewer.ProverDisplayInfo[] memory all = viewer.getProversInfo(false, 0, 0);
        assertEq(all.length, 3, "end 0 = all");
        assertEq(all[2].prover, prover3, "order");
        StakingViewer.ProverDisplayInfo[] memory page = viewer.getProversInfo(false, 1, 3);
        assertEq(page.length, 2, "[1, 3)");
        assertEq(page[0].prover, prover2, "page 0");
        StakingViewer.ProverDisplayInfo[] memory active = viewer.getProversInfo(true, 0, 0);
        assertEq(active.length, 2, "active only");
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        viewer.getProversInfo(false, 0, 4); // past the end
    }

    function test_getAllActiveProversInfo() public {
        StakingViewer.ProverDisplayInfo[] memory infos = viewer.getAllActiveProversInfo();
        assertEq(infos.length, 2, "two active");
        assertEq(infos[0].prover, prover1, "prover1");
        assertEq(infos[1].vaultAssets, 3000 ether, "prover2 assets");
        vm.prank(admin);
        controller.deactivateProvers(_addrs(prover1, prover2));
        assertEq(viewer.getAllActiveProversInfo().length, 0, "none active: empty, no revert");
    }

    function test_getTopProvers_ordersByVaultPlusPendingUnstakes() public {
        // prover1: vault 1100 + 400 pending = 1500 > prover3's 1300, though its vault is smaller.
        _requestUnstake(alice, prover1, vault1.convertToShares(400 ether));
        StakingViewer.ProverDisplayInfo[] memory top = viewer.getTopProvers(3);
        assertEq(top[0].prover, prover2, "3000 first");
        assertEq(top[1].prover, prover1, "1500 second");
        assertEq(top[2].prover, prover3, "1300 third, deactivated but listed");
    }

    function test_getTopProvers_limit() public view {
        assertEq(viewer.getTopProvers(2).length, 2, "limited to 2");
        assertEq(viewer.getTopProvers(10).length, 3, "limit above the count");
        assertEq(viewer.getTopProvers(0).length, 0, "limit 0");
    }

    /// @notice Equal totals come out in the order Base's quicksort leaves them (pivot = last),
    ///         not in registration order.
    function test_getTopProvers_tiesFollowTheDeployedQuicksort() public {
        _initProver(carol, 0); // 1000
        _stake(prover3, prover3, 200 ether); // prover3: 1500, ties with prover1
        StakingViewer.ProverDisplayInfo[] memory top = viewer.getTopProvers(4);
        assertEq(top[0].prover, prover2, "3000");
        assertEq(top[1].prover, prover3, "1500, registered after prover1 yet first");
        assertEq(top[2].prover, prover1, "1500");
        assertEq(top[3].prover, carol, "1000");
    }

    // ------------------------------------------------------------ users

    function test_getUserPortfolio_sharesAndPendingOnlyPositions() public {
        _stake(alice, prover2, 100 ether);
        _requestUnstakeAll(alice, prover2); // prover2: pending only
        _requestUnstake(alice, prover1, vault1.convertToShares(200 ether)); // prover1: shares + pending

        StakingViewer.UserPortfolio memory p = viewer.getUserPortfolio(alice);
        assertEq(p.stakes.length, 2, "prover1 and prover2, not prover3");
        assertEq(p.stakes[0].prover, prover1, "first position");
        assertEq(p.stakes[0].shares, vault1.balanceOf(alice), "shares");
        assertEq(p.stakes[0].currentValue, 300 ether, "value");
        assertEq(p.stakes[0].totalUnstaking, 200 ether, "unstaking");
        assertEq(p.stakes[0].pendingRequests.length, 1, "one request");
        assertFalse(p.stakes[0].isProver, "not a prover");
        assertEq(p.stakes[1].prover, prover2, "second position");
        assertEq(p.stakes[1].shares, 0, "no shares");
        assertEq(p.stakes[1].totalUnstaking, 100 ether, "pending only");
        assertEq(p.totalValue, 300 ether, "totalValue");
        assertEq(p.totalUnstaking, 300 ether, "totalUnstaking");
        assertEq(p.totalReadyToWithdraw, 0, "nothing ready");

        _skipDelay();
        p = viewer.getUserPortfolio(alice);
        assertEq(p.totalReadyToWithdraw, 300 ether, "all ready after the delay");
        _completeUnstake(alice, prover2);
        assertEq(viewer.getUserPortfolio(alice).stakes.length, 1, "prover2 position gone once completed");
    }

    function test_getUserPortfolio_proverFlagsItsOwnVault_strangerHasNone() public view {
        StakingViewer.UserPortfolio memory p = viewer.getUserPortfolio(prover3);
        assertEq(p.stakes.length, 1, "own vault");
        assertTrue(p.stakes[0].isProver, "isProver");
        assertEq(p.totalValue, 1300 ether, "self-stake");
        assertEq(viewer.getUserPortfolio(stranger).stakes.length, 0, "no positions");
    }

    function test_getUserPortfolio_skipsRetiredProvers() public {
        _initProver(carol, 0);
        _emptyProver(carol);
        vm.prank(carol);
        controller.retireProver(carol);
        assertEq(viewer.getUserPortfolio(carol).stakes.length, 0, "retired: not listed");
    }

    function test_getUserStakeWithProver_andWithProvers() public {
        _addRewards(epochRewards, prover1, 150 ether);
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 2);
        StakingViewer.UserStakeInfo memory s = viewer.getUserStakeWithProver(alice, prover1);
        assertEq(s.shares, vault1.balanceOf(alice), "shares");
        assertEq(s.currentValue, vault1.convertToAssets(s.shares), "currentValue");
        (uint256 total, uint256 ready) = controller.getUnstakingInfo(prover1, alice);
        assertEq(s.totalUnstaking, total, "totalUnstaking");
        assertEq(s.readyToWithdraw, ready, "readyToWithdraw");
        assertEq(s.pendingRequests[0].requestTime, block.timestamp, "request time");

        StakingViewer.UserStakeInfo[] memory stakes = viewer.getUserStakesWithProvers(alice, _addrs(prover2, stranger));
        assertEq(stakes.length, 2, "one entry per address");
        assertEq(stakes[0].shares, 0, "none in prover2");
        assertEq(stakes[1].prover, stranger, "unknown kept, zeros");
    }

    function test_getUserReadyWithdrawals() public {
        _stake(alice, prover2, 100 ether);
        _requestUnstake(alice, prover1, vault1.convertToShares(50 ether));
        vm.warp(block.timestamp + 2 days);
        _requestUnstake(alice, prover2, vault2.convertToShares(40 ether));

        (address[] memory provers,, uint256 total) = viewer.getUserReadyWithdrawals(alice);
        assertEq(provers.length + total, 0, "nothing ready");

        vm.warp(START_TIME + 2 days + UNSTAKE_DELAY);
        uint256[] memory amounts;
        (provers, amounts, total) = viewer.getUserReadyWithdrawals(alice);
        assertEq(provers.length, 2, "both ready");
        assertEq(provers[1], prover2, "prover2");
        assertEq(amounts[1], 40 ether, "prover2 amount");
        assertEq(total, 90 ether, "total");
    }

    // ------------------------------------------------------------ batches

    /// @notice eligible = Active only: the 1 BREV minimum is not checked.
    function test_batchPreviewStake_eligibleMeansActive() public view {
        address[] memory provers = new address[](3);
        (provers[0], provers[1], provers[2]) = (prover1, prover3, stranger);
        uint256[] memory assets = new uint256[](3);
        (assets[0], assets[1], assets[2]) = (ONE_BREV - 1, 10 ether, 10 ether);
        (uint256[] memory shares, bool[] memory eligible) = viewer.batchPreviewStake(provers, assets);
        assertEq(shares[0], vault1.previewDeposit(ONE_BREV - 1), "prover1 shares");
        assertTrue(eligible[0], "Active, though below 1 BREV");
        assertEq(shares[1], vault3.previewDeposit(10 ether), "prover3 shares still previewed");
        assertFalse(eligible[1], "deactivated");
        assertEq(shares[2], 0, "unknown: nothing");
        assertFalse(eligible[2], "unknown");
    }

    function test_batchPreviewStake_matchesStake() public {
        _addRewards(epochRewards, prover1, 77 ether);
        (uint256[] memory shares,) = viewer.batchPreviewStake(_addrs(prover1), _amts(123.456 ether));
        assertEq(_stake(carol, prover1, 123.456 ether), shares[0], "preview == stake");
    }

    function test_batches_lengthMismatch_revertWithAMessage() public {
        vm.expectRevert(bytes("Array length mismatch"));
        viewer.batchPreviewStake(new address[](2), new uint256[](1));
        vm.expectRevert(bytes("Array length mismatch"));
        viewer.batchConvertToAssets(new address[](2), new uint256[](1));
        vm.expectRevert(bytes("Array length mismatch"));
        viewer.batchConvertToShares(new address[](1), new uint256[](2));
    }

    function test_conversions() public {
        _addRewards(epochRewards, prover1, 100 ether);
        assertEq(viewer.convertSharesToAssets(prover1, 12345 ether), vault1.convertToAssets(12345 ether), "to assets");
        assertEq(viewer.convertAssetsToShares(prover1, 12 ether), vault1.convertToShares(12 ether), "to shares");
        assertEq(viewer.convertSharesToAssets(prover2, 1 ether), 1 ether, "1:1 without rewards");
        assertEq(viewer.convertSharesToAssets(stranger, 1 ether), 0, "unknown prover");
        uint256[] memory assets = viewer.batchConvertToAssets(_addrs(prover1, stranger), _amts(5 ether, 5 ether));
        assertEq(assets[0], vault1.convertToAssets(5 ether), "batch to assets");
        assertEq(assets[1], 0, "unknown");
        uint256[] memory shares = viewer.batchConvertToShares(_addrs(prover2, prover1), _amts(5 ether, 5 ether));
        assertEq(shares[0], 5 ether, "batch to shares");
        assertEq(shares[1], vault1.convertToShares(5 ether), "batch to shares");
    }
}
