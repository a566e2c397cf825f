// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";
import {IProverVault} from "../../src/staking/interfaces/IProverVault.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

/// @notice Unit tests of ProverVault: controller-only entry points, the controller's hooks on
///         mint, burn and transfer, donations and rounding.
contract ProverVaultUnitTest is StakingFixture {
    ProverVault internal vault;

    function setUp() public override {
        super.setUp();
        vault = ProverVault(_initProver(prover1, 1000));
        _stake(alice, prover1, 100 ether);
    }

    // ---------------------------------------------------------------- controller-only

    function test_depositAndMint_onlyController() public {
        vm.prank(alice);
        brev.approve(address(vault), 10 ether);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.deposit(10 ether, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.mint(10 ether, alice);
    }

    function test_withdrawAndRedeem_onlyController_evenForTheProver() public {
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vm.prank(alice);
        vault.withdraw(1 ether, alice, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vm.prank(prover1);
        vault.redeem(1 ether, prover1, prover1);
    }

    function test_controllerSlash_onlyController() public {
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vm.prank(admin);
        vault.controllerSlash(1 ether, admin);
    }

    function test_controllerSlash_movesAssetsNotShares() public {
        uint256 supply = vault.totalSupply();
        _expectEmit(address(vault));
        emit IProverVault.ControllerSlash(11 ether, carol);
        vm.prank(address(controller));
        vault.controllerSlash(11 ether, carol);
        assertEq(brev.balanceOf(carol), INITIAL_BALANCE + 11 ether, "sent");
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 89 ether, "assets fall");
        assertEq(vault.totalSupply(), supply, "shares untouched");
    }

    /// @notice A mint straight from the controller (unused by it) is not booked as a stake:
    ///         the controller's hook ignores mints, so its books do not see carol.
    function test_mint_byTheController_isNotBookedByTheHook() public {
        _fund(address(controller), 10 ether);
        vm.startPrank(address(controller));
        brev.approve(address(vault), 5 ether);
        assertEq(vault.mint(5 ether, carol), 5 ether, "1:1");
        vm.stopPrank();
        assertEq(vault.balanceOf(carol), 5 ether, "carol's shares");
        assertEq(controller.getStakeInfo(prover1, carol), 0, "not booked");
        // Moving shares the books never saw fails the controller's bookkeeping.
        vm.expectRevert(IStakingController.ControllerShareAccountingMismatch.selector);
        vm.prank(carol);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(bob, 1 ether);
    }

    function test_withdraw_byTheController_needsTheOwnersAllowance() public {
        uint256 shares = vault.previewWithdraw(10 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, shares)
        );
        vm.prank(address(controller));
        vault.withdraw(10 ether, alice, alice);
    }

    function test_redeem_isCappedByTheControllersMaxRedeem() public {
        uint256 balance = vault.balanceOf(alice);
        _approveShares(alice, prover1, type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSignature("ERC4626ExceededMaxRedeem(address,uint256,uint256)", alice, balance + 1, balance)
        );
        vm.prank(address(controller));
        vault.redeem(balance + 1, address(controller), alice);
    }

    // ---------------------------------------------------------------- transfers

    function test_transfer_toZeroReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault.transfer(address(0), 1);
    }

    function test_transfer_movesValue() public {
        uint256 balance = vault.balanceOf(alice);
        vm.prank(alice);
        assertTrue(vault.transfer(bob, balance / 4), "quarter");
        assertEq(_value(prover1, bob), 25 ether, "bob's value");
        assertEq(controller.getStakeInfo(prover1, bob), balance / 4, "booked");
    }

    function test_transfer_toSelfChangesNothing() public {
        uint256 balance = vault.balanceOf(alice);
        vm.prank(alice);
        assertTrue(vault.transfer(alice, balance), "self transfer");
        assertEq(vault.balanceOf(alice), balance, "same balance");
        assertEq(controller.getStakeInfo(prover1, alice), balance, "same books");
        assertEq(_numStakers(prover1), 2, "same count");
    }

    function test_transfer_ofARetiredProversVault_reverts() public {
        _initProver(prover2, 0);
        ProverVault vault2 = _vault(prover2);
        // Shares minted outside the books survive retirement; moving them then fails.
        _fund(address(controller), 1 ether);
        vm.startPrank(address(controller));
        brev.approve(address(vault2), 1 ether);
        vault2.mint(1 ether, carol);
        vm.stopPrank();
        _emptyProver(prover2);
        vm.prank(prover2);
        controller.retireProver(prover2);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(carol);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        vault2.transfer(bob, 1);
    }

    // ---------------------------------------------------------------- donations and rounding

    function test_donationRaisesTotalAssetsWithoutShares() public {
        uint256 supply = vault.totalSupply();
        _send(bob, address(vault), 110 ether);
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 210 ether, "assets");
        assertEq(vault.totalSupply(), supply, "supply");
        assertApproxEq(vault.convertToAssets(vault.balanceOf(alice)), 110 ether, 1, "alice's eleventh of 1210");
    }

    function test_roundingFavoursTheVault() public {
        _addRewards(market, prover1, 333.333333333333333333 ether); // an awkward price
        uint256 assets = 12.345678901234567891 ether;
        uint256 shares = 9.87654321 ether;
        assertLe(vault.previewDeposit(assets), vault.convertToShares(assets), "deposit rounds shares down");
        assertGe(vault.previewMint(shares), vault.convertToAssets(shares), "mint rounds assets up");
        assertGe(vault.previewWithdraw(assets), vault.convertToShares(assets), "withdraw rounds shares up");
        assertLe(vault.previewRedeem(shares), vault.convertToAssets(shares), "redeem rounds assets down");
        assertLe(vault.previewRedeem(vault.previewDeposit(assets)), assets, "no profit from a round trip");
        assertGe(vault.previewMint(vault.previewWithdraw(assets)), assets, "no profit the other way");
    }
}
