// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {BrevToken} from "../../src/BrevToken.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Vm} from "../utils/Vm.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";
import {moreCheats} from "./utils/MoreCheats.sol";

// Unit tests of StakingController (issue #4), one contract per area: provers, stake, unstake,
// rewards and commission, slashing, admin and views.

/// @notice initializeProver and setProverProfile.
contract StakingControllerProversTest is StakingFixture {
    function test_initializeProver_pullsExactlyMinSelfStakeAndActivates() public {
        address predicted = factory.predictVaultAddress(prover1);
        uint256 balanceBefore = brev.balanceOf(prover1);
        vm.prank(prover1);
        brev.approve(address(controller), 3 * MIN_SELF_STAKE);
        vm.prank(prover1);
        address vault = controller.initializeProver(1500);

        assertEq(vault, predicted, "vault at factory.predictVaultAddress(prover)");
        assertEq(balanceBefore - brev.balanceOf(prover1), MIN_SELF_STAKE, "pulls exactly minSelfStake");
        assertEq(brev.allowance(prover1, address(controller)), 2 * MIN_SELF_STAKE, "rest of the allowance untouched");
        assertEq(brev.balanceOf(vault), MIN_SELF_STAKE, "the vault holds the self-stake");
        assertEq(brev.balanceOf(address(controller)), 0, "the controller keeps nothing");
        assertEq(ProverVault(vault).balanceOf(prover1), MIN_SELF_STAKE * 1000, "1 BREV = 1000 shares at first");
        assertEq(ProverVault(vault).totalSupply(), MIN_SELF_STAKE * 1000, "supply");
        assertEq(ProverVault(vault).prover(), prover1, "vault.prover");
        assertEq(ProverVault(vault).controller(), address(controller), "vault.controller");

        ProverInfo memory info = _proverInfo(prover1);
        assertEq(info.state, STATE_ACTIVE, "Active");
        assertEq(info.vault, vault, "info.vault");
        assertEq(info.defaultCommissionRate, 1500, "default rate");
        assertEq(info.pendingCommission, 0, "no commission");
        assertEq(info.numStakers, 1, "the prover is its first staker");
        assertEq(info.joinedAt, block.timestamp, "joinedAt");
        assertEq(info.name, "", "no name");
        assertEq(info.iconUrl, "", "no icon");

        assertEq(controller.getProverVault(prover1), vault, "getProverVault");
        assertEq(controller.getProverSlashingScale(prover1), SCALE_ONE, "scale starts at 1");
        assertFalse(controller.isProverRetired(prover1), "not retired");
        assertEq(controller.getProverCount(false), 1, "one prover");
        assertEq(controller.getProverCount(true), 1, "one active prover");
        assertEq(controller.getTotalStakers(), 1, "one staker");
        assertEq(controller.getProverTotalAssets(prover1), MIN_SELF_STAKE, "total assets");
    }

    function test_initializeProver_emitsStateInitializedAndStaked() public {
        address predicted = factory.predictVaultAddress(prover1);
        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);

        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_NULL, STATE_ACTIVE);
        _expectEmit(address(controller));
        emit StakingController.ProverInitialized(prover1, predicted, 1500);
        _expectEmit(address(controller));
        emit StakingController.Staked(prover1, prover1, MIN_SELF_STAKE * 1000, MIN_SELF_STAKE);
        vm.prank(prover1);
        controller.initializeProver(1500);
    }

    function test_initializeProver_pullsTheCurrentMinSelfStake() public {
        vm.prank(admin);
        controller.setMinSelfStake(2500 ether);
        uint256 balanceBefore = brev.balanceOf(prover1);
        address vault = _initProver(prover1, 0);
        assertEq(balanceBefore - brev.balanceOf(prover1), 2500 ether, "pulls the new minimum");
        assertEq(ProverVault(vault).totalAssets(), 2500 ether, "vault assets");
    }

    function test_initializeProver_acceptsRateOfExactly10000() public {
        _initProver(prover1, 10_000);
        assertEq(_defaultRate(prover1), 10_000, "rate");
    }

    function test_initializeProver_revertsOnRateAbove10000() public {
        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.initializeProver(10_001);
    }

    function test_initializeProver_revertsWhenAlreadyInitialized() public {
        _initProver(prover1, 1000);
        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(StakingController.ControllerProverAlreadyInitialized.selector);
        vm.prank(prover1);
        controller.initializeProver(1000);
    }

    function test_initializeProver_revertsWhenRetiredProverTriesAgain() public {
        _initProver(prover1, 1000);
        _requestUnstakeAll(prover1, prover1);
        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(StakingController.ControllerProverAlreadyInitialized.selector);
        vm.prank(prover1);
        controller.initializeProver(1000);
    }

    function test_initializeProver_revertsWithoutAuthorizedRoleWhenRequired() public {
        vm.prank(admin);
        controller.setRequireAuthorization(true);
        vm.prank(prover1);
        brev.approve(address(controller), MIN_SELF_STAKE);
        vm.expectRevert(StakingController.ControllerNotAuthorized.selector);
        vm.prank(prover1);
        controller.initializeProver(1000);
    }

    function test_initializeProver_withAuthorizedRoleWhenRequired() public {
        vm.startPrank(admin);
        controller.setRequireAuthorization(true);
        controller.grantRole(controller.AUTHORIZED_PROVER_ROLE(), prover1);
        vm.stopPrank();
        _initProver(prover1, 1000);
        assertEq(_state(prover1), STATE_ACTIVE, "authorized prover initialized");
    }

    function test_initializeProver_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, MIN_SELF_STAKE
            )
        );
        vm.prank(prover1);
        controller.initializeProver(1000);
    }

    function test_initializeProver_sweepsBrevSentToThePredictedVault() public {
        address predicted = factory.predictVaultAddress(prover1);
        vm.prank(alice);
        require(brev.transfer(predicted, 50 ether), "transfer");

        address vault = _initProver(prover1, 1000);
        assertEq(vault, predicted, "same address");
        assertEq(_pendingCommission(prover1), 50 ether, "pre-sent BREV becomes commission");
        assertEq(ProverVault(vault).totalAssets(), MIN_SELF_STAKE, "vault holds only the self-stake");
        assertEq(ProverVault(vault).balanceOf(prover1), MIN_SELF_STAKE * 1000, "shares not diluted by the donation");
        assertEq(brev.balanceOf(address(controller)), 50 ether, "controller holds the commission");
    }

    function test_setProverProfile_storesAndEmits() public {
        _initProver(prover1, 1000);
        _expectEmit(address(controller));
        emit StakingController.ProverProfileUpdated(prover1, "Prover One", "https://example.org/p1.png");
        vm.prank(prover1);
        controller.setProverProfile("Prover One", "https://example.org/p1.png");
        ProverInfo memory info = _proverInfo(prover1);
        assertEq(info.name, "Prover One", "name");
        assertEq(info.iconUrl, "https://example.org/p1.png", "icon");
    }

    function test_setProverProfile_storesUntrustedStringsVerbatim() public {
        _initProver(prover1, 1000);
        string memory name = "<script>alert(1)</script>\u202e";
        string memory icon = "javascript:alert(document.cookie)";
        vm.prank(prover1);
        controller.setProverProfile(name, icon);
        ProverInfo memory info = _proverInfo(prover1);
        assertEq(info.name, name, "name verbatim");
        assertEq(info.iconUrl, icon, "icon verbatim");
    }

    function test_setProverProfile_accepts128ByteNameAnd512ByteIcon() public {
        _initProver(prover1, 1000);
        string memory name = _repeat("n", 128);
        string memory icon = _repeat("i", 512);
        vm.prank(prover1);
        controller.setProverProfile(name, icon);
        ProverInfo memory info = _proverInfo(prover1);
        assertEq(info.name, name, "128-byte name");
        assertEq(info.iconUrl, icon, "512-byte icon");
    }

    function test_setProverProfile_revertsOn129ByteName() public {
        _initProver(prover1, 1000);
        vm.expectRevert(StakingController.ControllerProfileTooLong.selector);
        vm.prank(prover1);
        controller.setProverProfile(_repeat("n", 129), "");
    }

    function test_setProverProfile_revertsOn513ByteIcon() public {
        _initProver(prover1, 1000);
        vm.expectRevert(StakingController.ControllerProfileTooLong.selector);
        vm.prank(prover1);
        controller.setProverProfile("", _repeat("i", 513));
    }

    function test_setProverProfile_countsBytesNotCharacters() public {
        _initProver(prover1, 1000);
        // 43 three-byte characters = 129 bytes.
        bytes memory utf8 = new bytes(129);
        for (uint256 i = 0; i < 129; i += 3) {
            (utf8[i], utf8[i + 1], utf8[i + 2]) = (0xe2, 0x82, 0xac); // U+20AC
        }
        vm.expectRevert(StakingController.ControllerProfileTooLong.selector);
        vm.prank(prover1);
        controller.setProverProfile(string(utf8), "");
    }

    function test_setProverProfile_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.setProverProfile("alice", "");
    }
}

