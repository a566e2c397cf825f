// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "../../../src/access/AccessControl.sol";
import {EpochManager} from "../../../src/rewards/EpochManager.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {RewardsFixture} from "../../rewards/utils/RewardsFixture.sol";

/// @dev Reaches the internal append with an empty schedule, which no external function can.
contract EpochManagerHarness is EpochManager {
    function appendConfig(uint32 fromEpoch, uint64 epochLength, uint256 maxEpochReward) external {
        _appendConfig(fromEpoch, epochLength, maxEpochReward);
    }
}

/// @title Fidelity: the epoch schedule (EpochManager) as deployed on Base.
/// @notice Setup: epoch 1 starts at START, one-day epochs, MAX per epoch (RewardsFixture).
contract EpochScheduleFidelityTest is RewardsFixture {
    event EpochConfigSet(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward);
    event EpochConfigPopped(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward);

    function _setConfig(uint32 fromEpoch, uint64 length, uint256 maxReward) internal {
        vm.prank(epochUpdater);
        rewards.setEpochConfig(fromEpoch, length, maxReward);
    }

    function _setConfigByTime(uint64 fromTime, uint64 length, uint256 maxReward) internal {
        vm.prank(epochUpdater);
        rewards.setEpochConfigByTime(fromTime, length, maxReward);
    }

    function _assertConfig(uint256 index, uint32 fromEpoch, uint64 fromTime, uint64 length, uint256 maxReward)
        internal
        view
    {
        (uint32 e, uint64 t, uint64 l, uint256 m) = rewards.epochConfigs(index);
        assertEq(e, fromEpoch, "config fromEpoch");
        assertEq(t, fromTime, "config fromTime");
        assertEq(l, length, "config epochLength");
        assertEq(m, maxReward, "config maxEpochReward");
    }

    function _assertEpoch(uint32 epoch, uint64 start, uint64 length, uint256 maxReward) internal view {
        (uint64 s, uint64 l, uint256 m) = rewards.getEpochInfoByEpochNumber(epoch);
        assertEq(s, start, string.concat("start of epoch ", toString(epoch)));
        assertEq(l, length, string.concat("length of epoch ", toString(epoch)));
        assertEq(m, maxReward, string.concat("max of epoch ", toString(epoch)));
    }

    function _assertEpochAt(uint64 timestamp, uint32 epoch) internal view {
        (uint32 e,,) = rewards.getEpochInfoByTimestamp(timestamp);
        assertEq(e, epoch, string.concat("epoch at ", toString(timestamp)));
    }

    // ================================================================== initEpoch

    function test_initEpoch_epochOneStartsAtStartTimestamp() public {
        EpochRewards fresh = _newRewards();
        vm.expectEmit(false, false, false, true, address(fresh));
        emit EpochConfigSet(1, START + 5, 2 days, 7 ether);
        vm.prank(epochUpdater);
        fresh.initEpoch(START + 5, 2 days, 7 ether);
        assertEq(fresh.startTimestamp(), START + 5, "startTimestamp");
        assertEq(fresh.getEpochConfigNumber(), 1, "one config");
        (uint32 e, uint64 t, uint64 l, uint256 m) = fresh.epochConfigs(0);
        assertEq(e, 1, "first config is epoch 1");
        assertEq(t, START + 5, "from the start");
        assertEq(l, 2 days, "length");
        assertEq(m, 7 ether, "max");
    }

    function test_initEpoch_onlyOnce_EpochManagerAlreadyInitialized() public {
        vm.prank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerAlreadyInitialized.selector);
        rewards.initEpoch(START + LEN, LEN, MAX);
    }

    function test_initEpoch_zeroStartLengthOrMax_EpochManagerInvalidInitParams() public {
        EpochRewards fresh = _newRewards();
        vm.startPrank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerInvalidInitParams.selector);
        fresh.initEpoch(0, LEN, MAX);
        vm.expectRevert(EpochManager.EpochManagerInvalidInitParams.selector);
        fresh.initEpoch(START, 0, MAX);
        vm.expectRevert(EpochManager.EpochManagerInvalidInitParams.selector);
        fresh.initEpoch(START, LEN, 0);
        vm.stopPrank();
    }

    /// @notice As deployed: nothing requires the start to be in the future.
    function test_initEpoch_startMayBeInThePast() public {
        EpochRewards fresh = _newRewards();
        vm.prank(epochUpdater);
        fresh.initEpoch(START - 10 days, LEN, MAX);
        (uint32 current,,) = fresh.getCurrentEpochInfo();
        assertEq(current, 11, "ten whole epochs have passed");
    }

    // ================================================================== roles

    /// @notice Every schedule edit needs EPOCH_UPDATER_ROLE; the owner has no implicit right.
    function test_scheduleEdits_needEpochUpdaterRole_notOwner() public {
        bytes32 role = rewards.EPOCH_UPDATER_ROLE();
        assertEq(role, keccak256("EPOCH_UPDATER_ROLE"), "role id");
        address[2] memory callers = [address(this), stranger];
        for (uint256 i = 0; i < callers.length; ++i) {
            bytes memory err =
                abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, callers[i], role);
            vm.startPrank(callers[i]);
            vm.expectRevert(err);
            rewards.initEpoch(START, LEN, MAX);
            vm.expectRevert(err);
            rewards.setEpochConfig(5, LEN, MAX);
            vm.expectRevert(err);
            rewards.setEpochConfigByTime(START + 5 * LEN, LEN, MAX);
            vm.expectRevert(err);
            rewards.popEpochConfig();
            vm.expectRevert(err);
            rewards.popFutureEpochConfigs();
            vm.stopPrank();
        }
    }

    // ================================================================== numbering and lookup

    /// @notice start(n) = configStart + (n - configFirstEpoch) x length of the config in force.
    function test_epochStart_isConfigStartPlusEpochsSinceConfigTimesLength() public {
        _setConfig(11, 2 days, 2 * MAX); // from START + 10 days
        _setConfig(21, 3 hours, 3 * MAX); // from START + 10 days + 10 x 2 days
        _assertEpoch(1, START, LEN, MAX);
        _assertEpoch(10, START + 9 days, LEN, MAX);
        _assertEpoch(11, START + 10 days, 2 days, 2 * MAX);
        _assertEpoch(15, START + 10 days + 4 * 2 days, 2 days, 2 * MAX);
        _assertEpoch(21, START + 30 days, 3 hours, 3 * MAX);
        _assertEpoch(29, START + 30 days + 8 * 3 hours, 3 hours, 3 * MAX);
        _assertEpochAt(START + 30 days + 8 * 3 hours, 29);
        _assertEpochAt(START + 30 days - 1, 20);
    }

    function test_epochNumbersStartAtOne_epochZero_EpochManagerInvalidEpochNumber() public {
        _assertEpochAt(START, 1);
        vm.expectRevert(EpochManager.EpochManagerInvalidEpochNumber.selector);
        rewards.getEpochInfoByEpochNumber(0);
    }

    function test_timeBeforeSchedule_EpochManagerInvalidEpochNumber() public {
        vm.expectRevert(EpochManager.EpochManagerInvalidEpochNumber.selector);
        rewards.getEpochInfoByTimestamp(START - 1);
        vm.warp(START - 1);
        vm.expectRevert(EpochManager.EpochManagerInvalidEpochNumber.selector);
        rewards.getCurrentEpochInfo();
    }

    /// @notice Without a schedule every lookup reverts NoConfigs, except epoch 0 (checked first).
    function test_noSchedule_lookups_EpochManagerNoConfigs() public {
        EpochRewards fresh = _newRewards();
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        fresh.getEpochInfoByTimestamp(START);
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        fresh.getCurrentEpochInfo();
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        fresh.getEpochInfoByEpochNumber(1);
        vm.expectRevert(EpochManager.EpochManagerInvalidEpochNumber.selector);
        fresh.getEpochInfoByEpochNumber(0);
        assertEq(fresh.startTimestamp(), 0, "no start");
        assertEq(fresh.getEpochConfigNumber(), 0, "no configs");
    }

    /// @notice An epoch's start belongs to it; the second before belongs to the previous one.
    function test_epochBoundary_startBelongsToTheEpoch_currentFollowsBlockTime() public {
        _assertEpochAt(START + LEN - 1, 1);
        _assertEpochAt(START + LEN, 2);
        vm.warp(START + 3 * LEN + 5);
        (uint32 current, uint64 length, uint256 maxReward) = rewards.getCurrentEpochInfo();
        assertEq(current, 4, "current epoch");
        assertEq(length, LEN, "current length");
        assertEq(maxReward, MAX, "current max");
    }

    function test_configViews_epochConfigs_getEpochConfigs_getEpochConfigNumber() public {
        _setConfig(4, 2 days, 2 * MAX);
        EpochManager.EpochConfig[] memory all = rewards.getEpochConfigs();
        assertEq(all.length, 2, "two configs");
        assertEq(rewards.getEpochConfigNumber(), 2, "count");
        assertEq(all[1].fromEpoch, 4, "second fromEpoch");
        assertEq(all[1].fromTime, START + 3 * LEN, "second fromTime");
        _assertConfig(1, 4, START + 3 * LEN, 2 days, 2 * MAX);
        _assertConfig(0, 1, START, LEN, MAX);
    }

    // ================================================================== setEpochConfig

    function test_setEpochConfig_fromTimeFollowsPreviousConfig_emitsEpochConfigSet() public {
        vm.expectEmit(false, false, false, true, address(rewards));
        emit EpochConfigSet(10, START + 9 * LEN, 2 days, 2 * MAX);
        _setConfig(10, 2 days, 2 * MAX);
        _assertConfig(1, 10, START + 9 * LEN, 2 days, 2 * MAX);
    }

    function test_setEpochConfig_beforeInit_EpochManagerNotInitialized() public {
        EpochRewards fresh = _newRewards();
        vm.startPrank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerNotInitialized.selector);
        fresh.setEpochConfig(1, LEN, MAX);
        vm.expectRevert(EpochManager.EpochManagerNotInitialized.selector);
        fresh.setEpochConfigByTime(START + LEN, LEN, MAX);
        vm.stopPrank();
    }

    function test_setEpochConfig_fromEpochZero_EpochManagerInvalidFromEpoch() public {
        vm.prank(epochUpdater);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidFromEpoch.selector, uint32(0)));
        rewards.setEpochConfig(0, LEN, MAX);
    }

    function test_setEpochConfig_zeroLength_EpochManagerInvalidEpochLength() public {
        vm.prank(epochUpdater);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidEpochLength.selector, uint64(0)));
        rewards.setEpochConfig(5, 0, MAX);
    }

    function test_setEpochConfig_zeroMaxReward_EpochManagerInvalidMaxReward() public {
        vm.prank(epochUpdater);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidMaxReward.selector, uint256(0)));
        rewards.setEpochConfig(5, LEN, 0);
    }

    function test_setEpochConfig_notAfterLastConfigsEpoch_EpochManagerFromEpochNotIncreasing() public {
        _setConfig(5, LEN, MAX);
        vm.startPrank(epochUpdater);
        vm.expectRevert(
            abi.encodeWithSelector(EpochManager.EpochManagerFromEpochNotIncreasing.selector, uint32(5), uint32(5))
        );
        rewards.setEpochConfig(5, LEN, MAX);
        vm.expectRevert(
            abi.encodeWithSelector(EpochManager.EpochManagerFromEpochNotIncreasing.selector, uint32(5), uint32(3))
        );
        rewards.setEpochConfig(3, LEN, MAX);
        vm.stopPrank();
    }

    /// @notice Surprising but deployed: a new config may start at an epoch that has already
    ///         ended (any epoch after the last config's first), re-timing it and every later one.
    function test_setEpochConfig_mayRetimeEpochsThatHaveEnded() public {
        vm.warp(START + 10 * LEN); // epoch 11 is running
        _setConfig(3, 2 days, 2 * MAX);
        _assertEpoch(3, START + 2 * LEN, 2 days, 2 * MAX);
        _assertEpoch(4, START + 2 * LEN + 2 days, 2 days, 2 * MAX);
        (uint32 current,,) = rewards.getCurrentEpochInfo();
        assertEq(current, 7, "the running epoch's number changed");
    }

    // ================================================================== setEpochConfigByTime

    function test_setEpochConfigByTime_notAfterLastConfigStart_EpochManagerInvalidFromTime() public {
        vm.startPrank(epochUpdater);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidFromTime.selector, START, START));
        rewards.setEpochConfigByTime(START, LEN, MAX);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidFromTime.selector, START - 1, START));
        rewards.setEpochConfigByTime(START - 1, LEN, MAX);
        vm.stopPrank();
    }

    /// @notice Surprising but deployed: the time is rounded down to the start of the epoch that
    ///         contains it, so the config starts before the time asked for.
    function test_setEpochConfigByTime_roundsDownToStartOfContainingEpoch() public {
        vm.expectEmit(false, false, false, true, address(rewards));
        emit EpochConfigSet(11, START + 10 * LEN, 2 days, 2 * MAX);
        _setConfigByTime(START + 10 * LEN + 12 hours, 2 days, 2 * MAX);
        _assertConfig(1, 11, START + 10 * LEN, 2 days, 2 * MAX);
    }

    function test_setEpochConfigByTime_insideLastConfigsFirstEpoch_EpochManagerFromEpochNotIncreasing() public {
        vm.prank(epochUpdater);
        vm.expectRevert(
            abi.encodeWithSelector(EpochManager.EpochManagerFromEpochNotIncreasing.selector, uint32(1), uint32(1))
        );
        rewards.setEpochConfigByTime(START + LEN - 1, 2 days, MAX);
    }

    function test_setEpochConfigByTime_checksLikeSetEpochConfig() public {
        vm.startPrank(epochUpdater);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidEpochLength.selector, uint64(0)));
        rewards.setEpochConfigByTime(START + 5 * LEN, 0, MAX);
        vm.expectRevert(abi.encodeWithSelector(EpochManager.EpochManagerInvalidMaxReward.selector, uint256(0)));
        rewards.setEpochConfigByTime(START + 5 * LEN, LEN, 0);
        vm.stopPrank();
    }

    // ================================================================== popping

    function test_popEpochConfig_removesLastConfig_emitsEpochConfigPopped() public {
        _setConfig(5, 2 days, 2 * MAX);
        _setConfig(9, 3 days, 3 * MAX);
        vm.expectEmit(false, false, false, true, address(rewards));
        emit EpochConfigPopped(9, START + 4 * LEN + 4 * 2 days, 3 days, 3 * MAX);
        vm.prank(epochUpdater);
        rewards.popEpochConfig();
        assertEq(rewards.getEpochConfigNumber(), 2, "one popped");
        _assertEpoch(9, START + 4 * LEN + 4 * 2 days, 2 days, 2 * MAX);
    }

    /// @notice The first config cannot be popped; the error is NoConfigs although one remains.
    function test_popEpochConfig_keepsFirstConfig_EpochManagerNoConfigs() public {
        vm.prank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        rewards.popEpochConfig();
        EpochRewards fresh = _newRewards();
        vm.prank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        fresh.popEpochConfig();
    }

    /// @notice Surprising but deployed: a config already in force can be popped, which
    ///         re-times running and past epochs under the previous config.
    function test_popEpochConfig_removesConfigAlreadyInForce() public {
        _setConfig(3, 2 days, 2 * MAX);
        vm.warp(START + 2 * LEN + 3 days); // epoch 4 under the second config
        (uint32 before,,) = rewards.getCurrentEpochInfo();
        assertEq(before, 4, "epoch under the second config");
        vm.prank(epochUpdater);
        rewards.popEpochConfig();
        (uint32 afterPop,,) = rewards.getCurrentEpochInfo();
        assertEq(afterPop, 6, "back to one-day epochs");
    }

    /// @notice Pops from the end while the last config starts strictly after now.
    function test_popFutureEpochConfigs_removesConfigsStartingAfterNow() public {
        _setConfig(3, LEN, MAX); // from START + 2 days
        _setConfig(5, LEN, MAX); // from START + 4 days
        _setConfig(7, LEN, MAX); // from START + 6 days
        vm.warp(START + 4 * LEN); // the epoch-5 config starts now: it stays
        vm.expectEmit(false, false, false, true, address(rewards));
        emit EpochConfigPopped(7, START + 6 * LEN, LEN, MAX);
        vm.prank(epochUpdater);
        rewards.popFutureEpochConfigs();
        assertEq(rewards.getEpochConfigNumber(), 3, "only the future config went");
        _assertConfig(2, 5, START + 4 * LEN, LEN, MAX);
    }

    function test_popFutureEpochConfigs_keepsFirstConfigEvenInFuture() public {
        EpochRewards fresh = _newRewards();
        vm.startPrank(epochUpdater);
        fresh.initEpoch(START + 100 days, LEN, MAX);
        fresh.setEpochConfig(3, LEN, MAX);
        fresh.popFutureEpochConfigs();
        vm.stopPrank();
        assertEq(fresh.getEpochConfigNumber(), 1, "the first config stays");
    }

    function test_popFutureEpochConfigs_beforeInit_EpochManagerNoConfigs() public {
        EpochRewards fresh = _newRewards();
        vm.prank(epochUpdater);
        vm.expectRevert(EpochManager.EpochManagerNoConfigs.selector);
        fresh.popFutureEpochConfigs();
    }

    /// @notice Only an internal append on an empty schedule can throw it: initEpoch always
    ///         appends epoch 1, and the pops never empty the list.
    function test_firstConfigMustStartAtOne_onlyReachableInternally() public {
        EpochManagerHarness harness = new EpochManagerHarness();
        vm.expectRevert(EpochManager.EpochManagerFirstConfigMustStartAtOne.selector);
        harness.appendConfig(2, LEN, MAX);
        harness.appendConfig(1, LEN, MAX);
        assertEq(harness.getEpochConfigNumber(), 1, "epoch 1 first");
    }
}
