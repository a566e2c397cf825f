// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {BrevToken} from "../../../src/BrevToken.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {Test} from "../../utils/Test.sol";

/// @title Shared fixture for the staking unit, fuzz and invariant tests (issue #4).
/// @notice Deploys BREV (admin and minter: this test contract), a StakingController with the
///         devnet parameters (1000 BREV minimum self-stake, 7-day unstake delay, 50 % max slash)
///         whose DEFAULT_ADMIN_ROLE is held by `admin`, and a StakingViewer. `slasher` holds
///         SLASHER_ROLE, `market` and `epochRewards` hold REWARD_SOURCE_ROLE, slashed BREV goes to
///         `treasury`. Provers and stakers are funded with BREV but approve nothing: the helpers
///         approve exactly what each call pulls, so allowances never leak between steps.
/// @dev Names here are stable (other suites import this file): add, do not rename.
abstract contract StakingFixture is Test {
    // ------------------------------------------------------------------ parameters

    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant UNSTAKE_DELAY = 7 days;
    uint256 internal constant MAX_SLASH_BPS = 5000;
    uint256 internal constant ONE_BREV = 1e18;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant SCALE_ONE = 1e18;
    /// @dev BREV each actor holds after setUp.
    uint256 internal constant INITIAL_BALANCE = 1_000_000 ether;
    uint256 internal constant START_TIME = 1_700_000_000;

    uint8 internal constant STATE_NULL = 0;
    uint8 internal constant STATE_ACTIVE = 1;
    uint8 internal constant STATE_DEACTIVATED = 2;
    uint8 internal constant STATE_JAILED = 3;

    /// @dev StakingController.getProverInfo as a struct.
    struct ProverInfo {
        uint8 state;
        address vault;
        uint64 defaultCommissionRate;
        uint256 pendingCommission;
        uint256 numStakers;
        uint64 joinedAt;
        string name;
        string iconUrl;
    }

    // ------------------------------------------------------------------ contracts

    BrevToken internal brev;
    StakingController internal controller;
    VaultFactory internal factory;
    StakingViewer internal viewer;

    // ------------------------------------------------------------------ actors

    address internal admin = address(0xAD00);
    address internal slasher = address(0x51A5);
    address internal treasury = address(0x7EA5);
    /// @dev Reward sources (REWARD_SOURCE_ROLE): the market (proof fees) and EpochRewards.
    address internal market = address(0x3A4E);
    address internal epochRewards = address(0xE90C);
    address internal prover1 = address(0x9001);
    address internal prover2 = address(0x9002);
    address internal prover3 = address(0x9003);
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);
    address internal carol = address(0xCA201);
    /// @dev Holds nothing and no role.
    address internal stranger = address(0x5757);

    function setUp() public virtual {
        vm.warp(START_TIME);
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, admin, MIN_SELF_STAKE, UNSTAKE_DELAY, MAX_SLASH_BPS);
        factory = controller.vaultFactory();
        viewer = new StakingViewer(controller);

        vm.startPrank(admin);
        controller.grantRole(controller.SLASHER_ROLE(), slasher);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), market);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), epochRewards);
        controller.setSlashTreasury(treasury);
        vm.stopPrank();

        vm.label(address(brev), "BREV");
        vm.label(address(controller), "StakingController");
        vm.label(address(factory), "VaultFactory");
        vm.label(address(viewer), "StakingViewer");
        vm.label(admin, "admin");
        vm.label(slasher, "slasher");
        vm.label(treasury, "treasury");
        vm.label(market, "market");
        vm.label(epochRewards, "epochRewards");
        vm.label(prover1, "prover1");
        vm.label(prover2, "prover2");
        vm.label(prover3, "prover3");
        vm.label(alice, "alice");
        vm.label(bob, "bob");
        vm.label(carol, "carol");
        vm.label(stranger, "stranger");

        address[8] memory funded = [prover1, prover2, prover3, alice, bob, carol, market, epochRewards];
        for (uint256 i = 0; i < funded.length; ++i) _fund(funded[i], INITIAL_BALANCE);
    }

    // ------------------------------------------------------------------ BREV

    /// @dev Mints `amount` BREV to `who` (no approval).
    function _fund(address who, uint256 amount) internal {
        brev.mint(who, amount);
    }

    /// @dev Mints whatever `who` lacks to hold at least `amount`.
    function _ensureBalance(address who, uint256 amount) internal {
        uint256 balance = brev.balanceOf(who);
        if (balance < amount) brev.mint(who, amount - balance);
    }

    // ------------------------------------------------------------------ actions

    /// @dev Approves exactly minSelfStake and initializes `prover` with `rate` (bps).
    function _initProver(address prover, uint64 rate) internal returns (address vault) {
        uint256 amount = controller.minSelfStake();
        _ensureBalance(prover, amount);
        vm.prank(prover);
        brev.approve(address(controller), amount);
        vm.prank(prover);
        vault = controller.initializeProver(rate);
    }

    /// @dev Approves exactly `amount` and stakes it from `staker` into `prover`'s vault.
    function _stake(address staker, address prover, uint256 amount) internal returns (uint256 shares) {
        _ensureBalance(staker, amount);
        vm.prank(staker);
        brev.approve(address(controller), amount);
        vm.prank(staker);
        shares = controller.stake(prover, amount);
    }

    /// @dev `staker` approves exactly `shares` of `prover`'s vault shares to the controller.
    function _approveShares(address staker, address prover, uint256 shares) internal {
        ProverVault vault = _vault(prover);
        vm.prank(staker);
        vault.approve(address(controller), shares);
    }

    /// @dev Approves exactly `shares` vault shares to the controller, then requests the unstake.
    function _requestUnstake(address staker, address prover, uint256 shares) internal returns (uint256 amount) {
        _approveShares(staker, prover, shares);
        vm.prank(staker);
        amount = controller.requestUnstake(prover, shares);
    }

    /// @dev Requests an unstake of all of `staker`'s shares in `prover`'s vault.
    function _requestUnstakeAll(address staker, address prover) internal returns (uint256 amount) {
        return _requestUnstake(staker, prover, _shares(prover, staker));
    }

    function _completeUnstake(address staker, address prover) internal returns (uint256 amount) {
        vm.prank(staker);
        amount = controller.completeUnstake(prover);
    }

    /// @dev Mints `amount` to the reward `source` if needed, approves exactly it, adds the rewards.
    function _addRewards(address source, address prover, uint256 amount)
        internal
        returns (uint256 commission, uint256 toStakers)
    {
        _ensureBalance(source, amount);
        vm.prank(source);
        brev.approve(address(controller), amount);
        vm.prank(source);
        (commission, toStakers) = controller.addRewards(prover, amount);
    }

    function _slash(address prover, uint256 bps) internal returns (uint256 slashed) {
        vm.prank(slasher);
        slashed = controller.slash(prover, bps);
    }

    function _setCommissionRate(address prover, address source, uint64 rate) internal {
        vm.prank(prover);
        controller.setCommissionRate(source, rate);
    }

    function _transferShares(address prover, address from, address to, uint256 shares) internal {
        ProverVault vault = _vault(prover);
        vm.prank(from);
        require(vault.transfer(to, shares), "share transfer failed");
    }

    /// @dev Moves time past the unstake delay.
    function _skipDelay() internal {
        vm.warp(block.timestamp + controller.unstakeDelay());
    }

    // ------------------------------------------------------------------ views

    function _vault(address prover) internal view returns (ProverVault) {
        return ProverVault(controller.getProverVault(prover));
    }

    function _shares(address prover, address holder) internal view returns (uint256) {
        return _vault(prover).balanceOf(holder);
    }

    /// @dev What `holder`'s shares in `prover`'s vault would redeem for now.
    function _value(address prover, address holder) internal view returns (uint256) {
        ProverVault vault = _vault(prover);
        return vault.previewRedeem(vault.balanceOf(holder));
    }

    function _state(address prover) internal view returns (uint8) {
        return controller.getProverState(prover);
    }

    function _proverInfo(address prover) internal view returns (ProverInfo memory info) {
        (
            info.state,
            info.vault,
            info.defaultCommissionRate,
            info.pendingCommission,
            info.numStakers,
            info.joinedAt,
            info.name,
            info.iconUrl
        ) = controller.getProverInfo(prover);
    }

    function _pendingCommission(address prover) internal view returns (uint256 pending) {
        (,,, pending,,,,) = controller.getProverInfo(prover);
    }

    function _defaultRate(address prover) internal view returns (uint64 rate) {
        (,, rate,,,,,) = controller.getProverInfo(prover);
    }

    // ------------------------------------------------------------------ expectations

    /// @dev Expects OpenZeppelin's AccessControlUnauthorizedAccount(account, role).
    function _expectAccessControl(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    /// @dev vm.expectEmit checking every topic and the data, emitted by `emitter`.
    function _expectEmit(address emitter) internal {
        vm.expectEmit(true, true, true, true, emitter);
    }

    /// @dev A string of `n` copies of `char`.
    function _repeat(bytes1 char, uint256 n) internal pure returns (string memory) {
        bytes memory b = new bytes(n);
        for (uint256 i = 0; i < n; ++i) b[i] = char;
        return string(b);
    }

    function _assertBool(bool actual, bool expected, string memory message) internal pure {
        if (actual != expected) fail(message);
    }
}