/// @notice stake.
contract StakingControllerStakeTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
    }

    function test_stake_mintsPreviewDepositSharesAndMovesTheTokens() public {
        uint256 amount = 100 ether;
        uint256 expected = vault1.previewDeposit(amount);
        uint256 aliceBefore = brev.balanceOf(alice);
        vm.prank(alice);
        brev.approve(address(controller), amount);

        _expectEmit(address(vault1));
        emit IERC20.Transfer(address(0), alice, expected);
        _expectEmit(address(vault1));
        emit IERC4626.Deposit(address(controller), alice, amount, expected);
        _expectEmit(address(controller));
        emit StakingController.Staked(prover1, alice, expected, amount);
        vm.prank(alice);
        uint256 shares = controller.stake(prover1, amount);

        assertEq(shares, expected, "shares == previewDeposit");
        assertEq(shares, amount * 1000, "price still 1 BREV = 1000 shares");
        assertEq(vault1.balanceOf(alice), shares, "alice holds the shares");
        assertEq(controller.getStakeInfo(prover1, alice), shares, "getStakeInfo");
        assertEq(aliceBefore - brev.balanceOf(alice), amount, "alice paid the amount");
        assertEq(brev.allowance(alice, address(controller)), 0, "allowance consumed");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + amount, "vault assets");
        assertEq(brev.balanceOf(address(controller)), 0, "nothing left in the controller");
        assertEq(brev.allowance(address(controller), address(vault1)), 0, "no dangling vault allowance");
    }

    function test_stake_afterRewardsMintsFewerSharesAtTheHigherPrice() public {
        _addRewards(market, prover1, 200 ether); // 180 to the vault
        uint256 amount = 100 ether;
        uint256 expected = vault1.previewDeposit(amount);
        uint256 shares = _stake(alice, prover1, amount);
        assertEq(shares, expected, "shares == previewDeposit");
        assertLt(shares, amount * 1000, "fewer shares than at 1:1000");
        assertLe(_value(prover1, alice), amount, "rounded in the vault's favour");
        assertApproxEq(_value(prover1, alice), amount, 1e6, "worth what was paid");
    }

    function test_stake_acceptsExactlyOneBrev() public {
        uint256 shares = _stake(alice, prover1, ONE_BREV);
        assertEq(shares, ONE_BREV * 1000, "shares");
    }

    function test_stake_revertsBelowOneBrev() public {
        vm.prank(alice);
        brev.approve(address(controller), ONE_BREV);
        vm.expectRevert(StakingController.ControllerInvalidStakeAmount.selector);
        vm.prank(alice);
        controller.stake(prover1, ONE_BREV - 1);
    }

    function test_stake_revertsForUninitializedProver() public {
        vm.prank(alice);
        brev.approve(address(controller), 10 ether);
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.stake(prover2, 10 ether);
    }

    function test_stake_revertsIntoDeactivatedProver() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        vm.prank(alice);
        brev.approve(address(controller), 10 ether);
        vm.expectRevert(StakingController.ControllerProverNotActive.selector);
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
    }

    function test_stake_revertsIntoJailedProver() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        vm.prank(alice);
        brev.approve(address(controller), 10 ether);
        vm.expectRevert(StakingController.ControllerProverNotActive.selector);
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
    }

    function test_stake_proverTopsUpWhileDeactivated() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        uint256 shares = _stake(prover1, prover1, 10 ether);
        assertEq(shares, 10 ether * 1000, "shares");
        assertEq(_state(prover1), STATE_DEACTIVATED, "state unchanged");
        assertEq(_value(prover1, prover1), MIN_SELF_STAKE + 10 ether, "self-stake");
    }

    function test_stake_proverTopsUpWhileJailed() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        _stake(prover1, prover1, 10 ether);
        assertEq(_state(prover1), STATE_JAILED, "state unchanged");
        assertEq(_value(prover1, prover1), MIN_SELF_STAKE + 10 ether, "self-stake");
    }

    function test_stake_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, 10 ether)
        );
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
    }

    function test_stake_sweepsUnownedAssetsOnceEveryoneHasLeft() public {
        _requestUnstakeAll(prover1, prover1);
        assertEq(vault1.totalSupply(), 0, "no shares left");
        vm.prank(alice);
        require(brev.transfer(address(vault1), 7 ether), "transfer");
        uint256 unowned = vault1.totalAssets();
        assertGe(unowned, 7 ether, "donation sits in the vault");

        uint256 shares = _stake(prover1, prover1, MIN_SELF_STAKE);
        assertEq(shares, MIN_SELF_STAKE * 1000, "fresh price: the donation does not dilute");
        assertEq(_pendingCommission(prover1), unowned, "unowned BREV becomes commission");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE, "vault holds only the new stake");
    }

    function test_stake_sweepsRoundingDustAfterEveryoneLeft() public {
        _stake(alice, prover1, 100 ether);
        (uint256 commission,) = _addRewards(market, prover1, 333.333333333333333333 ether);
        _requestUnstakeAll(alice, prover1);
        _requestUnstakeAll(prover1, prover1);
        assertEq(vault1.totalSupply(), 0, "no shares left");
        uint256 dust = vault1.totalAssets();
        assertLe(dust, 10, "only rounding dust stays behind");

        uint256 shares = _stake(prover1, prover1, MIN_SELF_STAKE);
        assertEq(shares, MIN_SELF_STAKE * 1000, "fresh price");
        assertEq(_pendingCommission(prover1), commission + dust, "dust becomes commission");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE, "vault holds only the new stake");
        assertEq(
            brev.balanceOf(address(controller)),
            controller.getProverTotalUnstaking(prover1) + _pendingCommission(prover1),
            "controller books balance"
        );
    }

    function test_stake_countsUniqueStakersAcrossVaults() public {
        _initProver(prover2, 1000);
        assertEq(controller.getTotalStakers(), 2, "two provers");
        _stake(alice, prover1, 10 ether);
        assertEq(controller.getTotalStakers(), 3, "alice");
        _stake(alice, prover2, 10 ether);
        assertEq(controller.getTotalStakers(), 3, "alice counted once across vaults");
        _stake(alice, prover1, 10 ether);
        assertEq(controller.getTotalStakers(), 3, "a top-up is not a new staker");
        _stake(bob, prover2, 10 ether);
        assertEq(controller.getTotalStakers(), 4, "bob");

        address[] memory stakers = controller.getProverStakers(prover2);
        assertEq(stakers.length, 3, "prover2 stakers");
        assertEq(stakers[0], prover2, "prover first");
        assertEq(stakers[1], alice, "then alice");
        assertEq(stakers[2], bob, "then bob");
        assertEq(_proverInfo(prover2).numStakers, 3, "numStakers");
        assertEq(_proverInfo(prover1).numStakers, 2, "prover1 numStakers");
    }
}

