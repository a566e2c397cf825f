// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Unit tests of ProverVault (issue #4): controller-only entry points, the prover's
///         locked self-stake, blocked transfers to the vault, holder tracking, rounding.
contract ProverVaultUnitTest is StakingFixture {
    ProverVault internal vault;

    function setUp() public override {
        super.setUp();
        vault = ProverVault(_initProver(prover1, 1000));
        _stake(alice, prover1, 100 ether);
    }

    // ---------------------------------------------------------------- metadata

    function test_metadata() public view {
        assertEq(vault.name(), "ProverNet Staked BREV", "name");
        assertEq(vault.symbol(), "pnBREV", "symbol");
        assertEq(vault.decimals(), 21, "18 + a decimals offset of 3");
        assertEq(vault.asset(), address(brev), "asset");
        assertEq(vault.prover(), prover1, "prover");
        assertEq(vault.controller(), address(controller), "controller");
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 100 ether, "totalAssets");
    }

    // ---------------------------------------------------------------- controller-only

    function test_deposit_onlyController() public {
        vm.prank(alice);
        brev.approve(address(vault), 10 ether);
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.deposit(10 ether, alice);
    }

    function test_mint_onlyController() public {
        vm.prank(alice);
        brev.approve(address(vault), 10 ether);
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.mint(10_000 ether, alice);
    }

    function test_withdraw_onlyController() public {
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.withdraw(1 ether, alice, alice);
    }

    function test_redeem_onlyController() public {
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.redeem(1000 ether, alice, alice);
    }

    function test_redeem_onlyControllerEvenForTheProver() public {
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(prover1);
        vault.redeem(1000 ether, prover1, prover1);
    }

    function test_controllerSlash_onlyController() public {
        vm.expectRevert(ProverVault.VaultOnlyController.selector);
        vm.prank(admin);
        vault.controllerSlash(1 ether, admin);
    }

    function test_controllerSlash_byTheControllerMovesAssets() public {
        uint256 supply = vault.totalSupply();
        _expectEmit(address(vault));
        emit ProverVault.ControllerSlash(11 ether, carol);
        vm.prank(address(controller));
        vault.controllerSlash(11 ether, carol);
        assertEq(brev.balanceOf(carol), INITIAL_BALANCE + 11 ether, "sent");
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 89 ether, "assets fall");
        assertEq(vault.totalSupply(), supply, "shares untouched");
    }

    function test_mint_byTheControllerTracksTheHolder() public {
        _fund(address(controller), 10 ether);
        uint256 shares = 5000 ether; // 5 BREV at 1:1000
        uint256 assets = vault.previewMint(shares);
        assertEq(assets, 5 ether, "previewMint");
        vm.startPrank(address(controller));
        brev.approve(address(vault), assets);
        assertEq(vault.mint(shares, carol), assets, "assets pulled");
        vm.stopPrank();
        assertEq(vault.balanceOf(carol), shares, "carol's shares");
        assertEq(controller.getTotalStakers(), 3, "carol counted");
    }

    function test_withdraw_byTheControllerNeedsTheOwnersAllowance() public {
        uint256 shares = vault.previewWithdraw(10 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, shares)
        );
        vm.prank(address(controller));
        vault.withdraw(10 ether, alice, alice);

        _approveShares(alice, prover1, shares);
        uint256 before = brev.balanceOf(alice);
        vm.prank(address(controller));
        assertEq(vault.withdraw(10 ether, alice, alice), shares, "shares burned");
        assertEq(brev.balanceOf(alice) - before, 10 ether, "assets out");
    }

    // ---------------------------------------------------------------- transferable shares

    function test_getTransferableShares_stakerCanMoveEverything() public view {
        assertEq(vault.getTransferableShares(alice), vault.balanceOf(alice), "all of it");
        assertEq(vault.getTransferableShares(stranger), 0, "nothing held");
    }

    function test_getTransferableShares_proverAtTheMinimumIsLocked() public {
        assertEq(vault.getTransferableShares(prover1), 0, "all locked");
        vm.expectRevert(ProverVault.VaultSharesLocked.selector);
        vm.prank(prover1);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(alice, 1);
    }

    function test_getTransferableShares_proverAboveTheMinimum() public {
        _stake(prover1, prover1, 500 ether);
        uint256 transferable = vault.getTransferableShares(prover1);
        assertEq(transferable, vault.balanceOf(prover1) - vault.previewWithdraw(MIN_SELF_STAKE), "balance - locked");
        assertEq(transferable, 500 ether * 1000, "the 500 above the minimum");

        vm.expectRevert(ProverVault.VaultSharesLocked.selector);
        vm.prank(prover1);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(alice, transferable + 1);

        vm.prank(prover1);
        assertTrue(vault.transfer(alice, transferable), "exactly the transferable part");
        assertEq(vault.getTransferableShares(prover1), 0, "nothing more");
        assertGe(_value(prover1, prover1), MIN_SELF_STAKE, "minimum kept");
    }

    function test_getTransferableShares_lockAppliesToTransferFrom() public {
        _stake(prover1, prover1, 500 ether);
        uint256 transferable = vault.getTransferableShares(prover1);
        vm.prank(prover1);
        vault.approve(bob, type(uint256).max);
        vm.expectRevert(ProverVault.VaultSharesLocked.selector);
        vm.prank(bob);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transferFrom(prover1, bob, transferable + 1);
        vm.prank(bob);
        assertTrue(vault.transferFrom(prover1, bob, transferable), "transferable part");
    }

    function test_getTransferableShares_followsMinSelfStakeAndPrice() public {
        _stake(prover1, prover1, 500 ether);
        vm.prank(admin);
        controller.setMinSelfStake(1200 ether);
        assertEq(vault.getTransferableShares(prover1), 300 ether * 1000, "higher minimum, fewer transferable");

        _addRewards(market, prover1, 1100 ether); // 990 to the vault: the price rises
        uint256 locked = vault.previewWithdraw(1200 ether);
        assertLt(locked, 1200 ether * 1000, "fewer shares back the minimum");
        assertEq(vault.getTransferableShares(prover1), vault.balanceOf(prover1) - locked, "more transferable");
    }

    function test_getTransferableShares_zeroAfterASlashBelowTheMinimum() public {
        _stake(prover1, prover1, 100 ether);
        _slash(prover1, 2000);
        assertLt(_value(prover1, prover1), MIN_SELF_STAKE, "below the minimum");
        assertEq(vault.getTransferableShares(prover1), 0, "all locked");
    }

    function test_proverLockDoesNotBlockTheControllersUnstake() public {
        // A full exit burns the locked shares through the controller: not a transfer.
        _requestUnstakeAll(prover1, prover1);
        assertEq(vault.balanceOf(prover1), 0, "burned");
    }

    // ---------------------------------------------------------------- transfers

    function test_transfer_toTheVaultItselfIsBlocked() public {
        vm.expectRevert(ProverVault.VaultTransferBlocked.selector);
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(address(vault), 1);
    }

    function test_transferFrom_toTheVaultItselfIsBlocked() public {
        vm.prank(alice);
        vault.approve(bob, 1);
        vm.expectRevert(ProverVault.VaultTransferBlocked.selector);
        vm.prank(bob);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transferFrom(alice, address(vault), 1);
    }

    function test_transfer_toZeroReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(address(0), 1);
    }

    function test_transfer_moreThanHeldReverts() public {
        uint256 balance = vault.balanceOf(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, balance, balance + 1)
        );
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(bob, balance + 1);
    }

    function test_transfer_movesValueAndTracksHolders() public {
        uint256 balance = vault.balanceOf(alice);
        assertEq(vault.holderCount(), 2, "prover and alice");
        vm.prank(alice);
        assertTrue(vault.transfer(bob, balance / 4), "quarter");
        assertEq(vault.holderCount(), 3, "bob joins");
        assertApproxEq(_value(prover1, bob), 25 ether, 1, "bob's value");
        uint256 rest = vault.balanceOf(alice);
        vm.prank(alice);
        assertTrue(vault.transfer(bob, rest), "rest");
        assertEq(vault.holderCount(), 2, "alice leaves");

        address[] memory holders = vault.getHolders();
        assertEq(holders.length, 2, "two holders");
        assertEq(holders[0], prover1, "prover");
        assertEq(holders[1], bob, "bob");
        assertEq(controller.getTotalStakers(), 2, "controller count follows");
    }

    function test_transfer_toSelfChangesNothing() public {
        uint256 balance = vault.balanceOf(alice);
        vm.prank(alice);
        assertTrue(vault.transfer(alice, balance), "self transfer");
        assertEq(vault.balanceOf(alice), balance, "same balance");
        assertEq(vault.holderCount(), 2, "same holders");
        assertEq(controller.getTotalStakers(), 2, "same count");
    }

    // ---------------------------------------------------------------- rewards and rounding

    function test_donationRaisesTotalAssetsWithoutShares() public {
        uint256 supply = vault.totalSupply();
        vm.prank(bob);
        require(brev.transfer(address(vault), 110 ether), "transfer");
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 210 ether, "assets");
        assertEq(vault.totalSupply(), supply, "supply");
        assertApproxEq(vault.convertToAssets(vault.balanceOf(alice)), 110 ether, 1e3, "alice's tenth of 1210");
    }

    function test_roundingFavoursTheVault() public {
        _addRewards(market, prover1, 333.333333333333333333 ether); // an awkward price
        uint256 assets = 12.345678901234567891 ether;
        uint256 shares = 9876.54321 ether;
        assertLe(vault.previewDeposit(assets), vault.convertToShares(assets), "deposit rounds shares down");
        assertGe(vault.previewMint(shares), vault.convertToAssets(shares), "mint rounds assets up");
        assertGe(vault.previewWithdraw(assets), vault.convertToShares(assets), "withdraw rounds shares up");
        assertLe(vault.previewRedeem(shares), vault.convertToAssets(shares), "redeem rounds assets down");
        assertLe(vault.previewRedeem(vault.previewDeposit(assets)), assets, "no profit from a round trip");
        assertGe(vault.previewMint(vault.previewWithdraw(assets)), assets, "no profit the other way");
    }

    function test_holderCountAndHolders() public {
        assertEq(vault.holderCount(), 2, "count");
        address[] memory holders = vault.getHolders();
        assertEq(holders[0], prover1, "prover first");
        assertEq(holders[1], alice, "alice second");
        _requestUnstakeAll(alice, prover1);
        assertEq(vault.holderCount(), 1, "alice unstaked");
    }
}
