// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Lists} from "../../utils/Lists.sol";
import {Test} from "../../utils/Test.sol";

/// @title What a staking test does with a real controller, whoever owns it.
/// @notice Funds actors with BREV and approves exactly what each call pulls, then stakes,
///         unstakes, pays rewards, claims commission and moves shares; reads a prover's vault,
///         shares and books. The fixture that inherits this deploys `brev` (minting allowed to
///         the test) and `controller`.
abstract contract StakingSteps is Test, Lists {
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

    BrevToken internal brev;
    StakingController internal controller;

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

    /// @dev vm.expectEmit checking every topic and the data, emitted by `emitter`.
    function _expectEmit(address emitter) internal {
        vm.expectEmit(true, true, true, true, emitter);
    }
}
