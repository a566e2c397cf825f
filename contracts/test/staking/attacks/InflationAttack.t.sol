// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingFixture} from "../utils/StakingFixture.sol";

/// @title Share-inflation (first-depositor / donation) attacks against the prover vaults as
///        designed on Base: 18-decimal shares, no decimals offset (OpenZeppelin's single
///        virtual share and wei), and no sweep of BREV sent to a vault outside the controller.
/// @notice The design's defences: (1) a vault's first deposit is the prover's minSelfStake
///         (≥ 1 BREV; 1000 on Base), so its supply starts at ≥ 1e18 shares and a donation can
///         only move one share's price by wei; (2) stakes, unstaked chunks and remainders are
///         ≥ 1 BREV, so the supply never shrinks to dust short of everyone leaving; (3) rewards
///         are refused (ControllerNoShares) for a vault without shares, and only Active provers
///         take stakes from others, while a full exit deactivates the prover.
///
///         Residual risk, honestly (tests named residualRisk_* below): the vault's address is
///         predictable (CREATE2 from asset and prover) and nothing clears BREV sent there
///         before initializeProver. A donation D there prices the self-stake at
///         minSelfStake × 1 / (D + 1) shares: with D ≥ minSelfStake the prover becomes Active
///         with 0 shares, every stake up to the vault's assets mints 0 shares and is lost, and
///         rewards revert; a smaller D leaves a handful of shares, and every later stake loses
///         up to one (large) share's worth to the holders — the prover first of all, so a
///         prover can farm its own stakers this way. The same holds for BREV left in a vault
///         everyone has exited, but there only the prover (the only one allowed to stake into
///         a non-Active vault) is exposed. An off-chain guard is what remains: check the
///         predicted vault is empty before registering, and refuse a stake whose previewed
///         shares are worth visibly less than the amount.
contract InflationAttackTest is StakingFixture {
    address private attacker = address(0xA77AC);
    address private victim = address(0x71C7);

    // ------------------------------------------------------------ why the seed matters

    /// @notice The textbook attack on a bare vault (this test as its controller): 1 wei of
    ///         shares, then a donation as large as the victim's deposit. The victim loses a third.
    ///         The controller never lets a vault start this way: its first deposit is minSelfStake.
    function test_bareVault_withADustSeed_theVictimLosesAThird() public {
        ProverVault vault = new ProverVault(IERC20(address(brev)), "bare", "BARE", prover1, address(this));
        _depositAsController(vault, attacker, 1);
        _send(attacker, address(vault), 1000 ether);
        uint256 victimShares = _depositAsController(vault, victim, 1000 ether);
        assertEq(victimShares, 1, "1000 BREV buy a single share");
        assertLe(vault.convertToAssets(victimShares), 667 ether, "worth two thirds of what was paid");
    }

    // ------------------------------------------------------------ the defences

    /// @notice After a normal registration (1000e18 shares) even a 1M BREV donation costs a
    ///         1000 BREV stake at most one share's worth: about a thousand wei.
    function test_minSelfStakeSeed_makesADonationAttackCostTheVictimOnlyWei() public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        _send(attacker, address(vault), 1_000_000 ether);
        uint256 oneShare = vault.previewMint(1);
        assertLe(oneShare, 1002, "one share is worth ~1001 wei");
        uint256 shares = _stake(victim, prover1, 1000 ether);
        assertGe(vault.convertToAssets(shares) + oneShare, 1000 ether, "victim loses at most one share");
    }

    /// @notice Nobody can shrink a vault's supply to dust without leaving altogether.
    function test_oneBrevMinimums_keepTheSupplyAwayFromDust() public {
        ProverVault vault = ProverVault(_initProver(prover1, 0));
        _stake(alice, prover1, 10 ether);
        uint256 keepOneWei = vault.balanceOf(alice) - 1;
        _approveShares(alice, prover1, keepOneWei);
        vm.expectRevert(IStakingController.ControllerInvalidUnstakeAmount.selector);
        vm.prank(alice);
        controller.requestUnstake(prover1, keepOneWei);
        uint256 keepHalf = vault.balanceOf(prover1) - 1 ether;
        _approveShares(prover1, prover1, keepHalf);
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        controller.requestUnstake(prover1, keepHalf);
    }

    /// @notice Once everyone left, the prover is not Active: nobody else can stake into the
    ///         share-less vault and no reward can be paid into it.
    function test_emptiedVault_takesNoStakesFromOthersAndNoRewards() public {
        ProverVault vault = ProverVault(_initProver(prover1, 0));
        _requestUnstakeAll(prover1, prover1);
        assertEq(vault.totalSupply(), 0, "no shares");
        vm.prank(victim);
        brev.approve(address(controller), 10 ether);
        _fund(victim, 10 ether);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(victim);
        controller.stake(prover1, 10 ether);
        vm.prank(market);
        brev.approve(address(controller), 10 ether);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(market);
        controller.addRewards(prover1, 10 ether);
    }

    /// @notice After a normal registration, for any donation and any stake ≥ 1 BREV: the victim
    ///         loses at most one share's worth and the donor gets nothing back.
    function testFuzz_afterANormalRegistration_donationsNeverPay(uint256 donation, uint256 stakeAmount) public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        donation = bound(donation, 0, 1e27);
        stakeAmount = bound(stakeAmount, ONE_BREV, 1e27);
        if (donation > 0) _send(attacker, address(vault), donation);
        uint256 oneShare = vault.previewMint(1);
        uint256 shares = _stake(victim, prover1, stakeAmount);
        uint256 value = vault.convertToAssets(shares);
        assertLe(value, stakeAmount, "no gain from a deposit");
        assertLe(stakeAmount - value, oneShare, "loss at most one share's worth");
        assertLe(oneShare, donation / MIN_SELF_STAKE + 2, "a share is worth ~donation / 1e21 wei");
        assertEq(vault.balanceOf(attacker), 0, "the donor holds nothing");
    }

    // ------------------------------------------------------------ residual risk

    /// @notice BREV ≥ minSelfStake sent to the predicted vault before registration: the prover
    ///         is Active with 0 shares, stakes mint 0 shares and are lost, rewards revert, and
    ///         the prover can never retire (it sits in the staker list with 0 shares).
    function test_residualRisk_donationBeforeRegistration_leavesAnActiveProverWithoutShares() public {
        address predicted = factory.predictVaultAddress(address(brev), prover1, address(controller));
        _send(attacker, predicted, MIN_SELF_STAKE);
        ProverVault vault = ProverVault(_initProver(prover1, 0));

        _assertState(prover1, ACTIVE, "registered and Active");
        assertEq(vault.balanceOf(prover1), 0, "its 1000 BREV bought 0 shares");
        assertEq(_numStakers(prover1), 1, "yet it is listed as a staker");

        assertEq(_stake(victim, prover1, 1000 ether), 0, "a 1000 BREV stake mints nothing");
        assertEq(vault.totalAssets(), 3000 ether, "the BREV is stuck behind the virtual share");

        vm.prank(market);
        brev.approve(address(controller), 1 ether);
        vm.expectRevert(IStakingController.ControllerNoShares.selector);
        vm.prank(market);
        controller.addRewards(prover1, 1 ether);

        vm.expectRevert(IStakingController.ControllerCannotRetireProverWithStakers.selector);
        vm.prank(prover1);
        controller.retireProver(prover1);
    }

    /// @notice A smaller donation before registration leaves the prover a few large shares;
    ///         each later stake then loses up to one of them to the holders — the prover.
    function test_residualRisk_smallDonationBeforeRegistration_stakersLoseUpToOneShareEach() public {
        address predicted = factory.predictVaultAddress(address(brev), prover1, address(controller));
        _send(prover1, predicted, 50 ether); // the prover itself, before registering
        ProverVault vault = ProverVault(_initProver(prover1, 0));
        assertEq(vault.balanceOf(prover1), 19, "1000 BREV bought 19 shares");

        uint256 shares = _stake(victim, prover1, 100 ether);
        assertEq(shares, 1, "100 BREV buy one share");
        uint256 lost = 100 ether - vault.convertToAssets(shares);
        assertGt(lost, 45 ether, "the victim lost over 45 BREV");
        _stake(bob, prover1, 100 ether);
        assertGt(_value(prover1, prover1), 1050 ether, "after two stakers the prover is ahead of its 1050");
    }

    /// @notice BREV left in a vault everyone exited prices the prover's return; only the
    ///         prover is exposed (nobody else may stake while it is not Active).
    function test_residualRisk_strayBrevInAnEmptiedVault_pricesTheProversReturn() public {
        ProverVault vault = ProverVault(_initProver(prover1, 0));
        _requestUnstakeAll(prover1, prover1);
        _send(attacker, address(vault), 2 * MIN_SELF_STAKE);
        assertEq(_stake(prover1, prover1, MIN_SELF_STAKE), 0, "the prover's re-stake mints nothing");
        vm.expectRevert(IStakingController.ControllerMinSelfStakeNotMet.selector);
        vm.prank(prover1);
        controller.reactivateProver(prover1);
    }

    // ------------------------------------------------------------ the bare vault's controller

    function maxDeposit(address, address) external pure returns (uint256) {
        return type(uint256).max;
    }

    function maxMint(address, address) external pure returns (uint256) {
        return type(uint256).max;
    }

    function maxRedeem(address, address) external pure returns (uint256) {
        return type(uint256).max;
    }

    function maxWithdraw(address, address) external pure returns (uint256) {
        return type(uint256).max;
    }

    function beforeShareTransfer(address, address, uint256) external pure {}

    function onShareTransfer(address, address, address, uint256) external pure {}

    function _depositAsController(ProverVault vault, address who, uint256 assets) private returns (uint256) {
        brev.mint(address(this), assets);
        brev.approve(address(vault), assets);
        return vault.deposit(assets, who);
    }
}
