// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {IProverVault} from "../../../src/staking/interfaces/IProverVault.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {Vm} from "../../utils/Vm.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): slashing as on Base — a basis-point scale from 10,000; a slash
///        that would take it below the 20 % floor reverts ControllerSlashTooHigh (never
///        clamps); slashByAmount converts to bps of vault assets plus pending unstakes, rounded
///        down and capped at maxSlashBps; slashed BREV stays in the controller's treasuryPool.
contract SlashingFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        _stake(prover1, prover1, 9000 ether); // self-stake 10 000
        _stake(alice, prover1, 1000 ether); // vault 11 000
    }

    function test_slashingScale_isInBasisPoints_from10000() public view {
        assertEq(controller.getProverSlashingScale(prover1), 10_000, "unslashed");
        assertEq(controller.BPS_DENOMINATOR(), 10_000, "BPS_DENOMINATOR");
        assertEq(controller.DEACTIVATION_SCALE(), 4_000, "DEACTIVATION_SCALE");
        assertEq(controller.MIN_SCALE_FLOOR(), 2_000, "MIN_SCALE_FLOOR");
        assertEq(controller.getProverSlashingScale(stranger), 0, "0 for an unknown prover");
    }

    function test_slash_lowersTheScaleByBps() public {
        _slash(prover1, 1000);
        assertEq(controller.getProverSlashingScale(prover1), 9000, "x 0.9");
        _slash(prover1, 1000);
        assertEq(controller.getProverSlashingScale(prover1), 8100, "x 0.9 again");
        _slash(prover1, 3);
        assertEq(controller.getProverSlashingScale(prover1), 8097, "8100 x 9997 / 10000, rounded down");
    }

    function test_slash_belowTheTwentyPercentFloor_revertsSlashTooHigh_neverClamps() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether));
        _slash(prover1, 5000); // 5000
        _slash(prover1, 5000); // 2500, deactivated
        uint256 vaultBefore = vault1.totalAssets();
        uint256 pendingBefore = controller.getProverTotalUnstaking(prover1);
        uint256 treasuryBefore = controller.treasuryPool();

        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        vm.prank(slasher);
        controller.slash(prover1, 5000); // would be 1250

        assertEq(controller.getProverSlashingScale(prover1), 2500, "scale unchanged");
        assertEq(vault1.totalAssets(), vaultBefore, "vault untouched");
        assertEq(controller.getProverTotalUnstaking(prover1), pendingBefore, "pending untouched");
        assertEq(controller.treasuryPool(), treasuryBefore, "treasury unchanged");

        _slash(prover1, 2000); // exactly the floor is allowed
        assertEq(controller.getProverSlashingScale(prover1), 2000, "at the floor");
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        vm.prank(slasher);
        controller.slash(prover1, 1); // 1999.8 -> 1999 < 2000
    }

    function test_slash_aboveMaxSlashBps_revertsSlashTooHigh() public {
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        vm.prank(slasher);
        controller.slash(prover1, MAX_SLASH_BPS + 1);
        assertEq(_slash(prover1, MAX_SLASH_BPS), 5500 ether, "exactly the maximum is fine");
    }

    function test_slash_ofZeroBps_isAllowedAndEmits() public {
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(prover1, 0, 0);
        assertEq(_slash(prover1, 0), 0, "nothing taken");
        assertEq(controller.getProverSlashingScale(prover1), 10_000, "scale unchanged");
    }

    function test_maxSlashBpsZero_leavesOnlyZeroSlashes() public {
        vm.prank(admin);
        controller.setMaxSlashBps(0);
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        vm.prank(slasher);
        controller.slash(prover1, 1);
        assertEq(_slash(prover1, 0), 0, "0 bps still allowed");
    }

    function test_slash_sameFractionOfVaultAndPending_intoTheTreasuryPool() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether)); // vault 10 500, pending 500
        uint256 controllerBefore = brev.balanceOf(address(controller));
        _expectEmit(address(vault1));
        emit IProverVault.ControllerSlash(1050 ether, address(controller));
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(prover1, 1100 ether, 1000);
        assertEq(_slash(prover1, 1000), 1100 ether, "10 % of both");

        assertEq(vault1.totalAssets(), 9450 ether, "vault -10 %");
        assertEq(controller.getProverTotalUnstaking(prover1), 450 ether, "pending -10 %");
        assertEq(controller.totalUnstaking(), 450 ether, "global pending");
        (uint256 aliceTotal,) = controller.getUnstakingInfo(prover1, alice);
        assertEq(aliceTotal, 450 ether, "alice's request -10 %");
        assertEq(controller.treasuryPool(), 1100 ether, "treasuryPool");
        assertEq(brev.balanceOf(address(controller)) - controllerBefore, 1050 ether, "vault part moved in");
        assertEq(brev.balanceOf(address(controller)), 450 ether + 1100 ether, "pending + treasury held here");
    }

    function test_slash_ofAProverWithAnEmptyVault_stillLowersTheScale() public {
        _initProver(prover2, 0);
        _requestUnstakeAll(prover2, prover2);
        vm.recordLogs();
        assertEq(_slash(prover2, 1000), 100 ether, "10 % of the pending 1000");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IProverVault.ControllerSlash.selector, "nothing from the vault");
        }
        assertEq(controller.getProverSlashingScale(prover2), 9000, "scale");
    }

    // ------------------------------------------------------------ slashByAmount

    function test_slashByAmount_isBpsOfVaultPlusPending_roundedDown() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether)); // 10 500 + 500
        // 1000 x 10 000 / 11 000 = 909.09 -> 909 bps
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(prover1, 954.45 ether + 45.45 ether, 909);
        uint256 slashed = _slashByAmount(prover1, 1000 ether);
        assertEq(slashed, 999.9 ether, "a little less than asked");
        assertEq(controller.getProverSlashingScale(prover1), 9091, "scale");
    }

    /// @notice The market slashes minStake x slashBps through slashByAmount: with pending
    ///         unstakes it takes exactly the amount (our old market took it all as bps of the
    ///         vault alone and then again from the pending unstakes, ~33 % too much here).
    function test_slashByAmount_withPendingUnstakes_takesNoMoreThanAsked() public {
        _initProver(prover2, 0); // vault 1000
        _stake(bob, prover2, 1000 ether);
        _requestUnstakeAll(bob, prover2); // vault 1000, pending 1000
        uint256 slashed = _slashByAmount(prover2, 300 ether); // 1500 bps of 2000
        assertEq(slashed, 300 ether, "exactly the amount");
        assertEq(_vault(prover2).totalAssets(), 850 ether, "vault 15 %");
        assertEq(controller.getProverTotalUnstaking(prover2), 850 ether, "pending 15 %");
        assertEq(controller.getProverTotalAssets(prover2), 1700 ether, "2000 - 300");
    }

    function test_slashByAmount_cappedAtMaxSlashBps() public {
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(prover1, 5500 ether, MAX_SLASH_BPS);
        assertEq(_slashByAmount(prover1, 10_000 ether), 5500 ether, "half, not 10 000");
    }

    function test_slashByAmount_ofZero_returnsZeroWithoutEvent() public {
        vm.recordLogs();
        assertEq(_slashByAmount(prover1, 0), 0, "nothing");
        assertEq(vm.getRecordedLogs().length, 0, "no event");
    }

    function test_slashByAmount_belowOneBps_slashesNothingButEmits() public {
        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(prover1, 0, 0);
        assertEq(_slashByAmount(prover1, 1 ether), 0, "1 of 11 000 BREV is 0.9 bps -> 0");
    }

    function test_slashByAmount_belowTheFloorReverts_evenCapped() public {
        _slash(prover1, 5000);
        _slash(prover1, 5000); // 2500
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        vm.prank(slasher);
        controller.slashByAmount(prover1, 10_000 ether); // capped at 5000 bps: 2500 -> 1250
        assertGt(_slashByAmount(prover1, 100 ether), 0, "a small one still goes through");
    }

    // ------------------------------------------------------------ state changes

    function test_slash_belowFortyPercentScale_deactivates_exactly40StaysActive() public {
        _slash(prover1, 5000);
        _slash(prover1, 2000);
        assertEq(controller.getProverSlashingScale(prover1), 4000, "40 %");
        _assertState(prover1, ACTIVE, "40 % is not below 40 %");
        _expectEmit(address(controller));
        emit IStakingController.ProverStateChanged(prover1, ACTIVE, DEACTIVATED);
        _slash(prover1, 1);
        _assertState(prover1, DEACTIVATED, "below 40 %");
    }

    function test_slash_deactivatesAnActiveProverWhoseSelfStakeFallsBelowTheMinimum() public {
        _initProver(prover2, 0); // self-stake exactly 1000
        _slash(prover2, 1);
        _assertState(prover2, DEACTIVATED, "999.9 < 1000");
        assertEq(controller.getProverSlashingScale(prover2), 9999, "scale barely moved");
    }

    /// @notice Surprising but deployed: the scale check deactivates whatever the state, so a
    ///         Jailed prover slashed below 40 % becomes Deactivated (and may then reactivate itself).
    function test_slash_belowFortyPercent_turnsAJailedProverDeactivated() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        _slash(prover1, 5000);
        _assertState(prover1, JAILED, "still jailed at 50 %");
        _slash(prover1, 5000);
        _assertState(prover1, DEACTIVATED, "jailed -> deactivated at 25 %");
    }

    function test_slash_selfStakeCheckOnlyForActiveProvers_jailedStaysJailed() public {
        _initProver(prover2, 0);
        vm.prank(admin);
        controller.jailProver(prover2);
        _slash(prover2, 100);
        _assertState(prover2, JAILED, "self-stake below the minimum, still jailed");
    }

    // ------------------------------------------------------------ who, and the treasury

    function test_slash_needsSlasherRole_evenForTheOwner() public {
        _expectMissingRole(admin, controller.SLASHER_ROLE());
        vm.prank(admin);
        controller.slash(prover1, 100);
        _expectMissingRole(admin, controller.SLASHER_ROLE());
        vm.prank(admin);
        controller.slashByAmount(prover1, 100 ether);
    }

    function test_slash_ofAnUnknownProver_revertsNotInitialized() public {
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(slasher);
        controller.slash(stranger, 100);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(slasher);
        controller.slashByAmount(stranger, 100 ether);
    }

    function test_treasuryPool_withdrawnByTheOwnerOnly_upToItsBalance() public {
        _slash(prover1, 1000); // 1100 into the pool
        _expectNotOwner(slasher);
        vm.prank(slasher);
        controller.withdrawTreasury(slasher, 1);

        vm.expectRevert(IStakingController.ControllerInsufficientTreasury.selector);
        vm.prank(admin);
        controller.withdrawTreasury(carol, 1100 ether + 1);

        uint256 before = brev.balanceOf(carol);
        _expectEmit(address(controller));
        emit IStakingController.TreasuryWithdrawn(carol, 600 ether);
        vm.prank(admin);
        controller.withdrawTreasury(carol, 600 ether);
        assertEq(brev.balanceOf(carol) - before, 600 ether, "paid out");
        assertEq(controller.treasuryPool(), 500 ether, "pool");
    }
}
