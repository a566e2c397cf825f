// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EpochRewards} from "../../src/rewards/EpochRewards.sol";
import {RewardsFixture} from "./utils/RewardsFixture.sol";

/// @title EpochRewards under random schedules, splits and payment orders.
contract EpochRewardsFuzzTest is RewardsFixture {
    uint256 internal constant PROVERS = 6;

    /// @notice Whatever the schedule, the epoch found for a time starts at or before it and
    ///         ends after it, with the same length and max as the lookup by number.
    function testFuzz_schedule_timestampAndEpochNumberAgree(
        uint64 len2,
        uint32 from2,
        uint64 len3,
        uint32 gap,
        uint64 ts
    ) public {
        len2 = uint64(bound(len2, 1, 30 days));
        len3 = uint64(bound(len3, 1, 30 days));
        from2 = uint32(bound(from2, 2, 1000));
        uint32 from3 = from2 + uint32(bound(gap, 1, 1000));
        vm.startPrank(epochUpdater);
        rewards.setEpochConfig(from2, len2, 2 * MAX);
        rewards.setEpochConfig(from3, len3, 3 * MAX);
        vm.stopPrank();
        ts = uint64(bound(ts, START, START + 20 * 365 days));

        (uint32 epoch, uint64 length, uint256 maxReward) = rewards.getEpochInfoByTimestamp(ts);
        (uint64 start, uint64 lengthByNumber, uint256 maxByNumber) = rewards.getEpochInfoByEpochNumber(epoch);
        assertLe(start, ts, "starts at or before the time");
        assertGt(start + length, ts, "ends after the time");
        assertEq(length, lengthByNumber, "same length");
        assertEq(maxReward, maxByNumber, "same max");
        uint256 expectedMax = epoch >= from3 ? 3 * MAX : epoch >= from2 ? 2 * MAX : MAX;
        assertEq(maxReward, expectedMax, "the config in force");
    }

    /// @notice Split into two submissions, each is accepted exactly when the epoch's running
    ///         sum stays within the max, and the epoch total is the sum of what was accepted.
    function testFuzz_setRewards_splitSubmissionsAgainstTheMax(uint128[PROVERS] memory raw, uint256 cut) public {
        _warpToEndOf(1);
        cut = bound(cut, 0, PROVERS);
        uint256[] memory amounts = new uint256[](PROVERS);
        for (uint256 i = 0; i < PROVERS; ++i) {
            amounts[i] = bound(raw[i], 0, MAX / 3);
        }
        uint256 total = _trySubmit(0, cut, amounts, 0);
        total = _trySubmit(cut, PROVERS, amounts, total);
        assertEq(rewards.epochTotalRewards(1), total, "epoch total");
        assertLe(total, MAX, "within the max");
    }

    /// @dev Submits provers [from, to) for epoch 1; returns the epoch total afterwards.
    function _trySubmit(uint256 from, uint256 to, uint256[] memory amounts, uint256 total) internal returns (uint256) {
        address[] memory provers = new address[](to - from);
        uint256[] memory part = new uint256[](to - from);
        uint256 sum = 0;
        for (uint256 i = from; i < to; ++i) {
            (provers[i - from], part[i - from]) = (_prover(i), amounts[i]);
            sum += amounts[i];
        }
        bytes memory output = _output(1, provers, part);
        if (total + sum > MAX) {
            _expectSubmitRevert(
                abi.encodeWithSelector(EpochRewards.StakingRewardsExceedsMax.selector, uint32(1), total + sum, MAX),
                output
            );
            return total;
        }
        _submit(output);
        for (uint256 i = 0; i < provers.length; ++i) {
            (uint128 recorded,) = rewards.epochProverRewards(1, provers[i]);
            assertEq(recorded, part[i], "recorded amount");
        }
        return total + sum;
    }

    /// @notice Paid in two random batches, every prover receives its amount exactly once and
    ///         the contract's balance falls by the epoch total.
    function testFuzz_distribute_paysEachProverExactlyOnce(uint128[PROVERS] memory raw, uint256 mask) public {
        _warpToEndOf(1);
        address[] memory provers = new address[](PROVERS);
        uint256[] memory amounts = new uint256[](PROVERS);
        uint256 total = 0;
        for (uint256 i = 0; i < PROVERS; ++i) {
            (provers[i], amounts[i]) = (_prover(i), bound(raw[i], 1, MAX / PROVERS));
            total += amounts[i];
        }
        _submit(_output(1, provers, amounts));
        _activate(provers);
        brev.mint(address(rewards), total);

        (address[] memory first, address[] memory second) = _split(provers, mask);
        _distribute(1, first);
        _distribute(1, second);

        for (uint256 i = 0; i < PROVERS; ++i) {
            assertEq(controller.rewardsOf(provers[i]), amounts[i], "paid its amount");
            vm.prank(rewardUpdater);
            vm.expectRevert(abi.encodeWithSelector(EpochRewards.StakingRewardsNotDistributable.selector, provers[i]));
            rewards.distributeRewards(1, _addrs(provers[i]));
        }
        assertEq(brev.balanceOf(address(rewards)), 0, "the funding went out");
        assertEq(brev.balanceOf(address(controller)), total, "all of it to the controller");
    }

    /// @dev Bit i of `mask` puts provers[i] in the first list, else in the second.
    function _split(address[] memory provers, uint256 mask)
        internal
        pure
        returns (address[] memory first, address[] memory second)
    {
        first = new address[](provers.length);
        second = new address[](provers.length);
        (uint256 a, uint256 b) = (0, 0);
        for (uint256 i = 0; i < provers.length; ++i) {
            if ((mask >> i) & 1 == 1) first[a++] = provers[i];
            else second[b++] = provers[i];
        }
        assembly ("memory-safe") {
            mstore(first, a)
            mstore(second, b)
        }
    }
}
