// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): the controller's views as on Base — staker counts per prover
///        (summed, not deduplicated), getProvers ranges, eligibility on vault assets, the
///        vault-limit views, parameters.
contract ViewsFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
    }

    function test_totalStakers_sumsPerProverCounts_aStakerOfTwoProversCountsTwice() public {
        _initProver(prover2, 0);
        _stake(alice, prover1, 10 ether);
        _stake(alice, prover2, 10 ether);
        _stake(bob, prover2, 10 ether);
        StakingViewer.SystemOverview memory overview = viewer.getSystemOverview();
        assertEq(overview.totalStakers, 5, "prover1 + alice, prover2 + alice + bob");
        uint256[] memory counts = viewer.batchGetStakerCounts(_addrs(prover1, prover2));
        assertEq(counts[0], 2, "prover1");
        assertEq(counts[1], 3, "prover2");
    }

    function test_getProvers_endZeroMeansAll() public {
        _initProver(prover2, 0);
        _initProver(prover3, 0);
        address[] memory all = controller.getProvers(false, 0, 0);
        assertEq(all.length, 3, "all");
        assertEq(all[0], prover1, "registration order");
        assertEq(all[2], prover3, "registration order");
        address[] memory tail = controller.getProvers(false, 1, 0);
        assertEq(tail.length, 2, "from 1 to the end");
        assertEq(tail[0], prover2, "tail");
    }

    function test_getProvers_startInclusiveEndExclusive() public {
        _initProver(prover2, 0);
        _initProver(prover3, 0);
        address[] memory page = controller.getProvers(false, 1, 2);
        assertEq(page.length, 1, "[1, 2)");
        assertEq(page[0], prover2, "item");
        assertEq(controller.getProvers(false, 0, 3).length, 3, "end == length");
    }

    function test_getProvers_endPastTheListReverts() public {
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.getProvers(false, 0, 2);
    }

    function test_getProvers_emptyRangeReverts() public {
        _initProver(prover2, 0);
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.getProvers(false, 1, 1);
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.getProvers(false, 2, 1);
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.getProvers(false, 2, 0); // start at the end
    }

    function test_getProvers_ofAnEmptyListReverts() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        assertEq(controller.getProverCount(true), 0, "no active prover");
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.getProvers(true, 0, 0);
    }

    function test_activeList_followsSetOrder_lastMovesIntoAFreedSlot() public {
        _initProver(prover2, 0);
        _initProver(prover3, 0);
        vm.startPrank(admin);
        controller.deactivateProver(prover1);
        address[] memory active = controller.getProvers(true, 0, 0);
        assertEq(active[0], prover3, "last moved first");
        assertEq(active[1], prover2, "second stays");
        controller.reactivateProver(prover1);
        vm.stopPrank();
        active = controller.getProvers(true, 0, 0);
        assertEq(active[2], prover1, "reactivated: appended");
        assertEq(controller.getProvers(false, 0, 0)[0], prover1, "the full list keeps registration order");
    }

    function test_isProverEligible_countsVaultAssetsOnly() public {
        _stake(alice, prover1, 100 ether);
        _requestUnstakeAll(alice, prover1);
        (bool eligible, uint256 assets) = controller.isProverEligible(prover1, MIN_SELF_STAKE);
        assertTrue(eligible, "Active with 1000 in the vault");
        assertEq(assets, MIN_SELF_STAKE, "pending unstakes excluded");
        (eligible,) = controller.isProverEligible(prover1, MIN_SELF_STAKE + 1);
        assertFalse(eligible, "below the minimum");
        vm.prank(admin);
        controller.jailProver(prover1);
        (eligible, assets) = controller.isProverEligible(prover1, 0);
        assertFalse(eligible, "not Active");
        assertEq(assets, MIN_SELF_STAKE, "assets still reported");
    }

    function test_isProverEligible_ofAnAddressWithoutVault_reverts() public {
        vm.expectRevert(bytes("")); // the call to a vault at address(0) returns nothing to decode
        controller.isProverEligible(stranger, 0);
    }

    function test_vaultLimitViews_maxMintAndDeposit_followTheState() public {
        assertEq(controller.maxMint(prover1, alice), type(uint256).max, "Active: unlimited");
        assertEq(controller.maxDeposit(prover1, alice), type(uint256).max, "Active: unlimited");
        vm.prank(admin);
        controller.jailProver(prover1);
        assertEq(controller.maxMint(prover1, alice), 0, "not Active: nothing for stakers");
        assertEq(controller.maxDeposit(prover1, alice), 0, "not Active: nothing for stakers");
        assertEq(controller.maxDeposit(prover1, prover1), type(uint256).max, "the prover itself: unlimited");
        assertEq(vault1.maxDeposit(alice), 0, "the vault asks the controller");
        assertEq(vault1.maxMint(prover1), type(uint256).max, "the vault asks the controller");
    }

    function test_vaultLimitViews_maxRedeemAndWithdraw_areTheWholeBalance() public {
        _stake(alice, prover1, 100 ether);
        _addRewards(market, prover1, 110 ether);
        uint256 shares = vault1.balanceOf(alice);
        assertEq(controller.maxRedeem(prover1, alice), shares, "every share");
        assertEq(controller.maxWithdraw(prover1, alice), vault1.convertToAssets(shares), "its value");
        assertEq(vault1.maxRedeem(alice), shares, "the vault asks the controller");
        assertEq(vault1.maxWithdraw(alice), vault1.convertToAssets(shares), "the vault asks the controller");
    }

    function test_vaultLimitViews_ofAnUnknownProver() public view {
        assertEq(controller.maxDeposit(stranger, alice), 0, "no vault");
        assertEq(controller.maxRedeem(stranger, alice), 0, "no vault");
        assertEq(controller.maxWithdraw(stranger, alice), 0, "no vault");
        assertEq(controller.maxMint(stranger, alice), 0, "not Active");
        assertEq(controller.maxMint(stranger, stranger), type(uint256).max, "receiver == prover");
    }

    function test_vaultLimitViews_ignoreThePause() public {
        _pause();
        assertEq(controller.maxDeposit(prover1, alice), type(uint256).max, "still unlimited");
    }

    function test_proverViews_stakeInfoStakersAndVault() public {
        _stake(alice, prover1, 10 ether);
        assertEq(controller.getStakeInfo(prover1, alice), vault1.balanceOf(alice), "mirrors the vault");
        address[] memory stakers = controller.getProverStakers(prover1);
        assertEq(stakers.length, 2, "two");
        assertEq(stakers[0], prover1, "prover first");
        assertEq(stakers[1], alice, "alice");
        assertEq(controller.getProverVault(prover1), factory.getVault(prover1), "from the factory");
        assertEq(controller.getProverVault(stranger), address(0), "none");
        assertEq(uint256(controller.getProverState(stranger)), uint256(NULL), "Null");
    }

    function test_totalVaultAssets_allOrActiveOnly() public {
        _initProver(prover2, 0);
        _stake(alice, prover2, 500 ether);
        vm.prank(admin);
        controller.deactivateProver(prover1);
        assertEq(controller.getTotalVaultAssets(false), 2500 ether, "all");
        assertEq(controller.getTotalVaultAssets(true), 1500 ether, "active");
        assertEq(controller.getProverCount(false), 2, "count all");
        assertEq(controller.getProverCount(true), 1, "count active");
    }

    function test_parameterViews() public view {
        assertEq(controller.stakingToken(), address(brev), "stakingToken");
        assertEq(controller.vaultFactory(), address(factory), "vaultFactory");
        assertEq(controller.minSelfStake(), MIN_SELF_STAKE, "minSelfStake");
        assertEq(controller.unstakeDelay(), UNSTAKE_DELAY, "unstakeDelay");
        assertEq(controller.maxSlashBps(), MAX_SLASH_BPS, "maxSlashBps");
        assertFalse(controller.requireAuthorization(), "open registration");
        assertEq(controller.treasuryPool(), 0, "treasuryPool");
        assertEq(controller.totalUnstaking(), 0, "totalUnstaking");
        assertEq(controller.MAX_PENDING_UNSTAKES(), 10, "MAX_PENDING_UNSTAKES");
        assertEq(controller.SLASHER_ROLE(), keccak256("SLASHER_ROLE"), "SLASHER_ROLE");
        assertEq(controller.AUTHORIZED_PROVER_ROLE(), keccak256("AUTHORIZED_PROVER_ROLE"), "AUTHORIZED_PROVER_ROLE");
        assertEq(controller.owner(), admin, "owner");
    }
}