/// @notice requestUnstake and completeUnstake.
contract StakingControllerUnstakeTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        _stake(alice, prover1, 100 ether);
    }

    // ---------------------------------------------------------------- requestUnstake

    function test_requestUnstake_burnsSharesAndRecordsTheRequest() public {
        uint256 shares = _shares(prover1, alice) / 2;
        uint256 expected = vault1.previewRedeem(shares);
        assertEq(expected, 50 ether, "half of 100 BREV");
        uint256 supplyBefore = vault1.totalSupply();
        _approveShares(alice, prover1, shares);

        _expectEmit(address(vault1));
        emit IERC20.Transfer(alice, address(0), shares);
        _expectEmit(address(vault1));
        emit IERC4626.Withdraw(address(controller), address(controller), alice, expected, shares);
        _expectEmit(address(controller));
        emit StakingController.UnstakeRequested(prover1, alice, shares, expected);
        vm.prank(alice);
        uint256 amount = controller.requestUnstake(prover1, shares);

        assertEq(amount, expected, "amount == previewRedeem");
        assertEq(_shares(prover1, alice), shares, "half the shares left");
        assertEq(vault1.totalSupply(), supplyBefore - shares, "shares burned");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + 50 ether, "assets left the vault");
        assertEq(brev.balanceOf(address(controller)), 50 ether, "held by the controller");
        assertEq(controller.getProverTotalUnstaking(prover1), 50 ether, "escrow");
        assertEq(vault1.allowance(alice, address(controller)), 0, "share allowance consumed");

        StakingController.UnstakeRequest[] memory requests = controller.getPendingUnstakes(prover1, alice);
        assertEq(requests.length, 1, "one request");
        assertEq(requests[0].amount, 50 ether, "request.amount");
        assertEq(requests[0].requestTime, block.timestamp, "request.requestTime");
        assertEq(requests[0].scaleSnapshot, SCALE_ONE, "request.scaleSnapshot");

        (uint256 total, uint256 ready) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 50 ether, "unstaking total");
        assertEq(ready, 0, "nothing ready yet");
    }

    function test_requestUnstake_burnedSharesStopEarning() public {
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2);
        _addRewards(market, prover1, 1050 ether); // 945 to stakers, vault had 1050
        (uint256 total,) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 50 ether, "the pending request does not earn");
        assertApproxEq(_value(prover1, alice), 50 ether * 1995 / 1050, 1e6, "the shares kept earn");
    }

    function test_requestUnstake_needsAShareAllowanceToTheController() public {
        uint256 shares = _shares(prover1, alice) / 2;
        moreCheats.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, shares),
            address(vault1)
        );
        vm.prank(alice);
        controller.requestUnstake(prover1, shares);
    }

    function test_requestUnstake_revertsOnZeroShares() public {
        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, 0);
    }

    function test_requestUnstake_revertsWithoutShares() public {
        vm.expectRevert(StakingController.ControllerNoShares.selector);
        vm.prank(bob);
        controller.requestUnstake(prover1, 1);
    }

    function test_requestUnstake_revertsOnMoreSharesThanHeld() public {
        uint256 balance = _shares(prover1, alice);
        _approveShares(alice, prover1, balance + 1);
        vm.expectRevert(StakingController.ControllerInsufficientShares.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, balance + 1);
    }

    function test_requestUnstake_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.requestUnstake(prover2, 1);
    }

    function test_requestUnstake_revertsWhenWithdrawingLessThanOneBrev() public {
        uint256 shares = vault1.convertToShares(0.5 ether);
        _approveShares(alice, prover1, shares);
        vm.expectRevert(StakingController.ControllerInvalidUnstakeAmount.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, shares);
    }

    function test_requestUnstake_revertsWhenLeavingLessThanOneBrev() public {
        uint256 shares = _shares(prover1, alice) - vault1.convertToShares(0.5 ether);
        _approveShares(alice, prover1, shares);
        vm.expectRevert(StakingController.ControllerInvalidUnstakeAmount.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, shares);
    }

    function test_requestUnstake_acceptsExactlyOneBrevOutAndOneBrevLeft() public {
        uint256 oneBrevShares = vault1.convertToShares(ONE_BREV);
        assertEq(_requestUnstake(alice, prover1, oneBrevShares), ONE_BREV, "1 BREV out");
        assertEq(_requestUnstake(alice, prover1, _shares(prover1, alice) - oneBrevShares), 98 ether, "98 out");
        assertEq(_value(prover1, alice), ONE_BREV, "1 BREV left");
    }

    function test_requestUnstake_fullExitBelowOneBrevIsAllowed() public {
        uint256 half = vault1.convertToShares(0.5 ether);
        _transferShares(prover1, alice, carol, half);
        assertEq(_requestUnstakeAll(carol, prover1), 0.5 ether, "a full exit may be below 1 BREV");
        assertEq(_shares(prover1, carol), 0, "carol left");
    }

    function test_requestUnstake_revertsWhenTheSharesRedeemForNothing() public {
        _transferShares(prover1, alice, carol, 1); // 1 share = 0.001 wei of BREV
        _approveShares(carol, prover1, 1);
        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(carol);
        controller.requestUnstake(prover1, 1);
    }

    function test_requestUnstake_proverPartialBelowMinSelfStakeReverts() public {
        _stake(prover1, prover1, 500 ether);
        uint256 shares = vault1.convertToShares(600 ether);
        _approveShares(prover1, prover1, shares);
        vm.expectRevert(StakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        controller.requestUnstake(prover1, shares);
    }

    function test_requestUnstake_proverPartialDownToMinSelfStake() public {
        _stake(prover1, prover1, 500 ether);
        assertEq(_requestUnstake(prover1, prover1, vault1.convertToShares(500 ether)), 500 ether, "amount");
        assertEq(_value(prover1, prover1), MIN_SELF_STAKE, "exactly the minimum left");
        assertEq(_state(prover1), STATE_ACTIVE, "still active");
        assertFalse(controller.isProverRetired(prover1), "not retired");
    }

    function test_requestUnstake_proverFullExitDeactivatesAndRetires() public {
        uint256 shares = _shares(prover1, prover1);
        _approveShares(prover1, prover1, shares);
        _expectEmit(address(controller));
        emit StakingController.UnstakeRequested(prover1, prover1, shares, MIN_SELF_STAKE);
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_ACTIVE, STATE_DEACTIVATED);
        _expectEmit(address(controller));
        emit StakingController.ProverRetired(prover1);
        vm.prank(prover1);
        controller.requestUnstake(prover1, shares);

        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated");
        assertTrue(controller.isProverRetired(prover1), "retired");
        assertEq(controller.getProverCount(true), 0, "no active prover");
        assertEq(_proverInfo(prover1).numStakers, 1, "alice still staked");
    }

    function test_requestUnstake_jailedProverFullExitStaysJailed() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        uint256 shares = _shares(prover1, prover1);
        _approveShares(prover1, prover1, shares);
        _expectEmit(address(controller));
        emit StakingController.ProverRetired(prover1);
        vm.prank(prover1);
        controller.requestUnstake(prover1, shares);
        assertEq(_state(prover1), STATE_JAILED, "still jailed");
        assertTrue(controller.isProverRetired(prover1), "retired");
    }

    function test_requestUnstake_stakerFullExitLeavesTheStakerCount() public {
        assertEq(controller.getTotalStakers(), 2, "prover and alice");
        _requestUnstakeAll(alice, prover1);
        assertEq(controller.getTotalStakers(), 1, "alice left");
        assertEq(_proverInfo(prover1).numStakers, 1, "numStakers");
        assertEq(_state(prover1), STATE_ACTIVE, "a staker's exit does not touch the prover");
        assertFalse(controller.isProverRetired(prover1), "not retired");
    }

    function test_requestUnstake_tenPendingAllowedEleventhReverts() public {
        uint256 oneBrevShares = vault1.convertToShares(ONE_BREV);
        for (uint256 i = 0; i < 10; ++i) {
            _requestUnstake(alice, prover1, oneBrevShares);
            vm.warp(block.timestamp + 1 hours);
        }
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 10, "ten pending");
        _approveShares(alice, prover1, oneBrevShares);
        vm.expectRevert(StakingController.ControllerTooManyPendingUnstakes.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, oneBrevShares);

        // Completing the matured ones frees the slots.
        vm.warp(START_TIME + UNSTAKE_DELAY + 1 hours); // the first two have matured
        assertEq(_completeUnstake(alice, prover1), 2 ether, "two matured");
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 8, "eight pending");
        _requestUnstake(alice, prover1, oneBrevShares);
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 9, "room again");
    }

    function test_requestUnstake_limitIsPerProverAndStaker() public {
        _initProver(prover2, 1000);
        _stake(alice, prover2, 100 ether);
        uint256 oneBrevShares = vault1.convertToShares(ONE_BREV);
        for (uint256 i = 0; i < 10; ++i) {
            _requestUnstake(alice, prover1, oneBrevShares);
        }
        _requestUnstake(alice, prover2, oneBrevShares);
        assertEq(controller.getPendingUnstakes(prover2, alice).length, 1, "separate list per prover");
    }

    function test_requestUnstake_stakersCanLeaveAnInactiveProver() public {
        _stake(bob, prover1, 100 ether);
        vm.prank(admin);
        controller.deactivateProver(prover1);
        _requestUnstakeAll(alice, prover1);
        vm.prank(admin);
        controller.jailProver(prover1);
        _requestUnstakeAll(bob, prover1);
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), 100 ether, "alice out of a deactivated prover");
        assertEq(_completeUnstake(bob, prover1), 100 ether, "bob out of a jailed prover");
    }

    // ---------------------------------------------------------------- completeUnstake

    function test_completeUnstake_paysAfterTheDelay() public {
        uint256 requestTime = block.timestamp;
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2);

        vm.warp(requestTime + UNSTAKE_DELAY - 1);
        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        vm.prank(alice);
        controller.completeUnstake(prover1);

        vm.warp(requestTime + UNSTAKE_DELAY);
        (uint256 total, uint256 ready) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 50 ether, "total");
        assertEq(ready, 50 ether, "ready exactly at the delay");
        uint256 before = brev.balanceOf(alice);
        _expectEmit(address(controller));
        emit StakingController.UnstakeCompleted(prover1, alice, 50 ether);
        assertEq(_completeUnstake(alice, prover1), 50 ether, "paid");
        assertEq(brev.balanceOf(alice) - before, 50 ether, "received");
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 0, "no request left");
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "escrow emptied");
        assertEq(brev.balanceOf(address(controller)), 0, "controller emptied");
    }

    function test_completeUnstake_revertsWithoutRequest() public {
        vm.expectRevert(StakingController.ControllerNoUnstakeRequest.selector);
        vm.prank(alice);
        controller.completeUnstake(prover1);
    }

    function test_completeUnstake_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.completeUnstake(prover2);
    }

    function test_completeUnstake_paysOnlyMaturedAndKeepsTheOthersInOrder() public {
        uint256 t0 = block.timestamp;
        // 10, 11, 12, 13 BREV at t0, t0 + 1 d, t0 + 2 d, t0 + 3 d
        for (uint256 i = 0; i < 4; ++i) {
            vm.warp(t0 + i * 1 days);
            _requestUnstake(alice, prover1, vault1.convertToShares(10 ether + i * 1 ether));
        }

        vm.warp(t0 + 1 days + UNSTAKE_DELAY);
        (, uint256 ready) = controller.getUnstakingInfo(prover1, alice);
        assertEq(ready, 21 ether, "first two ready");
        assertEq(_completeUnstake(alice, prover1), 21 ether, "pays the first two");

        StakingController.UnstakeRequest[] memory left = controller.getPendingUnstakes(prover1, alice);
        assertEq(left.length, 2, "two kept");
        assertEq(left[0].amount, 12 ether, "third first");
        assertEq(left[0].requestTime, t0 + 2 days, "third time");
        assertEq(left[1].amount, 13 ether, "fourth second");
        assertEq(left[1].requestTime, t0 + 3 days, "fourth time");
        assertEq(controller.getProverTotalUnstaking(prover1), 25 ether, "escrow keeps the rest");

        vm.expectRevert(StakingController.ControllerUnstakeNotReady.selector);
        vm.prank(alice);
        controller.completeUnstake(prover1);

        vm.warp(t0 + 3 days + UNSTAKE_DELAY);
        assertEq(_completeUnstake(alice, prover1), 25 ether, "pays the rest");
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 0, "none left");
    }

    function test_completeUnstake_scaledBySlashingSinceTheRequest() public {
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2); // 50 BREV
        _slash(prover1, 1000); // 10 %
        (uint256 total,) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 45 ether, "worth 90 % now");
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), 45 ether, "paid 90 %");
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "escrow emptied");
    }

    function test_completeUnstake_onlySlashesAfterTheRequestCount() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(20 ether)); // 20 at scale 1
        _slash(prover1, 1000); // scale 0.9
        uint256 second = _requestUnstake(alice, prover1, vault1.convertToShares(10 ether));
        assertApproxEq(second, 10 ether, 1, "recorded at the post-slash price");
        StakingController.UnstakeRequest[] memory requests = controller.getPendingUnstakes(prover1, alice);
        assertEq(requests[1].scaleSnapshot, 0.9e18, "second snapshot");
        _slash(prover1, 1000); // scale 0.81
        _skipDelay();
        // 20 * 0.81 + 10 * 0.81 / 0.9
        uint256 expected = 16.2 ether + (second * 0.81e18) / 0.9e18;
        assertEq(_completeUnstake(alice, prover1), expected, "each scaled since its own request");
        assertApproxEq(expected, 25.2 ether, 1, "about 25.2");
    }

    function test_completeUnstake_usesTheDelayInForceAtCompletion() public {
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2);
        vm.prank(admin);
        controller.setUnstakeDelay(1 days);
        vm.warp(block.timestamp + 1 days);
        assertEq(_completeUnstake(alice, prover1), 50 ether, "shorter delay applies to pending requests");
    }
}

