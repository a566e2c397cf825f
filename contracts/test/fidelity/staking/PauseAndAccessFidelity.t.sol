// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {PauserControl} from "../../../src/access/PauserControl.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): who may call what, and what `paused()` blocks, as on Base.
///        Paused: no new provers, stakes, completions, rewards, commission claims, slashes or
///        treasury withdrawals; still allowed: unstake requests, commission-rate changes,
///        profiles, the lifecycle, retirement, share transfers. emergencyRecover only while
///        paused. Parameters and the lifecycle belong to the owner.
contract PauseAndAccessFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        _stake(alice, prover1, 100 ether);
        _requestUnstake(alice, prover1, vault1.convertToShares(10 ether));
        _addRewards(market, prover1, 100 ether);
        _slash(prover1, 100);
        _skipDelay();
    }

    function test_pause_blocksStakingRewardsClaimsSlashesAndTreasury() public {
        _pause();
        _approveAll();
        _expectPaused();
        vm.prank(prover2);
        controller.initializeProver(0);
        _expectPaused();
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
        _expectPaused();
        vm.prank(alice);
        controller.completeUnstake(prover1);
        _expectPaused();
        vm.prank(market);
        controller.addRewards(prover1, 1 ether);
        _expectPaused();
        vm.prank(market);
        controller.addRewards(_addrs(prover1), _amts(1 ether));
        _expectPaused();
        vm.prank(prover1);
        controller.claimCommission();
        _expectPaused();
        vm.prank(slasher);
        controller.slash(prover1, 100);
        _expectPaused();
        vm.prank(slasher);
        controller.slashByAmount(prover1, 1 ether);
        _expectPaused();
        vm.prank(admin);
        controller.withdrawTreasury(admin, 1);
    }

    function test_pause_allowsUnstakeRequestsRatesProfilesLifecycleAndTransfers() public {
        _pause();
        _requestUnstake(alice, prover1, vault1.convertToShares(10 ether));
        _setCommissionRate(prover1, market, 500);
        vm.prank(prover1);
        controller.resetCommissionRate(market);
        vm.prank(prover1);
        controller.setProverProfile("p1", "");
        vm.prank(admin);
        controller.setProverProfileByAdmin(prover1, "P1", "");
        vm.startPrank(admin);
        controller.jailProver(prover1);
        controller.reactivateProver(prover1);
        controller.setUnstakeDelay(1 days);
        vm.stopPrank();
        _transferShares(prover1, alice, carol, 1 ether);
        assertEq(controller.getStakeInfo(prover1, carol), 1 ether, "transfer booked while paused");
    }

    function test_pauseAndUnpause_byThePauserRoleOnly() public {
        vm.expectRevert(abi.encodeWithSelector(PauserControl.PauserUnauthorized.selector, admin));
        vm.prank(admin);
        controller.pause();
        _pause();
        assertTrue(controller.paused(), "paused");
        _unpause();
        assertFalse(controller.paused(), "unpaused");
    }

    function test_emergencyRecover_onlyWhilePaused_byTheOwner_booksUntouched() public {
        vm.expectRevert(Pausable.ExpectedPause.selector);
        vm.prank(admin);
        controller.emergencyRecover(admin, 1);
        _pause();
        _expectNotOwner(pauser);
        vm.prank(pauser);
        controller.emergencyRecover(pauser, 1);

        uint256 held = brev.balanceOf(address(controller));
        uint256 pool = controller.treasuryPool();
        uint256 pending = controller.totalUnstaking();
        _expectEmit(address(controller));
        emit IStakingController.EmergencyRecovered(carol, held);
        vm.prank(admin);
        controller.emergencyRecover(carol, held);
        assertEq(brev.balanceOf(address(controller)), 0, "everything out, whoever it was owed to");
        assertEq(controller.treasuryPool(), pool, "treasury book unchanged");
        assertEq(controller.totalUnstaking(), pending, "pending book unchanged");
    }

    function test_initializeProver_checksAuthorizationBeforeThePause() public {
        vm.prank(admin);
        controller.setRequireAuthorization(true);
        _pause();
        vm.expectRevert(IStakingController.ControllerNotAuthorized.selector);
        vm.prank(prover2);
        controller.initializeProver(0);
    }

    function test_slash_checksThePauseBeforeTheRole() public {
        _pause();
        _expectPaused();
        vm.prank(stranger);
        controller.slash(prover1, 100);
    }

    function test_adminSetters_areOwnerOnly() public {
        _expectNotOwner(alice);
        vm.prank(alice);
        controller.setMinSelfStake(2000 ether);
        _expectNotOwner(alice);
        vm.prank(alice);
        controller.setMaxSlashBps(100);
        _expectNotOwner(alice);
        vm.prank(alice);
        controller.setUnstakeDelay(1);
        _expectNotOwner(alice);
        vm.prank(alice);
        controller.setRequireAuthorization(true);
        _expectNotOwner(prover1);
        vm.prank(prover1);
        controller.setProverProfileByAdmin(prover1, "", "");
    }

    function test_adminSetters_validateAndEmit() public {
        vm.startPrank(admin);
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.setMinSelfStake(ONE_BREV - 1);
        _expectEmit(address(controller));
        emit IStakingController.MinSelfStakeUpdated(MIN_SELF_STAKE, ONE_BREV);
        controller.setMinSelfStake(ONE_BREV);

        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.setMaxSlashBps(10_001);
        _expectEmit(address(controller));
        emit IStakingController.MaxSlashBpsUpdated(MAX_SLASH_BPS, 10_000);
        controller.setMaxSlashBps(10_000);

        _expectEmit(address(controller));
        emit IStakingController.UnstakeDelayUpdated(UNSTAKE_DELAY, 0);
        controller.setUnstakeDelay(0);

        _expectEmit(address(controller));
        emit IStakingController.RequireAuthorizationUpdated(true);
        controller.setRequireAuthorization(true);
        vm.stopPrank();
    }

    function test_profile_128ByteNameAnd512ByteIcon_longerRevertsInvalidArg() public {
        vm.startPrank(prover1);
        controller.setProverProfile(_repeat("n", 128), _repeat("i", 512));
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.setProverProfile(_repeat("n", 129), "");
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        controller.setProverProfile("", _repeat("i", 513));
        vm.stopPrank();
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(stranger);
        controller.setProverProfile("x", "");
    }

    function test_profileByAdmin_setsAnyProversProfile_sameLimits() public {
        _expectEmit(address(controller));
        emit IStakingController.ProverProfileUpdated(prover1, "Named by admin", "https://x/y.png");
        vm.prank(admin);
        controller.setProverProfileByAdmin(prover1, "Named by admin", "https://x/y.png");
        assertEq(_proverInfo(prover1).name, "Named by admin", "name");
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.setProverProfileByAdmin(prover1, _repeat("n", 129), "");
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(admin);
        controller.setProverProfileByAdmin(stranger, "x", "");
    }

    function _expectPaused() private {
        vm.expectRevert(Pausable.EnforcedPause.selector);
    }

    function _approveAll() private {
        address[4] memory payers = [prover2, alice, market, prover1];
        for (uint256 i = 0; i < payers.length; ++i) {
            vm.prank(payers[i]);
            brev.approve(address(controller), type(uint256).max);
        }
    }
}
