// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IStakingController} from "./interfaces/IStakingController.sol";

/// @title The unstake queue: BREV waiting out the delay, still slashable.
/// @notice Each prover has a slashing scale in basis points (10,000 = never slashed). A request
///         records the scale when made and is worth amount × scaleNow / scaleThen, so one scale
///         update slashes every pending request of the prover at once.
abstract contract PendingUnstakes is IStakingController {
    using EnumerableSet for EnumerableSet.AddressSet;

    uint256 public constant BPS_DENOMINATOR = 10_000;
    uint256 public constant MAX_PENDING_UNSTAKES = 10;
    /// @notice A slash that takes the scale below 40 % deactivates the prover.
    uint256 public constant DEACTIVATION_SCALE = 4_000;
    /// @notice A slash that would take the scale below 20 % is refused.
    uint256 public constant MIN_SCALE_FLOOR = 2_000;

    struct ProverUnstakes {
        /// @dev What the pending requests are worth after slashing, as tracked in aggregate.
        uint256 totalUnstaking;
        uint256 slashingScale;
        mapping(address staker => UnstakeRequest[]) requests; // oldest first
        EnumerableSet.AddressSet stakers;
    }

    /// @notice Read when a request is completed, so a change applies to requests already pending.
    uint256 public unstakeDelay;
    /// @notice Σ totalUnstaking over all provers.
    uint256 public totalUnstaking;

    mapping(address prover => ProverUnstakes) internal _unstakes;

    // ------------------------------------------------------------ queue

    function _enqueueUnstake(address prover, address staker, uint256 amount) internal {
        if (amount == 0) revert ControllerZeroAmount();
        ProverUnstakes storage u = _unstakes[prover];
        UnstakeRequest[] storage requests = u.requests[staker];
        if (requests.length >= MAX_PENDING_UNSTAKES) revert ControllerTooManyPendingUnstakes();
        if (requests.length == 0) u.stakers.add(staker);
        requests.push(UnstakeRequest(amount, block.timestamp, u.slashingScale));
        u.totalUnstaking += amount;
        totalUnstaking += amount;
    }

    /// @dev Pays out (returns) the staker's requests that have waited the current delay, valued now.
    function _dequeueMatured(address prover, address staker) internal returns (uint256 amount) {
        ProverUnstakes storage u = _unstakes[prover];
        UnstakeRequest[] storage requests = u.requests[staker];
        uint256 count = requests.length;
        if (count == 0) revert ControllerNoUnstakeRequest();
        uint256 scale = u.slashingScale;
        uint256 matured = 0;
        while (matured < count && block.timestamp >= requests[matured].requestTime + unstakeDelay) {
            amount += _valueNow(requests[matured], scale);
            ++matured;
        }
        if (matured == 0) revert ControllerUnstakeNotReady();
        u.totalUnstaking -= amount;
        totalUnstaking -= amount;
        for (uint256 i = matured; i < count; ++i) {
            requests[i - matured] = requests[i];
        }
        for (uint256 i = 0; i < matured; ++i) {
            requests.pop();
        }
        if (matured == count) u.stakers.remove(staker);
    }

    /// @dev Lowers the scale by `bps` and takes the same fraction of the pending total.
    function _slashPending(address prover, uint256 bps) internal returns (uint256 slashed, bool belowDeactivation) {
        if (bps > BPS_DENOMINATOR) revert ControllerInvalidArg();
        ProverUnstakes storage u = _unstakes[prover];
        uint256 oldScale = u.slashingScale;
        uint256 newScale = (oldScale * (BPS_DENOMINATOR - bps)) / BPS_DENOMINATOR;
        if (newScale < MIN_SCALE_FLOOR) revert ControllerSlashTooHigh();
        belowDeactivation = newScale < DEACTIVATION_SCALE;
        u.slashingScale = newScale;
        uint256 pending = u.totalUnstaking;
        if (pending == 0) return (0, belowDeactivation);
        // The total is rescaled as a whole (rounded down), not as the sum of the requests.
        u.totalUnstaking = (pending * newScale) / oldScale;
        slashed = pending - u.totalUnstaking;
        totalUnstaking -= slashed;
    }

    /// @dev A scale of 0 (a prover never initialized, or retired) counts as unslashed.
    function _valueNow(UnstakeRequest storage request, uint256 scale) internal view returns (uint256) {
        uint256 snapshot = request.scaleSnapshot;
        if (scale == 0) scale = BPS_DENOMINATOR;
        if (snapshot == 0) snapshot = BPS_DENOMINATOR;
        return (request.amount * scale) / snapshot;
    }

    // ------------------------------------------------------------ views

    function getPendingUnstakes(address prover, address staker) external view returns (UnstakeRequest[] memory) {
        return _unstakes[prover].requests[staker];
    }

    /// @notice What the staker's requests are worth now, and the part already past the delay.
    function getUnstakingInfo(address prover, address staker)
        external
        view
        returns (uint256 totalAmount, uint256 readyAmount)
    {
        ProverUnstakes storage u = _unstakes[prover];
        UnstakeRequest[] storage requests = u.requests[staker];
        for (uint256 i = 0; i < requests.length; ++i) {
            uint256 value = _valueNow(requests[i], u.slashingScale);
            totalAmount += value;
            if (block.timestamp >= requests[i].requestTime + unstakeDelay) readyAmount += value;
        }
    }

    function getProverTotalUnstaking(address prover) external view returns (uint256) {
        return _unstakes[prover].totalUnstaking;
    }

    function getProverSlashingScale(address prover) external view returns (uint256) {
        return _unstakes[prover].slashingScale;
    }

    function getStakersWithPendingUnstakes(address prover) external view returns (address[] memory) {
        return _unstakes[prover].stakers.values();
    }

    function getStakersWithPendingUnstakesCount(address prover) external view returns (uint256) {
        return _unstakes[prover].stakers.length();
    }

    function stakerHasPendingUnstakes(address prover, address staker) external view returns (bool) {
        return _unstakes[prover].stakers.contains(staker);
    }
}
