// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "../../../src/access/AccessControl.sol";
import {Ownable} from "../../../src/access/Ownable.sol";
import {BrevToken} from "../../../src/BrevToken.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {Test} from "../../utils/Test.sol";

/// @title Shared fixture for the staking unit, fuzz, attack and fidelity tests.
/// @notice Deploys the system as the deploy script does (BREV, VaultFactory, a StakingController
///         owned by `admin` with the devnet parameters — 1000 BREV minimum self-stake, 7-day
///         unstake delay, 50 % max slash — factory.init(controller), a StakingViewer).
///         `slasher` holds SLASHER_ROLE and `pauser` PAUSER_ROLE. Anyone may pay rewards;
///         `market` and `epochRewards` are the usual payers. Actors are funded with BREV but
///         approve nothing: the helpers approve exactly what each call pulls.
abstract contract StakingFixture is Test {
    // ------------------------------------------------------------------ parameters

    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant UNSTAKE_DELAY = 7 days;
    uint256 internal constant MAX_SLASH_BPS = 5000;
    uint256 internal constant ONE_BREV = 1e18;
    uint256 internal constant BPS = 10_000;
    /// @dev BREV each actor holds after setUp.
    uint256 internal constant INITIAL_BALANCE = 1_000_000 ether;
    uint256 internal constant START_TIME = 1_700_000_000;

    IStakingController.ProverState internal constant NULL = IStakingController.ProverState.Null;
    IStakingController.ProverState internal constant ACTIVE = IStakingController.ProverState.Active;
    IStakingController.ProverState internal constant DEACTIVATED = IStakingController.ProverState.Deactivated;
    IStakingController.ProverState internal constant JAILED = IStakingController.ProverState.Jailed;

    /// @dev StakingController.getProverInfo as a struct.
    struct ProverInfo {
        IStakingController.ProverState state;
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
    address internal pauser = address(0x9A05);
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
        factory = new VaultFactory();
        vm.prank(admin);
        controller =
            new StakingController(address(brev), address(factory), UNSTAKE_DELAY, MIN_SELF_STAKE, MAX_SLASH_BPS);
        factory.init(address(controller));
        viewer = new StakingViewer(address(controller));

        vm.startPrank(admin);
        controller.grantRole(controller.SLASHER_ROLE(), slasher);
        controller.grantRole(controller.PAUSER_ROLE(), pauser);
        vm.stopPrank();

        vm.label(address(brev), "BREV");
        vm.label(address(controller), "StakingController");
        vm.label(address(factory), "VaultFactory");
        vm.label(address(viewer), "StakingViewer");
        vm.label(admin, "admin");
        vm.label(slasher, "slasher");
        vm.label(pauser, "pauser");
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
        for (uint256 i = 0; i < funded.length; ++i) {
            _fund(funded[i], INITIAL_BALANCE);
        }
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

    /// @dev `from` sends BREV straight to `to` (a donation, outside the controller).
    function _send(address from, address to, uint256 amount) internal {
        _ensureBalance(from, amount);
        vm.prank(from);
        require(brev.transfer(to, amount), "BREV transfer failed");
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

    /// @dev The batch addRewards from `source`, funded and approved for the total.
    function _addRewardsBatch(address source, address[] memory provers, uint256[] memory amounts) internal {
        uint256 total = 0;
        for (uint256 i = 0; i < amounts.length; ++i) {
            total += amounts[i];
        }
        _ensureBalance(source, total);
        vm.prank(source);
        brev.approve(address(controller), total);
        vm.prank(source);
        controller.addRewards(provers, amounts);
    }

    function _slash(address prover, uint256 bps) internal returns (uint256 slashed) {
        vm.prank(slasher);
        slashed = controller.slash(prover, bps);
    }

    function _slashByAmount(address prover, uint256 amount) internal returns (uint256 slashed) {
        vm.prank(slasher);
        slashed = controller.slashByAmount(prover, amount);
    }

    function _setCommissionRate(address prover, address source, uint64 rate) internal {
        vm.prank(prover);
        controller.setCommissionRate(source, rate);
    }

    function _claimCommission(address prover) internal returns (uint256 amount) {
        vm.prank(prover);
        amount = controller.claimCommission();
    }

    function _transferShares(address prover, address from, address to, uint256 shares) internal {
        ProverVault vault = _vault(prover);
        vm.prank(from);
        require(vault.transfer(to, shares), "share transfer failed");
    }

    function _pause() internal {
        vm.prank(pauser);
        controller.pause();
    }

    function _unpause() internal {
        vm.prank(pauser);
        controller.unpause();
    }

    /// @dev Moves time past the unstake delay.
    function _skipDelay() internal {
        vm.warp(block.timestamp + controller.unstakeDelay());
    }

    /// @dev The prover exits fully, waits, completes and claims its commission: all that
    ///      retireProver asks of a prover without other stakers.
    function _emptyProver(address prover) internal {
        _requestUnstakeAll(prover, prover);
        _skipDelay();
        _completeUnstake(prover, prover);
        _claimCommission(prover);
    }

    // ------------------------------------------------------------------ views

    function _vault(address prover) internal view returns (ProverVault) {
        return ProverVault(controller.getProverVault(prover));
    }

    function _shares(address prover, address holder) internal view returns (uint256) {
        return _vault(prover).balanceOf(holder);
    }

    /// @dev What `holder`'s shares in `prover`'s vault are worth now.
    function _value(address prover, address holder) internal view returns (uint256) {
        ProverVault vault = _vault(prover);
        return vault.convertToAssets(vault.balanceOf(holder));
    }

    function _state(address prover) internal view returns (IStakingController.ProverState) {
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

    function _numStakers(address prover) internal view returns (uint256 count) {
        (,,,, count,,,) = controller.getProverInfo(prover);
    }

    /// @dev BREV the controller owes: pending unstakes, unclaimed commission, the treasury.
    function _controllerBooks() internal view returns (uint256 owed) {
        owed = controller.totalUnstaking() + controller.treasuryPool();
        uint256 count = controller.getProverCount(false);
        if (count == 0) return owed;
        address[] memory provers = controller.getProvers(false, 0, 0);
        for (uint256 i = 0; i < provers.length; ++i) {
            owed += _pendingCommission(provers[i]);
        }
    }

    // ------------------------------------------------------------------ expectations

    function _assertState(address prover, IStakingController.ProverState expected, string memory message)
        internal
        view
    {
        assertEq(uint256(_state(prover)), uint256(expected), message);
    }

    /// @dev Expects the access library's owner check to refuse `caller`.
    function _expectNotOwner(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, caller, admin));
    }

    /// @dev Expects the access library's role check to refuse `account`.
    function _expectMissingRole(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, account, role));
    }

    /// @dev vm.expectEmit checking every topic and the data, emitted by `emitter`.
    function _expectEmit(address emitter) internal {
        vm.expectEmit(true, true, true, true, emitter);
    }

    /// @dev A string of `n` copies of `char`.
    function _repeat(bytes1 char, uint256 n) internal pure returns (string memory) {
        bytes memory b = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            b[i] = char;
        }
        return string(b);
    }

    function _one(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }

    function _two(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        (list[0], list[1]) = (a, b);
    }

    function _amounts(uint256 a) internal pure returns (uint256[] memory list) {
        list = new uint256[](1);
        list[0] = a;
    }

    function _amounts(uint256 a, uint256 b) internal pure returns (uint256[] memory list) {
        list = new uint256[](2);
        (list[0], list[1]) = (a, b);
    }
}