/// @notice addRewards (both overloads), claimCommission, setCommissionRate, resetCommissionRate.
contract StakingControllerRewardsTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000)); // 10 % by default
        _stake(alice, prover1, 1000 ether);
    }

    function test_addRewards_defaultRateSplitsAndRaisesThePrice() public {
        uint256 supply = vault1.totalSupply();
        uint256 marketBefore = brev.balanceOf(market);
        vm.prank(market);
        brev.approve(address(controller), 100 ether);
        _expectEmit(address(controller));
        emit StakingController.RewardsAdded(prover1, market, 100 ether, 10 ether, 90 ether);
        vm.prank(market);
        (uint256 commission, uint256 toStakers) = controller.addRewards(prover1, 100 ether);

        assertEq(commission, 10 ether, "commission");
        assertEq(toStakers, 90 ether, "toStakers");
        assertEq(marketBefore - brev.balanceOf(market), 100 ether, "pulled from the source");
        assertEq(_pendingCommission(prover1), 10 ether, "pendingCommission");
        assertEq(brev.balanceOf(address(controller)), 10 ether, "commission held by the controller");
        assertEq(vault1.totalAssets(), 2090 ether, "vault assets rise");
        assertEq(vault1.totalSupply(), supply, "no shares minted");
        assertApproxEq(_value(prover1, alice), 1045 ether, 1e3, "alice's half of the 90");
        assertApproxEq(_value(prover1, prover1), 1045 ether, 1e3, "the prover's half of the 90");
    }

    function test_addRewards_perSourceOverrideElseDefault() public {
        _setCommissionRate(prover1, market, 2500);
        (uint256 c1, uint256 s1) = _addRewards(market, prover1, 100 ether);
        assertEq(c1, 25 ether, "market: its override");
        assertEq(s1, 75 ether, "market: rest to stakers");
        (uint256 c2, uint256 s2) = _addRewards(epochRewards, prover1, 100 ether);
        assertEq(c2, 10 ether, "epochRewards: the default");
        assertEq(s2, 90 ether, "epochRewards: rest");
        assertEq(_pendingCommission(prover1), 35 ether, "both accrue");
    }

    function test_addRewards_zeroRateAllToStakers() public {
        _setCommissionRate(prover1, address(0), 0);
        (uint256 c, uint256 s) = _addRewards(market, prover1, 100 ether);
        assertEq(c, 0, "no commission");
        assertEq(s, 100 ether, "all to stakers");
    }

    function test_addRewards_fullRateAllToCommission() public {
        _setCommissionRate(prover1, address(0), 10_000);
        (uint256 c, uint256 s) = _addRewards(market, prover1, 100 ether);
        assertEq(c, 100 ether, "all commission");
        assertEq(s, 0, "nothing to stakers");
        assertEq(vault1.totalAssets(), 2000 ether, "vault unchanged");
    }

    function test_addRewards_toAVaultWithNoSharesIsAllCommission() public {
        ProverVault vault2 = ProverVault(_initProver(prover2, 0)); // 0 % commission
        _requestUnstakeAll(prover2, prover2);
        assertEq(vault2.totalSupply(), 0, "empty vault");
        vm.prank(market);
        brev.approve(address(controller), 100 ether);
        _expectEmit(address(controller));
        emit StakingController.RewardsAdded(prover2, market, 100 ether, 100 ether, 0);
        vm.prank(market);
        (uint256 c, uint256 s) = controller.addRewards(prover2, 100 ether);
        assertEq(c, 100 ether, "all commission");
        assertEq(s, 0, "nothing donated");
        assertEq(vault2.totalAssets(), 0, "vault still empty");
        assertEq(_pendingCommission(prover2), 100 ether, "prover's commission");
    }

    function test_addRewards_acceptedWhileTheProverIsInactive() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        (uint256 c, uint256 s) = _addRewards(market, prover1, 100 ether);
        assertEq(c + s, 100 ether, "split as usual");
        assertEq(vault1.totalAssets(), 2090 ether, "stakers still earn");
    }

    function test_addRewards_revertsOnZeroAmount() public {
        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(market);
        controller.addRewards(prover1, 0);
    }

    function test_addRewards_revertsForUninitializedProver() public {
        vm.prank(market);
        brev.approve(address(controller), 1 ether);
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(market);
        controller.addRewards(prover2, 1 ether);
    }

    function test_addRewards_revertsWithoutRewardSourceRole() public {
        vm.prank(alice);
        brev.approve(address(controller), 1 ether);
        _expectAccessControl(alice, controller.REWARD_SOURCE_ROLE());
        vm.prank(alice);
        controller.addRewards(prover1, 1 ether);
    }

    function test_addRewards_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, 1 ether)
        );
        vm.prank(market);
        controller.addRewards(prover1, 1 ether);
    }

    // ---------------------------------------------------------------- batch

    function test_addRewardsBatch_distributesEach() public {
        ProverVault vault2 = ProverVault(_initProver(prover2, 2000));
        address[] memory provers = new address[](2);
        (provers[0], provers[1]) = (prover1, prover2);
        uint256[] memory amounts = new uint256[](2);
        (amounts[0], amounts[1]) = (100 ether, 200 ether);
        uint256 before = brev.balanceOf(epochRewards);
        vm.prank(epochRewards);
        brev.approve(address(controller), 300 ether);

        _expectEmit(address(controller));
        emit StakingController.RewardsAdded(prover1, epochRewards, 100 ether, 10 ether, 90 ether);
        _expectEmit(address(controller));
        emit StakingController.RewardsAdded(prover2, epochRewards, 200 ether, 40 ether, 160 ether);
        vm.prank(epochRewards);
        controller.addRewards(provers, amounts);

        assertEq(before - brev.balanceOf(epochRewards), 300 ether, "total pulled once");
        assertEq(_pendingCommission(prover1), 10 ether, "prover1 commission");
        assertEq(_pendingCommission(prover2), 40 ether, "prover2 commission");
        assertEq(vault1.totalAssets(), 2090 ether, "vault1");
        assertEq(vault2.totalAssets(), MIN_SELF_STAKE + 160 ether, "vault2");
    }

    function test_addRewardsBatch_usesTheSourceOverride() public {
        _setCommissionRate(prover1, epochRewards, 5000);
        address[] memory provers = new address[](1);
        provers[0] = prover1;
        uint256[] memory amounts = new uint256[](1);
        amounts[0] = 100 ether;
        vm.prank(epochRewards);
        brev.approve(address(controller), 100 ether);
        vm.prank(epochRewards);
        controller.addRewards(provers, amounts);
        assertEq(_pendingCommission(prover1), 50 ether, "override applies in the batch");
    }

    function test_addRewardsBatch_revertsOnLengthMismatch() public {
        address[] memory provers = new address[](2);
        (provers[0], provers[1]) = (prover1, prover1);
        uint256[] memory amounts = new uint256[](1);
        amounts[0] = 1 ether;
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(market);
        controller.addRewards(provers, amounts);
    }

    function test_addRewardsBatch_revertsWhenEmpty() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(market);
        controller.addRewards(new address[](0), new uint256[](0));
    }

    function test_addRewardsBatch_revertsOnAZeroAmount() public {
        address[] memory provers = new address[](2);
        (provers[0], provers[1]) = (prover1, prover1);
        uint256[] memory amounts = new uint256[](2);
        amounts[0] = 1 ether;
        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(market);
        controller.addRewards(provers, amounts);
    }

    function test_addRewardsBatch_revertsOnAnUninitializedProver() public {
        address[] memory provers = new address[](2);
        (provers[0], provers[1]) = (prover1, prover2);
        uint256[] memory amounts = new uint256[](2);
        (amounts[0], amounts[1]) = (1 ether, 1 ether);
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(market);
        controller.addRewards(provers, amounts);
    }

    function test_addRewardsBatch_revertsWithoutRewardSourceRole() public {
        address[] memory provers = new address[](1);
        provers[0] = prover1;
        uint256[] memory amounts = new uint256[](1);
        amounts[0] = 1 ether;
        _expectAccessControl(alice, controller.REWARD_SOURCE_ROLE());
        vm.prank(alice);
        controller.addRewards(provers, amounts);
    }

    // ---------------------------------------------------------------- commission

    function test_claimCommission_paysAndResets() public {
        _addRewards(market, prover1, 100 ether);
        uint256 before = brev.balanceOf(prover1);
        _expectEmit(address(controller));
        emit StakingController.CommissionClaimed(prover1, 10 ether);
        vm.prank(prover1);
        assertEq(controller.claimCommission(), 10 ether, "claimed");
        assertEq(brev.balanceOf(prover1) - before, 10 ether, "received");
        assertEq(_pendingCommission(prover1), 0, "reset");
        assertEq(brev.balanceOf(address(controller)), 0, "controller emptied");

        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(prover1);
        controller.claimCommission();
    }

    function test_claimCommission_revertsWithNothingPending() public {
        vm.expectRevert(StakingController.ControllerZeroAmount.selector);
        vm.prank(prover1);
        controller.claimCommission();
    }

    function test_claimCommission_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.claimCommission();
    }

    function test_claimCommission_worksAfterRetirement() public {
        _addRewards(market, prover1, 100 ether);
        _requestUnstakeAll(prover1, prover1);
        vm.prank(prover1);
        assertEq(controller.claimCommission(), 10 ether, "a retired prover keeps its commission");
    }

    function test_setCommissionRate_defaultRate() public {
        _expectEmit(address(controller));
        emit StakingController.CommissionRateUpdated(prover1, address(0), 1000, 3000, true);
        _setCommissionRate(prover1, address(0), 3000);
        assertEq(_defaultRate(prover1), 3000, "default rate");
        assertEq(controller.getCommissionRate(prover1, market), 3000, "market follows the default");
        assertEq(controller.getCommissionRate(prover1, address(0x1234)), 3000, "any source");
        (address[] memory sources,) = controller.getCommissionRates(prover1);
        assertEq(sources.length, 0, "no override");
    }

    function test_setCommissionRate_perSourceOverride() public {
        _expectEmit(address(controller));
        emit StakingController.CommissionRateUpdated(prover1, market, 1000, 2500, false);
        _setCommissionRate(prover1, market, 2500);
        assertEq(controller.getCommissionRate(prover1, market), 2500, "override");
        assertEq(controller.getCommissionRate(prover1, epochRewards), 1000, "others: default");
        assertEq(_defaultRate(prover1), 1000, "default unchanged");

        _expectEmit(address(controller));
        emit StakingController.CommissionRateUpdated(prover1, market, 2500, 500, false);
        _setCommissionRate(prover1, market, 500);

        (address[] memory sources, uint64[] memory rates) = controller.getCommissionRates(prover1);
        assertEq(sources.length, 1, "one override");
        assertEq(sources[0], market, "source");
        assertEq(rates[0], 500, "rate");
    }

    function test_setCommissionRate_overrideSurvivesADefaultChange() public {
        _setCommissionRate(prover1, market, 2500);
        _setCommissionRate(prover1, address(0), 4000);
        assertEq(controller.getCommissionRate(prover1, market), 2500, "override kept");
        assertEq(controller.getCommissionRate(prover1, epochRewards), 4000, "default changed");
    }

    function test_setCommissionRate_acceptsZeroAnd10000() public {
        _setCommissionRate(prover1, market, 0);
        _setCommissionRate(prover1, address(0), 10_000);
        assertEq(controller.getCommissionRate(prover1, market), 0, "zero override is an override");
        assertEq(controller.getCommissionRate(prover1, epochRewards), 10_000, "full default");
    }

    function test_setCommissionRate_revertsAbove10000() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.setCommissionRate(address(0), 10_001);
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.setCommissionRate(market, 10_001);
    }

    function test_setCommissionRate_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.setCommissionRate(address(0), 100);
    }

    function test_resetCommissionRate_returnsToTheDefault() public {
        _setCommissionRate(prover1, market, 2500);
        _setCommissionRate(prover1, address(0), 3000);
        _expectEmit(address(controller));
        emit StakingController.CommissionRateUpdated(prover1, market, 2500, 3000, true);
        vm.prank(prover1);
        controller.resetCommissionRate(market);
        assertEq(controller.getCommissionRate(prover1, market), 3000, "default again");
        (address[] memory sources,) = controller.getCommissionRates(prover1);
        assertEq(sources.length, 0, "override removed");
        (uint256 c,) = _addRewards(market, prover1, 100 ether);
        assertEq(c, 30 ether, "rewards use the default");
    }

    function test_resetCommissionRate_revertsWithoutOverride() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.resetCommissionRate(market);
    }

    function test_resetCommissionRate_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.resetCommissionRate(market);
    }
}

