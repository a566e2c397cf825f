// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IRewardsVerifier} from "./IRewardsVerifier.sol";

/// @notice The part of the StakingController that EpochRewards uses: its token and the batch
///         reward entry point (REWARD_SOURCE_ROLE, pulls the total from msg.sender).
interface IStakingRewardsSink {
    function stakingToken() external view returns (address);
    function addRewards(address[] calldata provers, uint256[] calldata amounts) external;
}

/// @title Foundation rewards per epoch, paid to provers through the staking controller.
/// @notice
/// **Epoch numbering.** Epochs are numbered from 1: epoch 1 starts at `startTimestamp()`.
/// Epoch 0 is never a real epoch: it means "no epoch" (the schedule is not initialized or the
/// time is before `startTimestamp()`), and every view reports it with all-zero values
/// (`getCurrentEpochInfo` / `getEpochInfoByTimestamp` return (0, 0, 0) then, and
/// `getEpochInfoByEpochNumber(0)` returns (0, 0, 0)). Epoch n covers the half-open time range
/// [start(n), start(n) + length(n)): a timestamp equal to an epoch's start belongs to that epoch.
///
/// **Schedule.** Append-only list of configs. `initEpoch` writes the first one
/// (fromEpoch 1, fromTime = startTimestamp). Each later config takes effect from a future epoch,
/// and its `fromTime` is derived from the previous config, so the bounds of an epoch that has
/// started (or ended) never change.
///
/// **Rewards.** After an epoch has ended, an UPDATER_ROLE account submits its per-prover amounts
/// with `setRewards(proof, circuitOutput)`, once per epoch and in increasing epoch order (an
/// epoch skipped over can no longer be set). The total may not exceed the epoch's
/// `maxEpochReward`. `distributeRewards` (anyone) then pays the amounts into the staking
/// controller with one batch `addRewards` call: this contract must hold the BREV (funded by the
/// foundation) and approves the controller for exactly the batch total.
contract EpochRewards is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    struct EpochConfig {
        uint32 fromEpoch;
        uint64 fromTime;
        uint64 epochLength;
        uint256 maxEpochReward;
    }

    struct ProverReward {
        uint128 amount;
        bool distributed;
        /// @dev The prover appeared in the epoch's reward list (also with a zero amount).
        bool recorded;
    }

    bytes32 public constant UPDATER_ROLE = keccak256("UPDATER_ROLE");
    /// @notice The number of the epoch that starts at `startTimestamp()`.
    uint32 public constant FIRST_EPOCH = 1;

    event RewardsSet(uint32 indexed epoch, address indexed prover, uint256 amount);
    /// @param newAmount The epoch's total.
    /// @param cumulativeAmount The total of every epoch set so far (`totalRewardsSet()`).
    event EpochRewardsSet(uint32 indexed epoch, uint256 newAmount, uint256 cumulativeAmount);
    event EpochConfigSet(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward);
    /// @notice One `distributeRewards` call that paid `proverCount` provers `amount` in total.
    event RewardsDistributed(uint32 indexed epoch, uint256 proverCount, uint256 amount);

    error ZeroAddress();
    error EpochNotInitialized();
    error EpochAlreadyInitialized();
    /// @notice Zero start time or epoch length, a max reward above 2^128 - 1, or a schedule
    ///         whose times no longer fit in uint64.
    error InvalidConfig();
    /// @notice A new config must start after the current epoch and after the last config's start.
    error ConfigNotInFuture(uint32 fromEpoch, uint256 minFromEpoch);
    error InvalidProof();
    error InvalidEpoch(uint32 epoch);
    error EpochNotEnded(uint32 epoch, uint32 currentEpoch);
    error EpochAlreadySet(uint32 epoch, uint32 lastUpdatedEpoch);
    error EpochRewardsNotSet(uint32 epoch);
    error LengthMismatch(uint256 proversLength, uint256 amountsLength);
    error InvalidProver();
    error DuplicateProver(address prover);
    error RewardsExceedMax(uint32 epoch, uint256 maxEpochReward);
    error InsufficientRewardBalance(uint256 needed, uint256 available);
    /// @notice An epoch number or start time that does not fit its return type.
    error EpochOutOfRange();

    /// @notice The StakingController the rewards are paid into.
    address public immutable stakingController;
    /// @notice BREV: the controller's staking token.
    IERC20 public immutable rewardToken;
    IRewardsVerifier public immutable rewardsVerifier;

    EpochConfig[] private configs;
    /// @notice The last epoch whose rewards were set (0: none yet).
    uint32 public lastUpdatedEpoch;
    mapping(uint32 epoch => uint256) public epochTotalRewards;
    mapping(uint32 epoch => mapping(address prover => ProverReward)) private rewards;
    /// @notice Sum of every epoch's total set so far.
    uint256 public totalRewardsSet;
    /// @notice Sum of every amount paid into the controller so far.
    uint256 public totalRewardsDistributed;

    /// @param updater Gets UPDATER_ROLE if nonzero (the admin can grant it later).
    constructor(address stakingController_, IRewardsVerifier verifier, address admin, address updater) {
        if (stakingController_ == address(0) || address(verifier) == address(0) || admin == address(0)) {
            revert ZeroAddress();
        }
        address token = IStakingRewardsSink(stakingController_).stakingToken();
        if (token == address(0)) revert ZeroAddress();
        stakingController = stakingController_;
        rewardToken = IERC20(token);
        rewardsVerifier = verifier;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (updater != address(0)) _grantRole(UPDATER_ROLE, updater);
    }

    // ---------------------------------------------------------------- schedule (admin)

    /// @notice Starts the schedule: epoch 1 begins at `start`. Once only.
    function initEpoch(uint64 start, uint64 epochLength, uint256 maxEpochReward) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (configs.length != 0) revert EpochAlreadyInitialized();
        if (start == 0) revert InvalidConfig();
        _appendConfig(FIRST_EPOCH, start, epochLength, maxEpochReward);
    }

    /// @notice Changes the epoch length and max reward from epoch `fromEpoch` on. `fromEpoch`
    ///         must be after the current epoch and after the last config's first epoch; its start
    ///         time follows from the previous config.
    function setEpochConfig(uint32 fromEpoch, uint64 epochLength, uint256 maxEpochReward)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        uint256 n = configs.length;
        if (n == 0) revert EpochNotInitialized();
        EpochConfig memory last = configs[n - 1];
        (uint32 current,,) = getCurrentEpochInfo();
        uint32 floor = current > last.fromEpoch ? current : last.fromEpoch;
        if (fromEpoch <= floor) revert ConfigNotInFuture(fromEpoch, uint256(floor) + 1);
        uint256 fromTime = uint256(last.fromTime) + uint256(fromEpoch - last.fromEpoch) * last.epochLength;
        if (fromTime > type(uint64).max) revert InvalidConfig();
        // casting to 'uint64' is safe because fromTime was checked against type(uint64).max above
        // forge-lint: disable-next-line(unsafe-typecast)
        _appendConfig(fromEpoch, uint64(fromTime), epochLength, maxEpochReward);
    }

    // ---------------------------------------------------------------- rewards

    /// @notice Records the per-prover rewards of one ended epoch.
    /// @param proof Checked by `rewardsVerifier` against the exact `circuitOutput` bytes.
    /// @param circuitOutput `abi.encode(uint32 epoch, address[] provers, uint256[] amounts)`:
    ///        the epoch (after `lastUpdatedEpoch`, already ended), and the provers with their
    ///        amounts (same length, no prover twice, no zero address; zero amounts are allowed and
    ///        recorded; the sum at most the epoch's `maxEpochReward`).
    function setRewards(bytes calldata proof, bytes calldata circuitOutput) external onlyRole(UPDATER_ROLE) {
        if (configs.length == 0) revert EpochNotInitialized();
        if (!rewardsVerifier.verifyRewards(proof, circuitOutput)) revert InvalidProof();
        (uint32 epoch, address[] memory provers, uint256[] memory amounts) =
            abi.decode(circuitOutput, (uint32, address[], uint256[]));

        if (epoch == 0) revert InvalidEpoch(epoch);
        if (epoch <= lastUpdatedEpoch) revert EpochAlreadySet(epoch, lastUpdatedEpoch);
        (uint32 current,,) = getCurrentEpochInfo();
        if (epoch >= current) revert EpochNotEnded(epoch, current);
        if (provers.length != amounts.length) revert LengthMismatch(provers.length, amounts.length);

        (,, uint256 maxReward) = getEpochInfoByEpochNumber(epoch);
        uint256 total = 0;
        for (uint256 i = 0; i < provers.length; ++i) {
            address prover = provers[i];
            uint256 amount = amounts[i];
            if (prover == address(0)) revert InvalidProver();
            ProverReward storage r = rewards[epoch][prover];
            if (r.recorded) revert DuplicateProver(prover);
            // maxReward < 2^128 (checked in _appendConfig), so every accepted amount fits uint128.
            if (amount > maxReward - total) revert RewardsExceedMax(epoch, maxReward);
            total += amount;
            // casting to 'uint128' is safe because amount <= maxReward < 2^128
            // forge-lint: disable-next-line(unsafe-typecast)
            r.amount = uint128(amount);
            r.recorded = true;
            emit RewardsSet(epoch, prover, amount);
        }

        lastUpdatedEpoch = epoch;
        epochTotalRewards[epoch] = total;
        uint256 cumulative = totalRewardsSet + total;
        totalRewardsSet = cumulative;
        emit EpochRewardsSet(epoch, total, cumulative);
    }

    /// @notice Pays the listed provers' undistributed rewards of `epoch` into the staking
    ///         controller in one batch `addRewards` call (RewardsAdded source = this contract).
    ///         Provers with no reward, or already paid (also a repeat in `provers`), are skipped;
    ///         if none is left nothing happens. A prover not initialized in the controller makes
    ///         the controller revert the whole batch: leave it out and pay it once it is.
    function distributeRewards(uint32 epoch, address[] calldata provers) external nonReentrant {
        if (epoch == 0 || epoch > lastUpdatedEpoch) revert EpochRewardsNotSet(epoch);

        address[] memory payees = new address[](provers.length);
        uint256[] memory amounts = new uint256[](provers.length);
        uint256 count = 0;
        uint256 total = 0;
        for (uint256 i = 0; i < provers.length; ++i) {
            ProverReward storage r = rewards[epoch][provers[i]];
            if (r.amount == 0 || r.distributed) continue;
            r.distributed = true;
            payees[count] = provers[i];
            amounts[count] = r.amount;
            total += r.amount;
            ++count;
        }
        if (count == 0) return;
        assembly ("memory-safe") {
            mstore(payees, count)
            mstore(amounts, count)
        }

        uint256 balance = rewardToken.balanceOf(address(this));
        if (balance < total) revert InsufficientRewardBalance(total, balance);
        totalRewardsDistributed += total;
        emit RewardsDistributed(epoch, count, total);

        rewardToken.forceApprove(stakingController, total);
        IStakingRewardsSink(stakingController).addRewards(payees, amounts);
    }

    // ---------------------------------------------------------------- views

    function getProverReward(uint32 epoch, address prover) external view returns (uint128 amount, bool distributed) {
        ProverReward storage r = rewards[epoch][prover];
        return (r.amount, r.distributed);
    }

    function getBatchProverRewards(uint32 epoch, address[] calldata provers)
        external
        view
        returns (uint128[] memory amounts, bool[] memory distributedFlags)
    {
        amounts = new uint128[](provers.length);
        distributedFlags = new bool[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            ProverReward storage r = rewards[epoch][provers[i]];
            amounts[i] = r.amount;
            distributedFlags[i] = r.distributed;
        }
    }

    /// @notice When epoch 1 starts (0 if the schedule is not initialized).
    function startTimestamp() external view returns (uint64) {
        return configs.length == 0 ? 0 : configs[0].fromTime;
    }

    function getEpochConfigs() external view returns (EpochConfig[] memory) {
        return configs;
    }

    /// @notice The epoch at the current block time; (0, 0, 0) before the start or when uninitialized.
    function getCurrentEpochInfo()
        public
        view
        returns (uint32 currentEpoch, uint64 epochLength, uint256 maxEpochReward)
    {
        // casting to 'uint64' is safe because block timestamps fit in uint64
        // forge-lint: disable-next-line(unsafe-typecast)
        return getEpochInfoByTimestamp(uint64(block.timestamp));
    }

    /// @notice The epoch that contains `timestamp`; (0, 0, 0) before the start or when uninitialized.
    function getEpochInfoByTimestamp(uint64 timestamp)
        public
        view
        returns (uint32 currentEpoch, uint64 epochLength, uint256 maxEpochReward)
    {
        for (uint256 i = configs.length; i > 0; --i) {
            EpochConfig storage c = configs[i - 1];
            if (c.fromTime <= timestamp) {
                uint256 epoch = uint256(c.fromEpoch) + (timestamp - c.fromTime) / c.epochLength;
                if (epoch > type(uint32).max) revert EpochOutOfRange();
                // casting to 'uint32' is safe because epoch was checked against type(uint32).max above
                // forge-lint: disable-next-line(unsafe-typecast)
                return (uint32(epoch), c.epochLength, c.maxEpochReward);
            }
        }
        return (0, 0, 0);
    }

    /// @notice The start time, length and max reward of `epoch`; (0, 0, 0) for epoch 0 or when
    ///         uninitialized.
    function getEpochInfoByEpochNumber(uint32 epoch)
        public
        view
        returns (uint64 epochStartTime, uint64 epochLength, uint256 maxEpochReward)
    {
        for (uint256 i = configs.length; i > 0; --i) {
            EpochConfig storage c = configs[i - 1];
            if (c.fromEpoch <= epoch) {
                uint256 start = uint256(c.fromTime) + uint256(epoch - c.fromEpoch) * c.epochLength;
                if (start > type(uint64).max) revert EpochOutOfRange();
                // casting to 'uint64' is safe because start was checked against type(uint64).max above
                // forge-lint: disable-next-line(unsafe-typecast)
                return (uint64(start), c.epochLength, c.maxEpochReward);
            }
        }
        return (0, 0, 0);
    }

    // ---------------------------------------------------------------- internals

    function _appendConfig(uint32 fromEpoch, uint64 fromTime, uint64 epochLength, uint256 maxEpochReward) private {
        if (epochLength == 0 || maxEpochReward > type(uint128).max) revert InvalidConfig();
        configs.push(EpochConfig(fromEpoch, fromTime, epochLength, maxEpochReward));
        emit EpochConfigSet(fromEpoch, fromTime, epochLength, maxEpochReward);
    }
}
