// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {BrevToken} from "../../../src/BrevToken.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Test} from "../../utils/Test.sol";

/// @notice The same vault without the decimals offset: what the defence is measured against.
contract NoOffsetVault is ERC4626 {
    constructor(IERC20 asset_) ERC4626(asset_) ERC20("no offset", "NO") {}
}

/// @title First-depositor (share inflation) attack against the prover vaults.
/// @notice The attacker holds a tiny number of shares, donates BREV straight to the vault to
///         inflate the share price, and hopes the victim's deposit rounds down to (almost)
///         nothing, to the attacker's profit. With ProverVault's decimals offset of 3 the
///         victim loses at most the value of one share (rounding) and the attacker loses far
///         more than that. Through the controller the first deposit is the prover's
///         minSelfStake and every stake is at least 1 BREV, so the attack has nothing to work
///         with; BREV sent to a vault's CREATE2 address before it exists, or to a vault
///         everyone has left, is tested too (both were bugs: see the controller's
///         _sweepUnownedAssets).
contract InflationAttackTest is Test {
    uint256 private constant MIN_SELF_STAKE = 1000 ether;

    BrevToken private brev;
    address private attacker = address(0xA77AC);
    address private victim = address(0x71C7);
    address private prover = address(0x9000);
    address private admin = address(0xAD);

    /// @dev For the raw vault this test contract is the controller (IVaultController).
    function minSelfStake() external pure returns (uint256) {
        return 0;
    }

    function onHolderChanged(address, address, bool) external {}

    function setUp() public {
        brev = new BrevToken(address(this));
    }

    // ------------------------------------------------------------ the raw vault

    /// @notice The textbook attack: 1 wei of shares, a donation as large as the victim's
    ///         deposit. Without the offset the victim would get 0 shares and lose everything.
    function test_rawVault_decimalsOffsetDefeatsDonationAttack() public {
        ProverVault vault = new ProverVault(brev, prover, address(this));
        uint256 victimDeposit = 1000 ether;

        uint256 attackerShares = _deposit(vault, attacker, 1);
        assertEq(attackerShares, 1000, "1 wei buys 10**3 shares");
        uint256 donation = victimDeposit;
        brev.mint(attacker, donation);
        vm.prank(attacker);
        assertTrue(brev.transfer(address(vault), donation), "transfer");

        uint256 sharePrice = _onePriceCeil(vault);
        uint256 victimShares = _deposit(vault, victim, victimDeposit);
        assertGt(victimShares, 0, "victim gets shares");

        uint256 victimOut = _redeemAll(vault, victim);
        uint256 attackerOut = _redeemAll(vault, attacker);
        uint256 victimLoss = victimDeposit - victimOut;
        uint256 attackerCost = 1 + donation;
        assertLe(victimLoss, sharePrice, "victim loses at most one share's worth (rounding)");
        assertLe(victimLoss, victimDeposit / 1000, "victim loses < 0.1 %");
        assertLt(attackerOut, attackerCost, "attacker loses money");
        assertGe(attackerCost - attackerOut, 1000 * victimLoss, "attacker loses >= 1000x what the victim loses");
    }

    /// @notice Control: the same attack on a vault without the offset (OpenZeppelin's bare
    ///         virtual share of 1) costs the victim a third of its deposit.
    function test_rawVault_withoutOffsetTheVictimLosesAThird() public {
        NoOffsetVault vault = new NoOffsetVault(brev);
        brev.mint(attacker, 1 + 1000 ether);
        vm.startPrank(attacker);
        brev.approve(address(vault), 1);
        vault.deposit(1, attacker);
        assertTrue(brev.transfer(address(vault), 1000 ether), "transfer");
        vm.stopPrank();

        brev.mint(victim, 1000 ether);
        vm.startPrank(victim);
        brev.approve(address(vault), 1000 ether);
        uint256 victimShares = vault.deposit(1000 ether, victim);
        vm.stopPrank();
        assertEq(victimShares, 1, "1000 BREV buy a single share");
        assertLe(vault.previewRedeem(victimShares), 667 ether, "victim's 1000 BREV are worth 2/3 of that");
    }

    /// @notice Whatever the seed deposit, donation and victim deposit: the victim loses at most
    ///         one share's worth, the attacker never gains more than the victim lost, and once
    ///         the donation is large against the seed the attacker is out of pocket.
    function testFuzz_rawVault_attackerNeverProfits(uint256 seed, uint256 donation, uint256 victimDeposit) public {
        seed = bound(seed, 1, 1e21);
        donation = bound(donation, 0, 1e27);
        victimDeposit = bound(victimDeposit, 1 ether, 1e24);
        ProverVault vault = new ProverVault(brev, prover, address(this));

        _deposit(vault, attacker, seed);
        if (donation > 0) {
            brev.mint(attacker, donation);
            vm.prank(attacker);
            assertTrue(brev.transfer(address(vault), donation), "transfer");
        }
        uint256 sharePrice = _onePriceCeil(vault);
        _deposit(vault, victim, victimDeposit);

        uint256 victimOut = vault.previewRedeem(vault.balanceOf(victim));
        uint256 attackerOut = vault.previewRedeem(vault.balanceOf(attacker));
        uint256 victimLoss = victimDeposit > victimOut ? victimDeposit - victimOut : 0;
        uint256 attackerCost = seed + donation;
        assertLe(victimOut, victimDeposit, "victim cannot gain from a deposit");
        assertLe(victimLoss, sharePrice, "victim loses at most one share's worth");
        assertLe(attackerOut, attackerCost + victimLoss, "attacker gains at most what the victim lost");
        // The virtual shares take about donation / (seed + 1) of the donation from the attacker.
        if (donation >= 10 * (seed + 1)) assertLt(attackerOut, attackerCost, "a donating attacker loses money");
    }

    // ------------------------------------------------------------ through the controller

    /// @notice In this system the first deposit is the prover's minSelfStake (here the smallest
    ///         value the admin may set, 1 BREV) and stakes are at least 1 BREV. A prover that
    ///         donates 1M BREV into its own vault cannot make a later 1000 BREV stake round away.
    function test_controller_proverDonationCannotStealFromStakers() public {
        StakingController controller = _controller(1 ether);
        _initialize(controller, attacker);
        ProverVault vault = ProverVault(controller.getProverVault(attacker));

        uint256 donation = 1_000_000 ether;
        brev.mint(attacker, donation);
        vm.prank(attacker);
        assertTrue(brev.transfer(address(vault), donation), "transfer");

        uint256 sharePrice = _onePriceCeil(vault);
        uint256 victimDeposit = 1000 ether;
        uint256 victimShares = _stake(controller, victim, attacker, victimDeposit);
        assertGt(victimShares, 0, "victim gets shares");
        uint256 victimValue = vault.previewRedeem(victimShares);
        uint256 victimLoss = victimDeposit - victimValue;
        assertLe(victimLoss, sharePrice, "victim loses at most one share's worth");
        assertLe(victimLoss, 10_000, "that is a few thousand wei");

        uint256 attackerValue = vault.previewRedeem(vault.balanceOf(attacker));
        assertLt(attackerValue, 1 ether + donation, "attacker is out of pocket");
    }

    /// @notice With the production parameters (1000 BREV minimum self-stake) a 1 BREV stake
    ///         after a 1M BREV donation loses at most a couple of wei.
    function test_controller_productionParameters_victimLosesOnlyDust() public {
        StakingController controller = _controller(MIN_SELF_STAKE);
        _initialize(controller, attacker);
        ProverVault vault = ProverVault(controller.getProverVault(attacker));
        brev.mint(attacker, 1_000_000 ether);
        vm.prank(attacker);
        assertTrue(brev.transfer(address(vault), 1_000_000 ether), "transfer");

        uint256 shares = _stake(controller, victim, attacker, 1 ether);
        assertGe(vault.previewRedeem(shares), 1 ether - 2, "victim keeps its 1 BREV up to 2 wei");
    }

    /// @notice The vault's address is public before the prover registers (CREATE2). Dust sent
    ///         there beforehand must not leave a freshly Active prover below minSelfStake.
    function test_controller_dustBeforeInitializeDoesNotShortTheProver() public {
        StakingController controller = _controller(MIN_SELF_STAKE);
        address predicted = controller.vaultFactory().predictVaultAddress(prover);
        brev.mint(attacker, 2);
        vm.prank(attacker);
        assertTrue(brev.transfer(predicted, 2), "transfer");

        _initialize(controller, prover);
        ProverVault vault = ProverVault(controller.getProverVault(prover));
        assertEq(address(vault), predicted, "vault at the predicted address");
        assertEq(controller.getProverState(prover), 1, "Active");
        assertGe(
            vault.previewRedeem(vault.balanceOf(prover)), MIN_SELF_STAKE, "Active prover's self-stake >= minSelfStake"
        );
    }

    /// @notice A large donation to the predicted address (1001x minSelfStake) must neither wipe
    ///         out the prover's shares nor let a later stake mint zero shares.
    function test_controller_largeDonationBeforeInitializeCannotZeroOutStakes() public {
        StakingController controller = _controller(MIN_SELF_STAKE);
        address predicted = controller.vaultFactory().predictVaultAddress(prover);
        uint256 donation = 1001 * MIN_SELF_STAKE;
        brev.mint(attacker, donation);
        vm.prank(attacker);
        assertTrue(brev.transfer(predicted, donation), "transfer");

        _initialize(controller, prover);
        ProverVault vault = ProverVault(predicted);
        assertGt(vault.balanceOf(prover), 0, "prover got shares for its minSelfStake");
        assertGe(vault.previewRedeem(vault.balanceOf(prover)), MIN_SELF_STAKE, "self-stake >= minSelfStake");

        uint256 shares = _stake(controller, victim, prover, 1000 ether);
        assertGt(shares, 0, "victim got shares");
        assertGe(vault.previewRedeem(shares), 1000 ether - 2, "victim keeps its stake up to dust");
        (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(prover);
        assertEq(pendingCommission, donation, "the stray donation is the prover's, as commission");
        assertEq(brev.balanceOf(address(controller)), donation, "held by the controller");
    }

    /// @notice After everyone has left a vault (here the prover's full exit), BREV donated to
    ///         it has no shares behind it. The prover's re-stake must not be priced by it, and
    ///         once the prover is back a staker must not lose half a stake to rounding.
    function test_controller_donationToAnEmptiedVaultCannotSkewLaterStakes() public {
        StakingController controller = _controller(MIN_SELF_STAKE);
        _initialize(controller, prover);
        ProverVault vault = ProverVault(controller.getProverVault(prover));
        vm.startPrank(prover);
        vault.approve(address(controller), vault.balanceOf(prover));
        controller.requestUnstake(prover, vault.balanceOf(prover));
        vm.stopPrank();
        assertEq(vault.totalSupply(), 0, "vault empty of shares");

        uint256 donation = 500 * MIN_SELF_STAKE;
        brev.mint(attacker, donation);
        vm.prank(attacker);
        assertTrue(brev.transfer(address(vault), donation), "transfer");

        uint256 topUp = MIN_SELF_STAKE + 1 ether;
        uint256 proverShares = _stake(controller, prover, prover, topUp);
        assertGe(vault.previewRedeem(proverShares), topUp - 1, "prover's re-stake keeps its value");
        assertGe(proverShares, topUp, "shares priced as in a fresh vault, not by the donation");
        vm.prank(admin);
        controller.reactivateProver(prover);

        uint256 victimShares = _stake(controller, victim, prover, 999 ether);
        assertGe(vault.previewRedeem(victimShares), 999 ether - 2, "victim keeps its stake up to dust");
        (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(prover);
        assertEq(pendingCommission, donation, "the unowned BREV went to the prover as commission");
    }

    // ------------------------------------------------------------ helpers

    function _controller(uint256 minSelfStake_) private returns (StakingController controller) {
        controller = new StakingController(brev, admin, minSelfStake_, 7 days, 5000);
    }

    function _initialize(StakingController controller, address who) private {
        uint256 amount = controller.minSelfStake();
        brev.mint(who, amount);
        vm.startPrank(who);
        brev.approve(address(controller), amount);
        controller.initializeProver(1000);
        vm.stopPrank();
    }

    function _stake(StakingController controller, address who, address to, uint256 amount)
        private
        returns (uint256 shares)
    {
        brev.mint(who, amount);
        vm.startPrank(who);
        brev.approve(address(controller), amount);
        shares = controller.stake(to, amount);
        vm.stopPrank();
    }

    /// @dev Deposits into the raw vault as its controller, for `who`.
    function _deposit(ProverVault vault, address who, uint256 assets) private returns (uint256) {
        brev.mint(address(this), assets);
        brev.approve(address(vault), assets);
        return vault.deposit(assets, who);
    }

    function _redeemAll(ProverVault vault, address who) private returns (uint256 assets) {
        uint256 shares = vault.balanceOf(who);
        vm.prank(who);
        vault.approve(address(this), shares);
        assets = vault.redeem(shares, who, who);
        assertEq(brev.balanceOf(who), assets, "redeemed to the owner");
    }

    /// @dev What one share unit costs right now, rounded up: the most a deposit can lose.
    function _onePriceCeil(ERC4626 vault) private view returns (uint256) {
        return vault.previewMint(1);
    }
}