/// @notice slash.
contract StakingControllerSlashingTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        _stake(prover1, prover1, 9000 ether); // self-stake 10 000
        _stake(alice, prover1, 1000 ether); // vault 11 000
    }

    function test_slash_takesBpsOfVaultAssetsToTheTreasury() public {
        uint256 supply = vault1.totalSupply();
        _expectEmit(address(vault1));
        emit ProverVault.ControllerSlash(1100 ether, treasury);
        _expectEmit(address(controller));
        emit StakingController.ProverSlashed(prover1, 1100 ether, 1000);
        assertEq(_slash(prover1, 1000), 1100 ether, "10 % of 11 000");

        assertEq(brev.balanceOf(treasury), 1100 ether, "to the treasury");
        assertEq(vault1.totalAssets(), 9900 ether, "vault lost 10 %");
        assertEq(vault1.totalSupply(), supply, "shares untouched");
        assertEq(controller.getProverSlashingScale(prover1), 0.9e18, "scale 0.9");
        assertApproxEq(_value(prover1, alice), 900 ether, 1e3, "alice lost 10 %");
        assertEq(_state(prover1), STATE_ACTIVE, "still active: scale and self-stake fine");
    }

    function test_slash_scalesPendingUnstakes() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether));
        // 10 % of the vault's 10 500 and 10 % of the 500 pending
        assertEq(_slash(prover1, 1000), 1050 ether + 50 ether, "both parts");
        assertEq(controller.getProverTotalUnstaking(prover1), 450 ether, "escrow");
        (uint256 total,) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 450 ether, "request value");
        assertEq(brev.balanceOf(treasury), 1100 ether, "treasury");
        assertEq(brev.balanceOf(address(controller)), 450 ether, "controller holds the escrow");
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), 450 ether, "paid the slashed value");
    }

    function test_slash_scaleFloorsAtTwentyPercent() public {
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether));
        _slash(prover1, 5000);
        assertEq(controller.getProverSlashingScale(prover1), 0.5e18, "0.5");
        _slash(prover1, 5000);
        assertEq(controller.getProverSlashingScale(prover1), 0.25e18, "0.25");
        uint256 vaultBefore = vault1.totalAssets();
        // 0.125 would be below the floor: the scale stops at 0.2, the vault still loses 50 %.
        assertEq(_slash(prover1, 5000), vaultBefore / 2 + 25 ether, "vault half, pending 0.25 -> 0.2");
        assertEq(controller.getProverSlashingScale(prover1), 0.2e18, "floored at 0.2");
        assertEq(controller.getProverTotalUnstaking(prover1), 100 ether, "pending keeps 20 %");

        vaultBefore = vault1.totalAssets();
        assertEq(_slash(prover1, 5000), vaultBefore / 2, "at the floor only the vault is slashed");
        assertEq(controller.getProverSlashingScale(prover1), 0.2e18, "still 0.2");
        assertEq(controller.getProverTotalUnstaking(prover1), 100 ether, "pending untouched");
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), 100 ether, "20 % of the request");
    }

    function test_slash_deactivatesBelowFortyPercentScale() public {
        _slash(prover1, 5000); // scale 0.5, self-stake 5000
        assertEq(_state(prover1), STATE_ACTIVE, "0.5 is fine");
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_ACTIVE, STATE_DEACTIVATED);
        _slash(prover1, 5000); // scale 0.25, self-stake 2500 >= 1000
        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated by the scale");
        assertGe(_value(prover1, prover1), MIN_SELF_STAKE, "not because of the self-stake");
    }

    function test_slash_exactlyFortyPercentStaysActive() public {
        _slash(prover1, 5000); // 0.5
        _slash(prover1, 2000); // 0.4
        assertEq(controller.getProverSlashingScale(prover1), 0.4e18, "0.4");
        assertEq(_state(prover1), STATE_ACTIVE, "0.4 is not below 0.4");
    }

    function test_slash_deactivatesWhenSelfStakeFallsBelowTheMinimum() public {
        _initProver(prover2, 1000); // self-stake exactly 1000
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover2, STATE_ACTIVE, STATE_DEACTIVATED);
        _slash(prover2, 1); // 0.01 %
        assertEq(_state(prover2), STATE_DEACTIVATED, "deactivated by the self-stake");
        assertEq(controller.getProverSlashingScale(prover2), 0.9999e18, "scale barely moved");
    }

    function test_slash_leavesJailedAndDeactivatedStates() public {
        _initProver(prover2, 1000);
        vm.startPrank(admin);
        controller.jailProver(prover1);
        controller.deactivateProver(prover2);
        vm.stopPrank();
        _slash(prover1, 5000);
        _slash(prover1, 5000);
        _slash(prover2, 5000);
        assertEq(_state(prover1), STATE_JAILED, "jailed stays jailed");
        assertEq(_state(prover2), STATE_DEACTIVATED, "deactivated stays deactivated");
    }

    function test_slash_emptyVaultSlashesOnlyPendingUnstakes() public {
        _initProver(prover2, 1000);
        _requestUnstakeAll(prover2, prover2);
        assertEq(_vault(prover2).totalAssets(), 0, "empty vault");
        vm.recordLogs();
        assertEq(_slash(prover2, 1000), 100 ether, "10 % of the pending 1000");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != ProverVault.ControllerSlash.selector, "nothing taken from the vault");
        }
        assertEq(brev.balanceOf(treasury), 100 ether, "treasury");
        assertEq(controller.getProverTotalUnstaking(prover2), 900 ether, "escrow");
    }

    function test_slash_paysTheCurrentTreasury() public {
        vm.prank(admin);
        controller.setSlashTreasury(carol);
        uint256 before = brev.balanceOf(carol);
        _slash(prover1, 100);
        assertEq(brev.balanceOf(carol) - before, 110 ether, "new treasury");
        assertEq(brev.balanceOf(treasury), 0, "old treasury gets nothing");
    }

    function test_slash_acceptsExactlyMaxSlashBps() public {
        assertEq(_slash(prover1, MAX_SLASH_BPS), 5500 ether, "50 %");
    }

    function test_slash_revertsAboveMaxSlashBps() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(slasher);
        controller.slash(prover1, MAX_SLASH_BPS + 1);
    }

    function test_slash_revertsOnZeroBps() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(slasher);
        controller.slash(prover1, 0);
    }

    function test_slash_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(slasher);
        controller.slash(prover2, 100);
    }

    function test_slash_revertsWithoutSlasherRole() public {
        _expectAccessControl(admin, controller.SLASHER_ROLE());
        vm.prank(admin);
        controller.slash(prover1, 100);
    }

    function test_slash_fullMaxSlashBpsWhenRaisedTo10000() public {
        vm.prank(admin);
        controller.setMaxSlashBps(10_000);
        _requestUnstake(alice, prover1, vault1.convertToShares(500 ether));
        _slash(prover1, 10_000);
        assertEq(vault1.totalAssets(), 0, "vault emptied");
        assertEq(controller.getProverSlashingScale(prover1), 0.2e18, "scale floored");
        assertEq(controller.getProverTotalUnstaking(prover1), 100 ether, "pending keeps 20 %");
        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated");
    }
}

