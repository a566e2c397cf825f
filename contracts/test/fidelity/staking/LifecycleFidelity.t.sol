// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {IProverVault} from "../../../src/staking/interfaces/IProverVault.sol";
import {IVaultFactory} from "../../../src/staking/interfaces/IVaultFactory.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {Vm} from "../../utils/Vm.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): the prover lifecycle as on Base — the owner deactivates, jails
///        and reactivates from any state; the prover reactivates itself from Deactivated (not
///        Jailed) once its own assets reach minSelfStake; retireProver (owner or prover) needs
///        no stakers, no pending unstakes and no commission, sweeps the vault and deletes the
///        prover for good; a full exit only deactivates.
contract LifecycleFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
    }

    // ------------------------------------------------------------ registration

    function test_initializeProver_emitsVaultCreatedStakedThenProverInitialized_noStateChange() public {
        address predicted = factory.predictVaultAddress(address(brev), prover2, address(controller));
        vm.prank(prover2);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.recordLogs();
        vm.prank(prover2);
        address vault = controller.initializeProver(1500);
        assertEq(vault, predicted, "at the predicted address");

        bytes32[] memory wanted = new bytes32[](3);
        wanted[0] = IVaultFactory.VaultCreated.selector;
        wanted[1] = IStakingController.Staked.selector;
        wanted[2] = IStakingController.ProverInitialized.selector;
        uint256 next = 0;
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IStakingController.ProverStateChanged.selector, "no state-change event");
            if (next < wanted.length && logs[i].topics[0] == wanted[next]) ++next;
        }
        assertEq(next, 3, "VaultCreated, Staked, ProverInitialized in that order");

        ProverInfo memory info = _proverInfo(prover2);
        assertEq(uint256(info.state), uint256(ACTIVE), "Active");
        assertEq(info.defaultCommissionRate, 1500, "rate");
        assertEq(info.numStakers, 1, "the prover is its first staker");
        assertEq(info.joinedAt, block.timestamp, "joinedAt");
        assertEq(_value(prover2, prover2), MIN_SELF_STAKE, "exactly minSelfStake pulled");
    }

    function test_initializeProver_withAuthorizationRequired_needsTheRole() public {
        vm.prank(admin);
        controller.setRequireAuthorization(true);
        vm.prank(prover2);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(IStakingController.ControllerNotAuthorized.selector);
        vm.prank(prover2);
        controller.initializeProver(0);

        bytes32 role = controller.AUTHORIZED_PROVER_ROLE();
        vm.prank(admin);
        controller.grantRole(role, prover2);
        _initProver(prover2, 0);
        _assertState(prover2, ACTIVE, "authorized");
    }

    function test_initializeProver_twiceRevertsAlreadyInitialized_rateAbove10000RevertsInvalidArg() public {
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(prover2);
        controller.initializeProver(10_001);
        vm.expectRevert(IStakingController.ControllerProverAlreadyInitialized.selector);
        vm.prank(prover1);
        controller.initializeProver(0);
    }

    // ------------------------------------------------------------ owner: any state to any state

    function test_owner_deactivatesJailsAndReactivates_fromAnyState() public {
        vm.startPrank(admin);
        controller.jailProver(prover1);
        _assertState(prover1, JAILED, "Active -> Jailed");
        controller.deactivateProver(prover1);
        _assertState(prover1, DEACTIVATED, "Jailed -> Deactivated");
        controller.jailProver(prover1);
        _assertState(prover1, JAILED, "Deactivated -> Jailed");
        controller.reactivateProver(prover1);
        _assertState(prover1, ACTIVE, "Jailed -> Active");
        controller.deactivateProver(prover1);
        controller.reactivateProver(prover1);
        _assertState(prover1, ACTIVE, "Deactivated -> Active");
        vm.stopPrank();
        assertEq(controller.getProverCount(true), 1, "back in the active list");
    }

    function test_stateChange_toTheSameState_isANoOpWithoutEvent() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        vm.recordLogs();
        vm.prank(admin);
        controller.jailProver(prover1);
        assertEq(vm.getRecordedLogs().length, 0, "no event");
        vm.prank(admin);
        controller.reactivateProver(prover1);
        vm.recordLogs();
        vm.prank(admin);
        controller.reactivateProver(prover1);
        assertEq(vm.getRecordedLogs().length, 0, "reactivating an Active prover: no event");
    }

    function test_deactivateAndJail_areOwnerOnly_singleAndBatch() public {
        _expectNotOwner(prover1);
        vm.prank(prover1);
        controller.deactivateProver(prover1);
        _expectNotOwner(prover1);
        vm.prank(prover1);
        controller.jailProver(prover1);
        _expectNotOwner(slasher);
        vm.prank(slasher);
        controller.deactivateProvers(_addrs(prover1));
        _expectNotOwner(slasher);
        vm.prank(slasher);
        controller.jailProvers(_addrs(prover1));
    }

    function test_batchStateChanges_applyToEach() public {
        _initProver(prover2, 0);
        vm.prank(admin);
        controller.jailProvers(_addrs(prover1, prover2));
        _assertState(prover1, JAILED, "1 jailed");
        _assertState(prover2, JAILED, "2 jailed");
        vm.prank(admin);
        controller.deactivateProvers(_addrs(prover1, prover2));
        _assertState(prover2, DEACTIVATED, "2 deactivated");
        vm.prank(admin);
        controller.reactivateProvers(_addrs(prover1, prover2));
        assertEq(controller.getProverCount(true), 2, "both active");
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(admin);
        controller.jailProvers(_addrs(prover1, stranger));
    }

    function test_ownerReactivation_stillNeedsTheProversOwnAssets() public {
        vm.startPrank(admin);
        controller.jailProver(prover1);
        controller.setMinSelfStake(1001 ether);
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        controller.reactivateProver(prover1);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ the prover itself

    function test_prover_reactivatesItselfFromDeactivated_onceItsOwnAssetsReachMinSelfStake() public {
        _stake(alice, prover1, 5000 ether);
        _slash(prover1, 100); // own 990 < 1000: deactivated
        _assertState(prover1, DEACTIVATED, "deactivated by the slash");
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        controller.reactivateProver(prover1);

        _stake(prover1, prover1, 20 ether); // a prover may top up while not Active
        _expectEmit(address(controller));
        emit IStakingController.ProverStateChanged(prover1, DEACTIVATED, ACTIVE);
        vm.prank(prover1);
        controller.reactivateProver(prover1);
        _assertState(prover1, ACTIVE, "back");
    }

    function test_prover_cannotReactivateItselfFromJailed() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        vm.expectRevert(IStakingController.ControllerOnlyAdmin.selector);
        vm.prank(prover1);
        controller.reactivateProver(prover1);
    }

    function test_reactivation_byAnyoneElse_revertsOnlyProver() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        vm.expectRevert(IStakingController.ControllerOnlyProver.selector);
        vm.prank(alice);
        controller.reactivateProver(prover1);
        vm.expectRevert(IStakingController.ControllerOnlyProver.selector);
        vm.prank(alice);
        controller.reactivateProvers(_addrs(prover1));
    }

    /// @notice Surprising but deployed: reactivation looks at the self-stake only, not at the
    ///         slashing scale, so a prover deactivated by a deep slash may come straight back.
    function test_reactivation_ignoresTheSlashingScale() public {
        _stake(prover1, prover1, 9000 ether);
        _slash(prover1, 5000);
        _slash(prover1, 5000); // scale 2500, own 2500 BREV
        _assertState(prover1, DEACTIVATED, "deactivated by the scale");
        vm.prank(prover1);
        controller.reactivateProver(prover1);
        _assertState(prover1, ACTIVE, "active at a 25 % scale");
    }

    function test_lifecycle_ofAnUnknownProver_revertsNotInitialized() public {
        vm.startPrank(admin);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        controller.deactivateProver(stranger);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        controller.jailProver(stranger);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        controller.reactivateProver(stranger);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        controller.retireProver(stranger);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ exit and retirement

    function test_fullExit_onlyDeactivates_neverRetires() public {
        _stake(alice, prover1, 100 ether);
        vm.recordLogs();
        _requestUnstakeAll(prover1, prover1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IStakingController.ProverRetired.selector, "no ProverRetired");
        }
        _assertState(prover1, DEACTIVATED, "deactivated");
        assertEq(controller.getProverCount(false), 1, "still listed");
        assertEq(controller.getProverCount(true), 0, "not active");
    }

    function test_retireProver_byTheProver_deletesItForGood() public {
        _addRewards(market, prover1, 100 ether);
        _emptyProver(prover1);
        vm.recordLogs();
        vm.prank(prover1);
        controller.retireProver(prover1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IStakingController.ProverStateChanged.selector, "no state-change event");
        }
        assertEq(logs[logs.length - 1].topics[0], IStakingController.ProverRetired.selector, "ProverRetired last");

        ProverInfo memory info = _proverInfo(prover1);
        assertEq(uint256(info.state), uint256(NULL), "state back to Null");
        assertEq(info.vault, address(0), "info cleared");
        assertEq(info.joinedAt, 0, "joinedAt cleared");
        assertEq(controller.getProverCount(false), 0, "left the list");
        assertEq(controller.getProverSlashingScale(prover1), 0, "scale cleared");
        assertEq(controller.getCommissionRate(prover1, market), 0, "rates cleared");
        assertEq(controller.getProverVault(prover1), address(vault1), "the factory still knows the vault");

        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(IVaultFactory.VaultFactoryVaultAlreadyExists.selector);
        vm.prank(prover1);
        controller.initializeProver(0);
    }

    function test_retireProver_byTheOwner_singleAndBatch() public {
        _initProver(prover2, 0);
        _emptyProver(prover1);
        _emptyProver(prover2);
        vm.prank(admin);
        controller.retireProvers(_addrs(prover1, prover2));
        assertEq(controller.getProverCount(false), 0, "both retired");
    }

    function test_retireProver_byAnyoneElse_revertsOnlyAdminOrProver_beforeAnyOtherCheck() public {
        vm.expectRevert(IStakingController.ControllerOnlyAdminOrProver.selector);
        vm.prank(alice);
        controller.retireProver(prover1);
        vm.expectRevert(IStakingController.ControllerOnlyAdminOrProver.selector);
        vm.prank(alice);
        controller.retireProver(stranger);
    }

    function test_retireProver_needsNoStakers() public {
        vm.expectRevert(IStakingController.ControllerCannotRetireProverWithStakers.selector);
        vm.prank(admin);
        controller.retireProver(prover1); // the prover's own shares count
        _stake(alice, prover1, 10 ether);
        _emptyProver(prover1);
        vm.expectRevert(IStakingController.ControllerCannotRetireProverWithStakers.selector);
        vm.prank(admin);
        controller.retireProver(prover1);
    }

    function test_retireProver_needsNoPendingUnstakes() public {
        _requestUnstakeAll(prover1, prover1);
        vm.expectRevert(IStakingController.ControllerCannotRetireProverWithPendingUnstakes.selector);
        vm.prank(prover1);
        controller.retireProver(prover1);
    }

    function test_retireProver_needsNoPendingCommission() public {
        _addRewards(market, prover1, 100 ether);
        _requestUnstakeAll(prover1, prover1);
        _skipDelay();
        _completeUnstake(prover1, prover1);
        vm.expectRevert(IStakingController.ControllerCannotRetireProverWithPendingCommission.selector);
        vm.prank(prover1);
        controller.retireProver(prover1);
    }

    function test_retireProver_sweepsWhatIsLeftInTheVaultIntoTheTreasury() public {
        _emptyProver(prover1);
        _send(carol, address(vault1), 7 ether);
        _expectEmit(address(vault1));
        emit IProverVault.ControllerSlash(7 ether, address(controller));
        vm.prank(prover1);
        controller.retireProver(prover1);
        assertEq(controller.treasuryPool(), 7 ether, "into the treasury");
        assertEq(vault1.totalAssets(), 0, "vault emptied");
    }
}
