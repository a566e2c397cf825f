// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingFixture} from "./utils/StakingFixture.sol";

// Unit tests of StakingController's mechanics, one contract per area. The rules that make it
// behave as on Base (who may call what, which state, which error) are asserted one by one in
// contracts/test/fidelity/staking/.

/// @notice initializeProver and profiles.
contract StakingControllerProversTest is StakingFixture {
    function test_initializeProver_pullsExactlyMinSelfStake_restOfTheAllowanceUntouched() public {
        uint256 balanceBefore = brev.balanceOf(prover1);
        vm.prank(prover1);
        brev.approve(address(controller), 3 * MIN_SELF_STAKE);
        vm.prank(prover1);
        address vault = controller.initializeProver(1500);

        assertEq(balanceBefore - brev.balanceOf(prover1), MIN_SELF_STAKE, "pulls exactly minSelfStake");
        assertEq(brev.allowance(prover1, address(controller)), 2 * MIN_SELF_STAKE, "rest of the allowance");
        assertEq(brev.balanceOf(vault), MIN_SELF_STAKE, "the vault holds the self-stake");
        assertEq(brev.balanceOf(address(controller)), 0, "the controller keeps nothing");
        assertEq(ProverVault(vault).prover(), prover1, "vault.prover");
        assertEq(ProverVault(vault).controller(), address(controller), "vault.controller");
        assertEq(controller.getStakeInfo(prover1, prover1), MIN_SELF_STAKE, "booked");
        assertEq(controller.getProverSlashingScale(prover1), BPS, "unslashed");
        assertEq(controller.getProverTotalAssets(prover1), MIN_SELF_STAKE, "total assets");
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

    function test_initializeProver_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, MIN_SELF_STAKE
            )
        );
        vm.prank(prover1);
        controller.initializeProver(1000);
    }

    function test_setProverProfile_storesAndEmits() public {
        _initProver(prover1, 1000);
        _expectEmit(address(controller));
        emit IStakingController.ProverProfileUpdated(prover1, "Prover One", "https://example.org/p1.png");
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

    function test_setProverProfile_countsBytesNotCharacters() public {
        _initProver(prover1, 1000);
        // 43 three-byte characters = 129 bytes.
        bytes memory utf8 = new bytes(129);
        for (uint256 i = 0; i < 129; i += 3) {
            (utf8[i], utf8[i + 1], utf8[i + 2]) = (0xe2, 0x82, 0xac); // U+20AC
        }
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.setProverProfile(string(utf8), "");
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
        emit IStakingController.Staked(prover1, alice, expected, amount);
        vm.prank(alice);
        uint256 shares = controller.stake(prover1, amount);

        assertEq(shares, expected, "shares == previewDeposit");
        assertEq(shares, amount, "1:1 before any reward");
        assertEq(vault1.balanceOf(alice), shares, "alice holds the shares");
        assertEq(controller.getStakeInfo(prover1, alice), shares, "getStakeInfo");
        assertEq(aliceBefore - brev.balanceOf(alice), amount, "alice paid the amount");
        assertEq(brev.allowance(alice, address(controller)), 0, "allowance consumed");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + amount, "vault assets");
        assertEq(brev.balanceOf(address(controller)), 0, "nothing left in the controller");
    }

    function test_stake_afterRewardsMintsFewerSharesAtTheHigherPrice() public {
        _addRewards(market, prover1, 200 ether); // 180 to the vault
        uint256 amount = 100 ether;
        uint256 expected = vault1.previewDeposit(amount);
        uint256 shares = _stake(alice, prover1, amount);
        assertEq(shares, expected, "shares == previewDeposit");
        assertLt(shares, amount, "fewer shares than 1:1");
        assertLe(_value(prover1, alice), amount, "rounded in the vault's favour");
        assertApproxEq(_value(prover1, alice), amount, 2, "worth what was paid");
    }

    function test_stake_acceptsExactlyOneBrev_revertsBelow() public {
        assertEq(_stake(alice, prover1, ONE_BREV), ONE_BREV, "1 BREV");
        vm.prank(alice);
        brev.approve(address(controller), ONE_BREV);
        vm.expectRevert(IStakingController.ControllerInvalidStakeAmount.selector);
        vm.prank(alice);
        controller.stake(prover1, ONE_BREV - 1);
    }

    function test_stake_revertsForUninitializedProver() public {
        vm.prank(alice);
        brev.approve(address(controller), 10 ether);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(alice);
        controller.stake(prover2, 10 ether);
    }

    function test_stake_revertsIntoDeactivatedOrJailedProver() public {
        vm.prank(alice);
        brev.approve(address(controller), 10 ether);
        vm.prank(admin);
        controller.deactivateProver(prover1);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
        vm.prank(admin);
        controller.jailProver(prover1);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
    }

    function test_stake_proverTopsUpWhileDeactivatedOrJailed() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        assertEq(_stake(prover1, prover1, 10 ether), 10 ether, "shares");
        _assertState(prover1, DEACTIVATED, "state unchanged");
        vm.prank(admin);
        controller.jailProver(prover1);
        _stake(prover1, prover1, 10 ether);
        _assertState(prover1, JAILED, "state unchanged");
        assertEq(_value(prover1, prover1), MIN_SELF_STAKE + 20 ether, "self-stake");
    }

    function test_stake_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, 10 ether)
        );
        vm.prank(alice);
        controller.stake(prover1, 10 ether);
    }

    function test_stake_booksStakersOnceInFirstStakeOrder() public {
        _stake(alice, prover1, 10 ether);
        _stake(bob, prover1, 10 ether);
        _stake(alice, prover1, 10 ether);
        address[] memory stakers = controller.getProverStakers(prover1);
        assertEq(stakers.length, 3, "a top-up is not a new staker");
        assertEq(stakers[0], prover1, "prover first");
        assertEq(stakers[1], alice, "then alice");
        assertEq(stakers[2], bob, "then bob");
        assertEq(controller.getStakeInfo(prover1, alice), 20 ether, "alice's shares");
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

    function test_requestUnstake_burnsSharesAndHoldsTheBrevHere() public {
        uint256 shares = vault1.balanceOf(alice) / 2;
        uint256 supplyBefore = vault1.totalSupply();
        _approveShares(alice, prover1, shares);

        _expectEmit(address(vault1));
        emit IERC20.Transfer(alice, address(0), shares);
        _expectEmit(address(vault1));
        emit IERC4626.Withdraw(address(controller), address(controller), alice, 50 ether, shares);
        _expectEmit(address(controller));
        emit IStakingController.UnstakeRequested(prover1, alice, shares, 50 ether);
        vm.prank(alice);
        assertEq(controller.requestUnstake(prover1, shares), 50 ether, "amount");

        assertEq(vault1.totalSupply(), supplyBefore - shares, "shares burned");
        assertEq(vault1.totalAssets(), MIN_SELF_STAKE + 50 ether, "assets left the vault");
        assertEq(brev.balanceOf(address(controller)), 50 ether, "held by the controller");
        assertEq(vault1.allowance(alice, address(controller)), 0, "share allowance consumed");
    }

    function test_requestUnstake_burnedSharesStopEarning() public {
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 2);
        _addRewards(market, prover1, 1050 ether); // 945 to the 1050 left in the vault
        (uint256 total,) = controller.getUnstakingInfo(prover1, alice);
        assertEq(total, 50 ether, "the pending request does not earn");
        assertApproxEq(_value(prover1, alice), (50 ether * 1995) / 1050, 2, "the shares kept earn");
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

    function test_completeUnstake_paysExactlyAtTheDelay() public {
        uint256 requestTime = block.timestamp;
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 2);
        vm.warp(requestTime + UNSTAKE_DELAY - 1);
        vm.expectRevert(IStakingController.ControllerUnstakeNotReady.selector);
        vm.prank(alice);
        controller.completeUnstake(prover1);

        vm.warp(requestTime + UNSTAKE_DELAY);
        uint256 before = brev.balanceOf(alice);
        assertEq(_completeUnstake(alice, prover1), 50 ether, "paid");
        assertEq(brev.balanceOf(alice) - before, 50 ether, "received");
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 0, "no request left");
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "pending emptied");
        assertEq(brev.balanceOf(address(controller)), 0, "controller emptied");
    }

    function test_completeUnstake_freesRequestSlots() public {
        uint256 one = vault1.convertToShares(ONE_BREV);
        for (uint256 i = 0; i < 10; ++i) {
            _requestUnstake(alice, prover1, one);
            vm.warp(block.timestamp + 1 hours);
        }
        vm.warp(START_TIME + UNSTAKE_DELAY + 1 hours); // the first two have matured
        assertEq(_completeUnstake(alice, prover1), 2 ether, "two matured");
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 8, "eight pending");
        _requestUnstake(alice, prover1, one);
        assertEq(controller.getPendingUnstakes(prover1, alice).length, 9, "room again");
    }

    function test_completeUnstake_afterASlashPaysTheSlashedValue() public {
        _requestUnstake(alice, prover1, vault1.balanceOf(alice) / 2); // 50
        _slash(prover1, 1000);
        _skipDelay();
        assertEq(_completeUnstake(alice, prover1), 45 ether, "paid 90 %");
        assertEq(controller.getProverTotalUnstaking(prover1), 0, "pending emptied");
    }
}

