// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {IProverVault} from "../../../src/staking/interfaces/IProverVault.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {Vm} from "../../utils/Vm.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): vault shares are plain ERC-20s as on Base — every share may
///        move; beforeShareTransfer refuses to leave the prover with 0 < own assets <
///        minSelfStake; a prover's full transfer deactivates it; onShareTransfer moves the
///        staker books (no Staked event).
contract ShareTransferFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000));
        _stake(prover1, prover1, 500 ether); // own 1500
        _stake(alice, prover1, 100 ether);
    }

    function test_getTransferableShares_isTheWholeBalance_forTheProverToo() public view {
        assertEq(vault1.getTransferableShares(alice), vault1.balanceOf(alice), "staker");
        assertEq(vault1.getTransferableShares(prover1), vault1.balanceOf(prover1), "prover");
        assertEq(vault1.getTransferableShares(stranger), 0, "nothing held");
    }

    function test_transfer_movesTheStakerBooks_withoutAStakedEvent() public {
        uint256 half = vault1.balanceOf(alice) / 2;
        vm.recordLogs();
        _transferShares(prover1, alice, carol, half);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IStakingController.Staked.selector, "no Staked event");
        }
        assertEq(controller.getStakeInfo(prover1, carol), half, "carol booked");
        assertEq(controller.getStakeInfo(prover1, alice), vault1.balanceOf(alice), "alice booked");
        assertEq(_numStakers(prover1), 3, "carol counted");

        _transferShares(prover1, alice, carol, vault1.balanceOf(alice));
        assertEq(_numStakers(prover1), 2, "alice left, carol not counted twice");
        address[] memory stakers = controller.getProverStakers(prover1);
        assertEq(stakers.length, 2, "prover and carol");
        assertEq(controller.getStakeInfo(prover1, alice), 0, "alice empty");
    }

    function test_receivedShares_belongToTheReceiver_whoMayUnstakeThem() public {
        uint256 shares = vault1.balanceOf(alice);
        _transferShares(prover1, alice, carol, shares);
        assertEq(_requestUnstakeAll(carol, prover1), 100 ether, "carol unstakes");
        vm.expectRevert(IStakingController.ControllerInsufficientShares.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, 1);
    }

    function test_prover_cannotTransferLeavingBetweenZeroAndMinSelfStake() public {
        uint256 tooMuch = vault1.convertToShares(500 ether) + 1 ether;
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault1.transfer(carol, tooMuch);
    }

    function test_prover_mayTransferDownToExactlyMinSelfStake() public {
        _transferShares(prover1, prover1, carol, vault1.convertToShares(500 ether));
        assertEq(_value(prover1, prover1), MIN_SELF_STAKE, "exactly the minimum left");
        _assertState(prover1, ACTIVE, "still active");
    }

    function test_prover_fullTransfer_deactivatesIt() public {
        uint256 all = vault1.balanceOf(prover1);
        _expectEmit(address(controller));
        emit IStakingController.ProverStateChanged(prover1, ACTIVE, DEACTIVATED);
        _transferShares(prover1, prover1, carol, all);
        _assertState(prover1, DEACTIVATED, "deactivated");
        assertEq(controller.getStakeInfo(prover1, carol), all, "carol holds them");
        assertEq(_numStakers(prover1), 2, "alice and carol");
    }

    function test_prover_fullTransfer_whileJailed_staysJailed() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        _transferShares(prover1, prover1, carol, vault1.balanceOf(prover1));
        _assertState(prover1, JAILED, "only an Active prover is deactivated");
    }

    /// @notice Surprising but deployed: asking for more than the balance fails the vault's own
    ///         check first, with VaultSharesLocked rather than ERC20InsufficientBalance.
    function test_transfer_moreThanTheBalance_revertsVaultSharesLocked() public {
        uint256 balance = vault1.balanceOf(alice);
        vm.expectRevert(IProverVault.VaultSharesLocked.selector);
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault1.transfer(carol, balance + 1);
    }

    /// @notice VaultTransferBlocked is declared but never raised: shares may even be sent to
    ///         the vault itself, which then counts as a staker.
    function test_transfer_toTheVaultItself_isAllowed() public {
        _transferShares(prover1, alice, address(vault1), 1 ether);
        assertEq(controller.getStakeInfo(prover1, address(vault1)), 1 ether, "booked");
        assertEq(_numStakers(prover1), 3, "the vault counts");
    }

    function test_transferFrom_withAnAllowance_followsTheSameRules() public {
        vm.prank(prover1);
        vault1.approve(carol, type(uint256).max);
        uint256 tooMuch = vault1.convertToShares(500 ether) + 1 ether;
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(carol);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault1.transferFrom(prover1, carol, tooMuch);
        uint256 all = vault1.balanceOf(prover1);
        vm.prank(carol);
        assertTrue(vault1.transferFrom(prover1, bob, all), "transferred");
        _assertState(prover1, DEACTIVATED, "full transfer by a spender deactivates too");
    }

    function test_zeroShareTransfer_changesNoBooks() public {
        _transferShares(prover1, alice, carol, 0);
        assertEq(_numStakers(prover1), 2, "carol not counted");
        assertFalse(controller.getStakeInfo(prover1, carol) > 0, "no shares booked");
    }

    function test_onShareTransfer_onlyFromTheProversVault() public {
        vm.expectRevert(IStakingController.ControllerOnlyVault.selector);
        vm.prank(stranger);
        controller.onShareTransfer(prover1, alice, carol, 1);
        ProverVault vault2 = ProverVault(_initProver(prover2, 0));
        vm.expectRevert(IStakingController.ControllerOnlyVault.selector);
        vm.prank(address(vault2));
        controller.onShareTransfer(prover1, alice, carol, 1);
    }

    function test_beforeShareTransfer_isAPublicCheck() public view {
        controller.beforeShareTransfer(prover1, alice, vault1.balanceOf(alice)); // stakers: no rule
        controller.beforeShareTransfer(prover1, prover1, vault1.balanceOf(prover1)); // all of it: fine
    }
}
