// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PauserControl} from "../access/PauserControl.sol";

/// @title The foundation-reward epoch schedule, as the deployed EpochRewards keeps it.
/// @notice Epochs are numbered from 1; epoch 1 starts at `startTimestamp`. The schedule is a
///         list of configs sorted by epoch and time; a config covers its `fromEpoch` and every
///         later epoch until the next config, so start(n) = fromTime + (n - fromEpoch) x
///         epochLength of the last config with fromEpoch <= n. A new config's `fromTime`
///         follows from the config before it. The epoch-updater role edits the list; nothing
///         here is paused.
/// @dev Deployed quirks kept on purpose: appending does not require the new config to lie in
///      the future (an epoch that has ended, even one with rewards, can be re-timed), and
///      `popEpochConfig` removes the last config even if it is already in force.
abstract contract EpochManager is PauserControl {
    bytes32 public constant EPOCH_UPDATER_ROLE = keccak256("EPOCH_UPDATER_ROLE");

    struct EpochConfig {
        uint32 fromEpoch;
        uint64 fromTime;
        uint64 epochLength;
        uint256 maxEpochReward;
    }

    /// @notice When epoch 1 starts; 0 until `initEpoch`.
    uint64 public startTimestamp;
    EpochConfig[] public epochConfigs;

    event EpochConfigSet(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward);
    event EpochConfigPopped(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward);

    error EpochManagerNotInitialized();
    error EpochManagerAlreadyInitialized();
    error EpochManagerInvalidEpochNumber();
    error EpochManagerInvalidInitParams();
    error EpochManagerInvalidFromEpoch(uint32 providedEpoch);
    error EpochManagerInvalidEpochLength(uint64 providedLength);
    error EpochManagerInvalidMaxReward(uint256 providedReward);
    error EpochManagerInvalidFromTime(uint64 providedTime, uint64 lastConfiguredTime);
    error EpochManagerNoConfigs();
    error EpochManagerFirstConfigMustStartAtOne();
    error EpochManagerFromEpochNotIncreasing(uint32 lastFromEpoch, uint32 newFromEpoch);

    // ---------------------------------------------------------------- views

    function getCurrentEpochInfo()
        public
        view
        returns (uint32 currentEpoch, uint64 epochLength, uint256 maxEpochReward)
    {
        return getEpochInfoByTimestamp(uint64(block.timestamp));
    }

    /// @notice The epoch containing `timestamp`; reverts before epoch 1 or with no schedule.
    function getEpochInfoByTimestamp(uint64 timestamp)
        public
        view
        returns (uint32 currentEpoch, uint64 epochLength, uint256 maxEpochReward)
    {
        if (epochConfigs.length == 0) revert EpochManagerNoConfigs();
        for (uint256 i = epochConfigs.length; i > 0; --i) {
            EpochConfig storage config = epochConfigs[i - 1];
            if (config.fromTime <= timestamp) {
                // As deployed: the epoch count is narrowed to uint32 before the checked addition.
                uint32 passed = uint32((timestamp - config.fromTime) / config.epochLength);
                return (config.fromEpoch + passed, config.epochLength, config.maxEpochReward);
            }
        }
        revert EpochManagerInvalidEpochNumber();
    }

    /// @notice When `epoch` starts, with its length and max reward; reverts for epoch 0.
    function getEpochInfoByEpochNumber(uint32 epoch)
        public
        view
        returns (uint64 epochStartTime, uint64 epochLength, uint256 maxEpochReward)
    {
        if (epoch == 0) revert EpochManagerInvalidEpochNumber();
        if (epochConfigs.length == 0) revert EpochManagerNoConfigs();
        for (uint256 i = epochConfigs.length; i > 0; --i) {
            EpochConfig storage config = epochConfigs[i - 1];
            if (config.fromEpoch <= epoch) {
                return (_startOf(config, epoch), config.epochLength, config.maxEpochReward);
            }
        }
        // Unreachable while the first config starts at epoch 1.
        revert EpochManagerInvalidEpochNumber();
    }

    function getEpochConfigs() public view returns (EpochConfig[] memory) {
        return epochConfigs;
    }

    function getEpochConfigNumber() public view returns (uint256) {
        return epochConfigs.length;
    }

    // ---------------------------------------------------------------- schedule edits

    /// @notice Starts the schedule (once): epoch 1 begins at `_startTimestamp`, which may be past.
    function initEpoch(uint64 _startTimestamp, uint64 _epochLength, uint256 _maxEpochReward)
        external
        onlyRole(EPOCH_UPDATER_ROLE)
    {
        if (startTimestamp != 0) revert EpochManagerAlreadyInitialized();
        if (_startTimestamp == 0 || _epochLength == 0 || _maxEpochReward == 0) revert EpochManagerInvalidInitParams();
        startTimestamp = _startTimestamp;
        _appendConfig(1, _epochLength, _maxEpochReward);
    }

    /// @notice Appends a config in force from `fromEpoch` (after the last config's first epoch).
    function setEpochConfig(uint32 fromEpoch, uint64 epochLength, uint256 maxEpochReward)
        external
        onlyRole(EPOCH_UPDATER_ROLE)
    {
        if (epochConfigs.length == 0) revert EpochManagerNotInitialized();
        _appendConfig(fromEpoch, epochLength, maxEpochReward);
    }

    /// @notice Appends a config in force from the epoch that contains `fromTime` under the last
    ///         config: the time is rounded down to that epoch's start, so a time inside the last
    ///         config's first epoch reverts (`EpochManagerFromEpochNotIncreasing`).
    function setEpochConfigByTime(uint64 fromTime, uint64 epochLength, uint256 maxEpochReward)
        external
        onlyRole(EPOCH_UPDATER_ROLE)
    {
        if (epochConfigs.length == 0) revert EpochManagerNotInitialized();
        EpochConfig storage last = epochConfigs[epochConfigs.length - 1];
        if (fromTime <= last.fromTime) revert EpochManagerInvalidFromTime(fromTime, last.fromTime);
        uint32 passed = uint32((fromTime - last.fromTime) / last.epochLength);
        _appendConfig(last.fromEpoch + passed, epochLength, maxEpochReward);
    }

    /// @notice Removes the last config, whether or not it is in force; the first one stays.
    function popEpochConfig() external onlyRole(EPOCH_UPDATER_ROLE) {
        if (epochConfigs.length <= 1) revert EpochManagerNoConfigs();
        _popConfig();
    }

    /// @notice Removes every config that starts after now; the first one stays.
    function popFutureEpochConfigs() external onlyRole(EPOCH_UPDATER_ROLE) {
        if (epochConfigs.length == 0) revert EpochManagerNoConfigs();
        while (epochConfigs.length > 1 && epochConfigs[epochConfigs.length - 1].fromTime > block.timestamp) {
            _popConfig();
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev Validates and appends a config; its start time follows from the last config (or is
    ///      `startTimestamp` for the first, which must be epoch 1).
    function _appendConfig(uint32 fromEpoch, uint64 epochLength, uint256 maxEpochReward) internal {
        if (fromEpoch == 0) revert EpochManagerInvalidFromEpoch(fromEpoch);
        if (epochLength == 0) revert EpochManagerInvalidEpochLength(epochLength);
        if (maxEpochReward == 0) revert EpochManagerInvalidMaxReward(maxEpochReward);
        uint64 fromTime;
        if (epochConfigs.length == 0) {
            if (fromEpoch != 1) revert EpochManagerFirstConfigMustStartAtOne();
            fromTime = startTimestamp;
        } else {
            EpochConfig storage last = epochConfigs[epochConfigs.length - 1];
            if (fromEpoch <= last.fromEpoch) revert EpochManagerFromEpochNotIncreasing(last.fromEpoch, fromEpoch);
            fromTime = _startOf(last, fromEpoch);
        }
        epochConfigs.push(EpochConfig(fromEpoch, fromTime, epochLength, maxEpochReward));
        emit EpochConfigSet(fromEpoch, fromTime, epochLength, maxEpochReward);
    }

    function _popConfig() private {
        EpochConfig memory last = epochConfigs[epochConfigs.length - 1];
        epochConfigs.pop();
        emit EpochConfigPopped(last.fromEpoch, last.fromTime, last.epochLength, last.maxEpochReward);
    }

    /// @dev Start of `epoch` (>= config.fromEpoch) under `config`; checked uint64 arithmetic.
    function _startOf(EpochConfig storage config, uint32 epoch) private view returns (uint64) {
        return config.fromTime + uint64(epoch - config.fromEpoch) * config.epochLength;
    }
}