/// @notice Constructor, admin functions, onHolderChanged and the controller's views.
contract StakingControllerAdminTest is StakingFixture {
    bytes32 internal constant ADMIN_ROLE = 0x00;

    function setUp() public override {
        super.setUp();
        _initProver(prover1, 1000);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_setsParametersAndRoles() public {
        StakingController fresh = new StakingController(brev, alice, 2000 ether, 3 days, 4000);
        assertEq(fresh.stakingToken(), address(brev), "token");
        assertEq(fresh.minSelfStake(), 2000 ether, "minSelfStake");
        assertEq(fresh.unstakeDelay(), 3 days, "unstakeDelay");
        assertEq(fresh.maxSlashBps(), 4000, "maxSlashBps");
        assertEq(fresh.slashTreasury(), alice, "treasury starts at the admin");
        assertFalse(fresh.requireAuthorization(), "open registration");
        assertTrue(fresh.hasRole(ADMIN_ROLE, alice), "admin role");
        assertFalse(fresh.hasRole(ADMIN_ROLE, address(this)), "deployer is not admin");
        assertEq(fresh.vaultFactory().controller(), address(fresh), "factory controller");
        assertEq(address(fresh.vaultFactory().stakingToken()), address(brev), "factory token");
        assertEq(fresh.getProverCount(false), 0, "no provers");
        assertEq(fresh.getTotalStakers(), 0, "no stakers");
    }

    function test_constructor_revertsOnZeroToken() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        new StakingController(BrevToken(address(0)), admin, MIN_SELF_STAKE, UNSTAKE_DELAY, MAX_SLASH_BPS);
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        new StakingController(brev, address(0), MIN_SELF_STAKE, UNSTAKE_DELAY, MAX_SLASH_BPS);
    }

    function test_constructor_revertsOnMaxSlashAbove10000() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        new StakingController(brev, admin, MIN_SELF_STAKE, UNSTAKE_DELAY, 10_001);
    }

    function test_constants() public view {
        assertEq(controller.BPS(), 10_000, "BPS");
        assertEq(controller.SCALE_ONE(), 1e18, "SCALE_ONE");
        assertEq(controller.MIN_SLASHING_SCALE(), 0.2e18, "MIN_SLASHING_SCALE");
        assertEq(controller.DEACTIVATION_SCALE(), 0.4e18, "DEACTIVATION_SCALE");
        assertEq(controller.MIN_STAKE(), 1e18, "MIN_STAKE");
        assertEq(controller.MAX_PENDING_UNSTAKES(), 10, "MAX_PENDING_UNSTAKES");
        assertEq(controller.MAX_NAME_BYTES(), 128, "MAX_NAME_BYTES");
        assertEq(controller.MAX_ICON_URL_BYTES(), 512, "MAX_ICON_URL_BYTES");
        assertEq(controller.SLASHER_ROLE(), keccak256("SLASHER_ROLE"), "SLASHER_ROLE");
        assertEq(controller.REWARD_SOURCE_ROLE(), keccak256("REWARD_SOURCE_ROLE"), "REWARD_SOURCE_ROLE");
        assertEq(controller.AUTHORIZED_PROVER_ROLE(), keccak256("AUTHORIZED_PROVER_ROLE"), "AUTHORIZED_PROVER_ROLE");
    }

    // ---------------------------------------------------------------- roles

    function test_grantRole_revertsForNonAdmin() public {
        bytes32 role = controller.SLASHER_ROLE();
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.grantRole(role, alice);
    }

    function test_revokeRole_removesTheSlasher() public {
        bytes32 role = controller.SLASHER_ROLE();
        vm.prank(admin);
        controller.revokeRole(role, slasher);
        _expectAccessControl(slasher, role);
        vm.prank(slasher);
        controller.slash(prover1, 100);
    }

    // ---------------------------------------------------------------- deactivate / reactivate / jail

    function test_deactivateProver() public {
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_ACTIVE, STATE_DEACTIVATED);
        vm.prank(admin);
        controller.deactivateProver(prover1);
        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated");
        assertFalse(controller.isProverRetired(prover1), "not retired");
    }

    function test_deactivateProver_revertsWhenDeactivated() public {
        vm.startPrank(admin);
        controller.deactivateProver(prover1);
        vm.expectRevert(StakingController.ControllerProverNotActive.selector);
        controller.deactivateProver(prover1);
        vm.stopPrank();
    }

    function test_deactivateProver_revertsWhenJailed() public {
        vm.startPrank(admin);
        controller.jailProver(prover1);
        vm.expectRevert(StakingController.ControllerProverNotActive.selector);
        controller.deactivateProver(prover1);
        vm.stopPrank();
    }

    function test_deactivateProver_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(admin);
        controller.deactivateProver(prover2);
    }

    function test_deactivateProver_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.deactivateProver(prover1);
    }

    function test_reactivateProver_fromDeactivated() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_DEACTIVATED, STATE_ACTIVE);
        vm.prank(admin);
        controller.reactivateProver(prover1);
        assertEq(_state(prover1), STATE_ACTIVE, "active");
    }

    function test_reactivateProver_fromJailed() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_JAILED, STATE_ACTIVE);
        vm.prank(admin);
        controller.reactivateProver(prover1);
        assertEq(_state(prover1), STATE_ACTIVE, "active");
    }

    function test_reactivateProver_revertsWhenActive() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.reactivateProver(prover1);
    }

    function test_reactivateProver_revertsWithTooLittleSelfStake() public {
        _slash(prover1, 1); // self-stake 999.9 -> deactivated
        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated");
        vm.expectRevert(StakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(admin);
        controller.reactivateProver(prover1);

        _stake(prover1, prover1, 1 ether); // top up while deactivated
        vm.prank(admin);
        controller.reactivateProver(prover1);
        assertEq(_state(prover1), STATE_ACTIVE, "reactivated after the top-up");
    }

    function test_reactivateProver_revertsAfterMinSelfStakeRaised() public {
        vm.startPrank(admin);
        controller.deactivateProver(prover1);
        controller.setMinSelfStake(1001 ether);
        vm.expectRevert(StakingController.ControllerMinSelfStakeNotMet.selector);
        controller.reactivateProver(prover1);
        vm.stopPrank();
    }

    function test_reactivateProver_revertsBelowFortyPercentScale() public {
        _stake(prover1, prover1, 9000 ether);
        _slash(prover1, 5000);
        _slash(prover1, 5000); // scale 0.25
        assertEq(_state(prover1), STATE_DEACTIVATED, "deactivated");
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.reactivateProver(prover1);
    }

    function test_reactivateProver_clearsRetirement() public {
        _requestUnstakeAll(prover1, prover1);
        assertTrue(controller.isProverRetired(prover1), "retired");
        _stake(prover1, prover1, MIN_SELF_STAKE);
        vm.prank(admin);
        controller.reactivateProver(prover1);
        assertFalse(controller.isProverRetired(prover1), "back");
        assertEq(_state(prover1), STATE_ACTIVE, "active");
    }

    function test_reactivateProver_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(admin);
        controller.reactivateProver(prover2);
    }

    function test_reactivateProver_revertsForNonAdmin() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        _expectAccessControl(prover1, ADMIN_ROLE);
        vm.prank(prover1);
        controller.reactivateProver(prover1);
    }

    function test_jailProver_fromActive() public {
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_ACTIVE, STATE_JAILED);
        vm.prank(admin);
        controller.jailProver(prover1);
        assertEq(_state(prover1), STATE_JAILED, "jailed");
    }

    function test_jailProver_fromDeactivated() public {
        vm.startPrank(admin);
        controller.deactivateProver(prover1);
        _expectEmit(address(controller));
        emit StakingController.ProverStateChanged(prover1, STATE_DEACTIVATED, STATE_JAILED);
        controller.jailProver(prover1);
        vm.stopPrank();
    }

    function test_jailProver_revertsWhenJailed() public {
        vm.startPrank(admin);
        controller.jailProver(prover1);
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        controller.jailProver(prover1);
        vm.stopPrank();
    }

    function test_jailProver_revertsForUninitializedProver() public {
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        vm.prank(admin);
        controller.jailProver(prover2);
    }

    function test_jailProver_revertsForNonAdmin() public {
        _expectAccessControl(slasher, ADMIN_ROLE);
        vm.prank(slasher);
        controller.jailProver(prover1);
    }

    // ---------------------------------------------------------------- setters

    function test_setMinSelfStake() public {
        _expectEmit(address(controller));
        emit StakingController.MinSelfStakeUpdated(MIN_SELF_STAKE, 2000 ether);
        vm.prank(admin);
        controller.setMinSelfStake(2000 ether);
        assertEq(controller.minSelfStake(), 2000 ether, "stored");
        vm.prank(admin);
        controller.setMinSelfStake(ONE_BREV);
        assertEq(controller.minSelfStake(), ONE_BREV, "1 BREV is the lowest");
    }

    function test_setMinSelfStake_revertsBelowOneBrev() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.setMinSelfStake(ONE_BREV - 1);
    }

    function test_setMinSelfStake_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.setMinSelfStake(2000 ether);
    }

    function test_setUnstakeDelay() public {
        _expectEmit(address(controller));
        emit StakingController.UnstakeDelayUpdated(UNSTAKE_DELAY, 1 days);
        vm.prank(admin);
        controller.setUnstakeDelay(1 days);
        assertEq(controller.unstakeDelay(), 1 days, "stored");
        vm.prank(admin);
        controller.setUnstakeDelay(0);
        assertEq(controller.unstakeDelay(), 0, "zero allowed");
    }

    function test_setUnstakeDelay_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.setUnstakeDelay(1 days);
    }

    function test_setMaxSlashBps() public {
        _expectEmit(address(controller));
        emit StakingController.MaxSlashBpsUpdated(MAX_SLASH_BPS, 10_000);
        vm.prank(admin);
        controller.setMaxSlashBps(10_000);
        assertEq(controller.maxSlashBps(), 10_000, "stored");
    }

    function test_setMaxSlashBps_loweringItLimitsSlash() public {
        vm.prank(admin);
        controller.setMaxSlashBps(100);
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(slasher);
        controller.slash(prover1, 101);
    }

    function test_setMaxSlashBps_revertsAbove10000() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.setMaxSlashBps(10_001);
    }

    function test_setMaxSlashBps_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.setMaxSlashBps(100);
    }

    function test_setRequireAuthorization() public {
        _expectEmit(address(controller));
        emit StakingController.RequireAuthorizationUpdated(true);
        vm.prank(admin);
        controller.setRequireAuthorization(true);
        assertTrue(controller.requireAuthorization(), "on");
        _expectEmit(address(controller));
        emit StakingController.RequireAuthorizationUpdated(false);
        vm.prank(admin);
        controller.setRequireAuthorization(false);
        assertFalse(controller.requireAuthorization(), "off");
    }

    function test_setRequireAuthorization_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.setRequireAuthorization(true);
    }

    function test_setSlashTreasury() public {
        _expectEmit(address(controller));
        emit StakingController.SlashTreasuryUpdated(treasury, carol);
        vm.prank(admin);
        controller.setSlashTreasury(carol);
        assertEq(controller.slashTreasury(), carol, "stored");
    }

    function test_setSlashTreasury_revertsOnZero() public {
        vm.expectRevert(StakingController.ControllerInvalidArg.selector);
        vm.prank(admin);
        controller.setSlashTreasury(address(0));
    }

    function test_setSlashTreasury_revertsForNonAdmin() public {
        _expectAccessControl(alice, ADMIN_ROLE);
        vm.prank(alice);
        controller.setSlashTreasury(alice);
    }

    // ---------------------------------------------------------------- onHolderChanged

    function test_onHolderChanged_revertsFromANonVault() public {
        vm.expectRevert(StakingController.ControllerNotAuthorized.selector);
        vm.prank(stranger);
        controller.onHolderChanged(prover1, stranger, true);
    }

    function test_onHolderChanged_revertsForZeroProverFromANonVault() public {
        vm.expectRevert(StakingController.ControllerNotAuthorized.selector);
        vm.prank(stranger);
        controller.onHolderChanged(address(0), stranger, true);
    }

    function test_onHolderChanged_revertsFromAnotherProversVault() public {
        _initProver(prover2, 1000);
        address vault1 = address(_vault(prover1));
        vm.expectRevert(StakingController.ControllerNotAuthorized.selector);
        vm.prank(vault1);
        controller.onHolderChanged(prover2, stranger, true);
    }

    function test_onHolderChanged_fromTheVaultCounts() public {
        address vault1 = address(_vault(prover1));
        vm.prank(vault1);
        controller.onHolderChanged(prover1, stranger, true);
        assertEq(controller.getTotalStakers(), 2, "counted");
        vm.prank(vault1);
        controller.onHolderChanged(prover1, stranger, false);
        assertEq(controller.getTotalStakers(), 1, "uncounted");
    }

    // ---------------------------------------------------------------- unique stakers through transfers

    function test_totalStakers_followsShareTransfers() public {
        _initProver(prover2, 1000);
        _stake(alice, prover1, 100 ether);
        _stake(alice, prover2, 100 ether);
        assertEq(controller.getTotalStakers(), 3, "two provers and alice");

        uint256 half = _shares(prover1, alice) / 2;
        _transferShares(prover1, alice, carol, half);
        assertEq(controller.getTotalStakers(), 4, "carol is a new holder");
        _transferShares(prover1, alice, carol, _shares(prover1, alice));
        assertEq(controller.getTotalStakers(), 4, "alice still holds in vault 2");
        _transferShares(prover2, alice, carol, _shares(prover2, alice));
        assertEq(controller.getTotalStakers(), 3, "alice left both vaults");
        _transferShares(prover1, carol, bob, _shares(prover1, carol));
        assertEq(controller.getTotalStakers(), 4, "bob in, carol still in vault 2");
        _transferShares(prover2, carol, prover1, _shares(prover2, carol));
        assertEq(controller.getTotalStakers(), 3, "carol out; prover1 already counted");
        assertEq(_proverInfo(prover2).numStakers, 2, "prover2 and prover1 hold vault 2");
    }

    function test_totalStakers_zeroTransferDoesNotCount() public {
        _stake(alice, prover1, 100 ether);
        _transferShares(prover1, alice, carol, 0);
        assertEq(controller.getTotalStakers(), 2, "a zero transfer makes no holder");
    }

    // ---------------------------------------------------------------- views

    function test_views_proverListsAndPagination() public {
        _initProver(prover2, 1000);
        _initProver(prover3, 1000);
        vm.prank(admin);
        controller.deactivateProver(prover2);

        assertEq(controller.getProverCount(false), 3, "all");
        assertEq(controller.getProverCount(true), 2, "active");

        address[] memory all = controller.getProvers(false, 0, 10);
        assertEq(all.length, 3, "end clipped to the count");
        assertEq(all[0], prover1, "registration order 0");
        assertEq(all[1], prover2, "registration order 1");
        assertEq(all[2], prover3, "registration order 2");

        address[] memory active = controller.getProvers(true, 0, type(uint256).max);
        assertEq(active.length, 2, "active only");
        assertEq(active[0], prover1, "active 0");
        assertEq(active[1], prover3, "active 1");

        address[] memory page = controller.getProvers(false, 1, 2);
        assertEq(page.length, 1, "[1, 2)");
        assertEq(page[0], prover2, "page item");
        assertEq(controller.getProvers(false, 2, 2).length, 0, "start == end");
        assertEq(controller.getProvers(false, 3, 1).length, 0, "start > end");
        assertEq(controller.getProvers(true, 5, 9).length, 0, "start past the end");
    }

    function test_views_totalsAndEligibility() public {
        _initProver(prover2, 1000);
        _stake(alice, prover2, 500 ether);
        vm.prank(admin);
        controller.deactivateProver(prover1);

        assertEq(controller.getTotalVaultAssets(false), 2500 ether, "all vaults");
        assertEq(controller.getTotalVaultAssets(true), 1500 ether, "active vaults");
        assertEq(controller.getProverTotalAssets(prover2), 1500 ether, "prover2 assets");
        assertEq(controller.getProverTotalAssets(stranger), 0, "unknown prover");

        (bool eligible, uint256 assets) = controller.isProverEligible(prover2, 1500 ether);
        assertTrue(eligible, "active with enough");
        assertEq(assets, 1500 ether, "current assets");
        (eligible,) = controller.isProverEligible(prover2, 1500 ether + 1);
        assertFalse(eligible, "not enough");
        (eligible, assets) = controller.isProverEligible(prover1, 1);
        assertFalse(eligible, "deactivated");
        assertEq(assets, MIN_SELF_STAKE, "assets still reported");
        (eligible, assets) = controller.isProverEligible(stranger, 0);
        assertFalse(eligible, "unknown");
        assertEq(assets, 0, "unknown assets");
    }

    function test_views_unknownProver() public view {
        ProverInfo memory info = _proverInfo(stranger);
        assertEq(info.state, STATE_NULL, "Null");
        assertEq(info.vault, address(0), "no vault");
        assertEq(info.numStakers, 0, "no stakers");
        assertEq(controller.getStakeInfo(stranger, alice), 0, "no shares");
        assertEq(controller.getProverStakers(stranger).length, 0, "no stakers list");
        assertEq(controller.getCommissionRate(stranger, market), 0, "no rate");
        assertEq(controller.getProverSlashingScale(stranger), 0, "no scale");
        assertEq(controller.getProverTotalUnstaking(stranger), 0, "no escrow");
        assertEq(controller.getPendingUnstakes(stranger, alice).length, 0, "no requests");
        (uint256 total, uint256 ready) = controller.getUnstakingInfo(stranger, alice);
        assertEq(total + ready, 0, "no unstaking");
        assertFalse(controller.isProverRetired(stranger), "not retired");
    }

    function test_views_stakingTokenAndFactory() public view {
        assertEq(controller.stakingToken(), address(brev), "token");
        assertEq(address(controller.vaultFactory()), address(factory), "factory");
        assertTrue(controller.hasRole(controller.SLASHER_ROLE(), slasher), "slasher role");
        assertTrue(controller.hasRole(controller.REWARD_SOURCE_ROLE(), market), "market role");
        assertTrue(controller.hasRole(controller.REWARD_SOURCE_ROLE(), epochRewards), "epochRewards role");
    }

    function test_views_tokenBalancesMatchTheBooks() public {
        _stake(alice, prover1, 100 ether);
        _addRewards(market, prover1, 50 ether);
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2);
        uint256 booked = controller.getProverTotalUnstaking(prover1) + _pendingCommission(prover1);
        assertEq(IERC20(address(brev)).balanceOf(address(controller)), booked, "escrow + commission");
    }
}
