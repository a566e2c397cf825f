// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingController} from "../staking/interfaces/IStakingController.sol";
import {EpochManager} from "./EpochManager.sol";
import {IBrevisProof} from "./IBrevisProof.sol";

/// @title Foundation rewards per epoch, proven with Brevis and paid through the staking controller.
/// @notice Behaves as ProverNet v1.1's EpochRewards on Base.
///
/// **Submitting.** After an epoch ends, the reward updater calls `setRewards(proof,
/// circuitOutput)`. The circuit output is packed: a 4-byte epoch, the 8-byte start and 8-byte
/// end of its window (which must equal the schedule's), then 36 bytes per prover (a 20-byte
/// address and a 16-byte amount) up to the end or the first zero address. An epoch may take
/// several submissions as long as the provers keep increasing across all of them and the
/// epoch's sum stays within its `maxEpochReward`; once a later epoch has a submission, earlier
/// epochs are closed. The proof goes to `brevisProof`, which must report this contract's
/// `vkHash` and keccak256 of the exact circuit output.
///
/// **Paying.** `distributeRewards(epoch, provers)` (reward updater) pays the listed provers'
/// recorded amounts with one batch `addRewards` on the controller, which pulls the tokens
/// from this contract (the foundation funds it; the controller has an unlimited allowance from
/// `init`). A prover with nothing recorded or already paid reverts the call, and so does the
/// controller for a prover that is not Active.
contract EpochRewards is EpochManager {
    using SafeERC20 for IERC20;

    bytes32 public constant REWARD_UPDATER_ROLE = keccak256("REWARD_UPDATER_ROLE");

    /// @dev Layout of the circuit output: epoch, window start, window end, then provers.
    uint256 private constant START_AT = 4;
    uint256 private constant END_AT = 12;
    uint256 private constant PROVERS_AT = 20;
    uint256 private constant ADDRESS_BYTES = 20;
    uint256 private constant ENTRY_BYTES = 36; // 20-byte address + 16-byte amount

    struct ProverReward {
        uint128 amount;
        bool distributed;
    }

    struct ProverDistributableRewards {
        address prover;
        uint32[] epochs;
        uint128[] amounts;
    }

    IStakingController public stakingController;
    IBrevisProof public brevisProof;
    /// @notice The verification key hash a proof must report; zero until the owner sets it.
    bytes32 public vkHash;

    mapping(uint32 => mapping(address => ProverReward)) public epochProverRewards;
    /// @notice The highest prover recorded for the epoch: the next submission starts above it.
    mapping(uint32 => address) public epochLastProver;
    mapping(uint32 => uint256) public epochTotalRewards;
    /// @notice The epoch of the last submission; earlier epochs take no more.
    uint32 public lastUpdatedEpoch;

    event RewardsSet(uint32 indexed epoch, address indexed prover, uint256 amount);
    /// @param newAmount The sum of this submission.
    /// @param cumulativeAmount The epoch's total after it.
    event EpochRewardsSet(uint32 indexed epoch, uint256 newAmount, uint256 cumulativeAmount);
    event BrevisProofUpdated(address indexed oldBrevisProof, address indexed newBrevisProof);
    event VkHashUpdated(bytes32 indexed oldVkHash, bytes32 indexed newVkHash);
    event RewardsWithdrawn(address indexed to, uint256 amount);

    error StakingRewardsNotDistributable(address prover);
    error StakingRewardsExceedsMax(uint32 epoch, uint256 totalRewards, uint256 maxAllowed);
    error StakingRewardsInvalidEpoch();
    error StakingRewardsEpochWindowMismatch(
        uint32 epoch, uint64 expectedStart, uint64 providedStart, uint64 expectedEnd, uint64 providedEnd
    );
    error StakingRewardsEpochNotReady(uint32 epoch, uint64 epochEndTime, uint64 currentTime);
    error StakingRewardsUnsortedProvers(address previousProver, address currentProver);

    /// @notice The deployer becomes owner. Nonzero updaters get the reward-updater and the
    ///         epoch-updater role; the pauser role is the owner's to grant.
    constructor(address _stakingController, address _brevisProof, address _rewardUpdater, address _epochUpdater) {
        _init(_stakingController, _brevisProof, _rewardUpdater, _epochUpdater);
    }

    /// @notice The same set-up for a copy behind a proxy, whose caller becomes owner. Reverts
    ///         once an owner exists (so always on a contract built with the constructor).
    function init(address _stakingController, address _brevisProof, address _rewardUpdater, address _epochUpdater)
        external
    {
        _init(_stakingController, _brevisProof, _rewardUpdater, _epochUpdater);
        _initOwner();
    }

    // ---------------------------------------------------------------- rewards

    function setRewards(bytes calldata proof, bytes calldata circuitOutput)
        external
        whenNotPaused
        onlyRole(REWARD_UPDATER_ROLE)
    {
        uint32 epoch = uint32(bytes4(circuitOutput[:START_AT]));
        if (epoch == 0 || epoch < lastUpdatedEpoch) revert StakingRewardsInvalidEpoch();
        uint64 start = uint64(bytes8(circuitOutput[START_AT:END_AT]));
        uint64 end = uint64(bytes8(circuitOutput[END_AT:PROVERS_AT]));

        (uint64 expectedStart, uint64 epochLength, uint256 maxEpochReward) = getEpochInfoByEpochNumber(epoch);
        uint64 expectedEnd = expectedStart + epochLength;
        if (start != expectedStart || end != expectedEnd) {
            revert StakingRewardsEpochWindowMismatch(epoch, expectedStart, start, expectedEnd, end);
        }
        if (block.timestamp < expectedEnd) {
            revert StakingRewardsEpochNotReady(epoch, expectedEnd, uint64(block.timestamp));
        }
        _verifyProof(proof, circuitOutput);

        address previous = epochLastProver[epoch];
        uint256 submitted = 0;
        for (uint256 at = PROVERS_AT; at < circuitOutput.length; at += ENTRY_BYTES) {
            address prover = address(bytes20(circuitOutput[at:at + ADDRESS_BYTES]));
            if (prover == address(0)) break;
            if (prover <= previous) revert StakingRewardsUnsortedProvers(previous, prover);
            uint128 amount = uint128(bytes16(circuitOutput[at + ADDRESS_BYTES:at + ENTRY_BYTES]));
            // Stored fresh: strictly increasing provers cannot meet an earlier entry.
            epochProverRewards[epoch][prover] = ProverReward(amount, false);
            submitted += amount;
            previous = prover;
            emit RewardsSet(epoch, prover, amount);
        }

        uint256 epochTotal = epochTotalRewards[epoch] + submitted;
        if (epochTotal > maxEpochReward) revert StakingRewardsExceedsMax(epoch, epochTotal, maxEpochReward);
        epochTotalRewards[epoch] = epochTotal;
        epochLastProver[epoch] = previous;
        lastUpdatedEpoch = epoch;
        emit EpochRewardsSet(epoch, submitted, epochTotal);
    }

    function distributeRewards(uint32 epoch, address[] calldata provers)
        external
        whenNotPaused
        onlyRole(REWARD_UPDATER_ROLE)
    {
        uint256[] memory amounts = new uint256[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            ProverReward storage reward = epochProverRewards[epoch][provers[i]];
            if (!_isDistributable(reward)) revert StakingRewardsNotDistributable(provers[i]);
            reward.distributed = true;
            amounts[i] = reward.amount;
        }
        stakingController.addRewards(provers, amounts);
    }

    // ---------------------------------------------------------------- views

    /// @notice Sum of the epochs' recorded totals, both ends included.
    function getTotalRewardsForEpochRange(uint32 fromEpoch, uint32 toEpoch)
        external
        view
        returns (uint256 totalRewards)
    {
        for (uint32 epoch = fromEpoch; epoch <= toEpoch; ++epoch) {
            totalRewards += epochTotalRewards[epoch];
        }
    }

    function getProverReward(uint32 epoch, address prover) external view returns (uint128 amount, bool distributed) {
        ProverReward storage reward = epochProverRewards[epoch][prover];
        return (reward.amount, reward.distributed);
    }

    function getBatchProverRewards(uint32 epoch, address[] calldata provers)
        external
        view
        returns (uint128[] memory amounts, bool[] memory distributedFlags)
    {
        amounts = new uint128[](provers.length);
        distributedFlags = new bool[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            ProverReward storage reward = epochProverRewards[epoch][provers[i]];
            (amounts[i], distributedFlags[i]) = (reward.amount, reward.distributed);
        }
    }

    /// @notice The prover's epochs in [fromEpoch, toEpoch] with a nonzero, unpaid reward.
    function getDistributableRewards(uint32 fromEpoch, uint32 toEpoch, address prover)
        external
        view
        returns (uint32[] memory epochs, uint128[] memory amounts)
    {
        return _distributable(fromEpoch, toEpoch, prover);
    }

    function getBatchDistributableRewards(uint32 fromEpoch, uint32 toEpoch, address[] calldata provers)
        external
        view
        returns (ProverDistributableRewards[] memory results)
    {
        results = new ProverDistributableRewards[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            (uint32[] memory epochs, uint128[] memory amounts) = _distributable(fromEpoch, toEpoch, provers[i]);
            results[i] = ProverDistributableRewards(provers[i], epochs, amounts);
        }
    }

    // ---------------------------------------------------------------- owner

    /// @notice Sends the contract's staking tokens anywhere, also while paused.
    function withdrawRewards(address to, uint256 amount) external onlyOwner {
        IERC20(stakingController.stakingToken()).safeTransfer(to, amount);
        emit RewardsWithdrawn(to, amount);
    }

    function setVkHash(bytes32 _vkHash) external onlyOwner {
        emit VkHashUpdated(vkHash, _vkHash);
        vkHash = _vkHash;
    }

    function setBrevisProof(address _brevisProof) external onlyOwner {
        require(_brevisProof != address(0), "brevisProof is zero");
        emit BrevisProofUpdated(address(brevisProof), _brevisProof);
        brevisProof = IBrevisProof(_brevisProof);
    }

    // ---------------------------------------------------------------- internals

    /// @dev No address is checked (as deployed); the controller must answer `stakingToken()`.
    function _init(address _stakingController, address _brevisProof, address _rewardUpdater, address _epochUpdater)
        private
    {
        stakingController = IStakingController(_stakingController);
        brevisProof = IBrevisProof(_brevisProof);
        if (_rewardUpdater != address(0)) _grantRole(REWARD_UPDATER_ROLE, _rewardUpdater);
        if (_epochUpdater != address(0)) _grantRole(EPOCH_UPDATER_ROLE, _epochUpdater);
        // Unlimited allowance once: each batch addRewards pulls its total from here.
        IERC20(stakingController.stakingToken()).approve(_stakingController, type(uint256).max);
    }

    /// @dev The deployed check, with its revert strings.
    function _verifyProof(bytes calldata proof, bytes calldata circuitOutput) private {
        (, bytes32 appCommitHash, bytes32 appVkHash) = brevisProof.submitProof(uint64(block.chainid), proof);
        require(appVkHash == vkHash, "vkHash mismatch");
        require(appCommitHash == keccak256(circuitOutput), "invalid circuit output");
    }

    /// @dev Two passes over the range: count, then fill arrays of that size.
    function _distributable(uint32 fromEpoch, uint32 toEpoch, address prover)
        private
        view
        returns (uint32[] memory epochs, uint128[] memory amounts)
    {
        uint256 count = 0;
        for (uint32 epoch = fromEpoch; epoch <= toEpoch; ++epoch) {
            if (_isDistributable(epochProverRewards[epoch][prover])) ++count;
        }
        epochs = new uint32[](count);
        amounts = new uint128[](count);
        uint256 next = 0;
        for (uint32 epoch = fromEpoch; epoch <= toEpoch; ++epoch) {
            ProverReward storage reward = epochProverRewards[epoch][prover];
            if (_isDistributable(reward)) {
                (epochs[next], amounts[next]) = (epoch, reward.amount);
                ++next;
            }
        }
    }

    function _isDistributable(ProverReward storage reward) private view returns (bool) {
        return reward.amount > 0 && !reward.distributed;
    }
}