/// @notice addRewards and commission arithmetic.
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
        (uint256 commission, uint256 toStakers) = _addRewards(market, prover1, 100 ether);

        assertEq(commission, 10 ether, "commission");
        assertEq(toStakers, 90 ether, "toStakers");
        assertEq(marketBefore - brev.balanceOf(market), 100 ether, "pulled from the payer");
        assertEq(_pendingCommission(prover1), 10 ether, "pendingCommission");
        assertEq(brev.balanceOf(address(controller)), 10 ether, "commission held by the controller");
        assertEq(vault1.totalAssets(), 2090 ether, "vault assets rise");
        assertEq(vault1.totalSupply(), supply, "no shares minted");
        assertApproxEq(_value(prover1, alice), 1045 ether, 1, "alice's half of the 90");
    }

    function test_addRewards_zeroRateAllToStakers_fullRateAllCommission() public {
        _setCommissionRate(prover1, address(0), 0);
        (uint256 c, uint256 s) = _addRewards(market, prover1, 100 ether);
        assertEq(c, 0, "no commission");
        assertEq(s, 100 ether, "all to stakers");
        _setCommissionRate(prover1, address(0), 10_000);
        (c, s) = _addRewards(market, prover1, 100 ether);
        assertEq(c, 100 ether, "all commission");
        assertEq(s, 0, "nothing to stakers");
        assertEq(vault1.totalAssets(), 2100 ether, "vault got the first reward only");
    }

    function test_addRewards_commissionRoundsDown() public {
        _setCommissionRate(prover1, address(0), 3333);
        (uint256 c, uint256 s) = _addRewards(market, prover1, 7);
        assertEq(c, 2, "7 x 3333 / 10000 = 2.33 -> 2");
        assertEq(s, 5, "the rest to stakers");
    }

    function test_addRewards_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, 1 ether)
        );
        vm.prank(market);
        controller.addRewards(prover1, 1 ether);
    }

    function test_claimCommission_paysAndResets() public {
        _addRewards(market, prover1, 100 ether);
        uint256 before = brev.balanceOf(prover1);
        assertEq(_claimCommission(prover1), 10 ether, "claimed");
        assertEq(brev.balanceOf(prover1) - before, 10 ether, "received");
        assertEq(_pendingCommission(prover1), 0, "reset");
        assertEq(brev.balanceOf(address(controller)), 0, "controller emptied");
        assertEq(_claimCommission(prover1), 0, "nothing more");
    }
}

/// @notice The controller's BREV always equals its books.
contract StakingControllerBooksTest is StakingFixture {
    function test_tokenBalanceEqualsPendingCommissionAndTreasury() public {
        _initProver(prover1, 1000);
        _initProver(prover2, 2000);
        _stake(alice, prover1, 100 ether);
        _stake(bob, prover2, 300 ether);
        _addRewards(market, prover1, 50 ether);
        _addRewardsBatch(epochRewards, _addrs(prover1, prover2), _amts(10 ether, 20 ether));
        _requestUnstake(alice, prover1, _shares(prover1, alice) / 2);
        _slash(prover2, 700);
        _slashByAmount(prover1, 30 ether);
        assertEq(brev.balanceOf(address(controller)), _controllerBooks(), "balance == books");
        _skipDelay();
        _completeUnstake(alice, prover1);
        _claimCommission(prover2);
        uint256 third = controller.treasuryPool() / 3;
        vm.prank(admin);
        controller.withdrawTreasury(admin, third);
        assertEq(brev.balanceOf(address(controller)), _controllerBooks(), "balance == books");
    }
}
