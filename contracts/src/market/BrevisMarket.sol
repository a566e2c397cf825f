// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {AccessControl} from "../access/AccessControl.sol";
import {IPicoVerifier} from "../pico/IPicoVerifier.sol";
import {IStakingController} from "../staking/interfaces/IStakingController.sol";
import {IBrevisMarket} from "./interfaces/IBrevisMarket.sol";
import {ProverSubmitters} from "./ProverSubmitters.sol";

/// @title Sealed-bid, second-price reverse auction for proof requests (ProverNet v1.1 behaviour).
/// @notice A requester escrows maxFee. Provers (or their submitters) commit to a fee, then
///         reveal it; the lowest fee wins and, on a verified proof, is paid the second-lowest
///         fee (its own when alone) minus the protocol fee, through the staking controller's
///         addRewards. A winner that misses the deadline is refunded against and, within the
///         slash window, slashed minStake × slashBps / 10,000 by anyone.
///
///         Phases are not stored per request: every check reads the durations in force, so
///         an owner's change of a duration moves the phases of open requests too.
///         Stats are cumulative snapshots per stats epoch; a new epoch takes over lazily, on the
///         first bid, reveal, request or proof at or after its start (not on refund or slash).
///
///         Built by a constructor with non-zero verifier and controller, it is ready and owned by
///         the deployer; built with zeros (an implementation behind a proxy), `init` sets it up
///         and takes the owner once.
contract BrevisMarket is IBrevisMarket, ProverSubmitters, AccessControl, ReentrancyGuard {
    using EnumerableSet for EnumerableSet.Bytes32Set;
    using SafeERC20 for IERC20;

    bytes32 public constant EPOCH_UPDATER_ROLE = keccak256("EPOCH_UPDATER_ROLE");
    uint256 public constant MAX_DEADLINE_DURATION = 30 days;
    uint256 public constant BPS_DENOMINATOR = 10_000;
    uint256 private constant DEFAULT_OVERCOMMIT_BPS = 500;

    struct ReqState {
        ReqStatus status;
        uint64 timestamp; // creation time; 0 means no such request
        address sender;
        FeeParams fee;
        bytes32 vk;
        bytes32 publicValuesDigest;
        uint32 version;
        uint32 bidCount; // provers with a non-zero sealed bid stored
        mapping(address prover => bytes32) bids;
        Bidder winner;
        Bidder second;
    }

    /// @dev endAt 0 marks the last scheduled epoch.
    struct StatsEpochInfo {
        uint64 startAt;
        uint64 endAt;
    }

    uint64 public biddingPhaseDuration;
    uint64 public revealPhaseDuration;
    uint256 public minMaxFee;
    /// @notice 0 means no upper bound.
    uint256 public maxMaxFee;
    uint256 public slashBps;
    uint256 public slashWindow;
    uint256 public protocolFeeBps;
    uint256 public overcommitBps;
    uint256 public cumulativeProtocolFee;
    uint256 public withdrawnProtocolFee;

    mapping(uint32 => IPicoVerifier) public picoVerifiers;
    IERC20 public feeToken;
    mapping(bytes32 => ReqState) public requests;

    /// @notice Cumulative counters as of each stats epoch (see `_globalSnapshot`).
    mapping(uint64 => GlobalStats) public globalStats;
    mapping(address => mapping(uint64 => ProverStats)) public proverStats;
    StatsEpochInfo[] public statsEpochs;
    uint64 public statsEpochId;

    /// @notice Σ minStake of the requests a prover holds as winner and has neither fulfilled nor been refunded for.
    mapping(address => uint256) public assignedStake;

    mapping(address prover => EnumerableSet.Bytes32Set) private _proverPending;
    mapping(address sender => EnumerableSet.Bytes32Set) private _senderPending;

    constructor(
        IPicoVerifier _picoVerifier,
        IStakingController _stakingController,
        uint64 _biddingPhaseDuration,
        uint64 _revealPhaseDuration,
        uint256 _minMaxFee
    ) {
        if (address(_picoVerifier) != address(0) && address(_stakingController) != address(0)) {
            _init(_picoVerifier, _stakingController, _biddingPhaseDuration, _revealPhaseDuration, _minMaxFee);
        }
    }

    /// @notice Sets up a market whose constructor ran with zeros (through a proxy's delegatecall);
    ///         the caller becomes owner and epoch updater. Reverts on a market that has an owner.
    function init(
        IPicoVerifier _picoVerifier,
        IStakingController _stakingController,
        uint64 _biddingPhaseDuration,
        uint64 _revealPhaseDuration,
        uint256 _minMaxFee
    ) external {
        _init(_picoVerifier, _stakingController, _biddingPhaseDuration, _revealPhaseDuration, _minMaxFee);
        _initOwner();
    }

    function _init(
        IPicoVerifier verifier,
        IStakingController controller,
        uint64 biddingDuration,
        uint64 revealDuration,
        uint256 minFee
    ) private {
        if (address(controller) == address(0)) revert MarketInvalidStakingController();
        picoVerifiers[0] = verifier;
        stakingController = controller;
        feeToken = IERC20(controller.stakingToken());
        biddingPhaseDuration = biddingDuration;
        revealPhaseDuration = revealDuration;
        minMaxFee = minFee;
        overcommitBps = DEFAULT_OVERCOMMIT_BPS;
        // The controller pulls each reward from the market.
        feeToken.forceApprove(address(controller), type(uint256).max);
        statsEpochs.push(StatsEpochInfo({startAt: uint64(block.timestamp), endAt: 0}));
        _grantRole(EPOCH_UPDATER_ROLE, msg.sender);
    }

    // ---------------------------------------------------------------- auction

    /// @notice Request id = keccak256(abi.encodePacked(nonce, vk, publicValuesDigest)). The deadline
    ///         may equal the end of the reveal phase (no proof can then arrive unless the
    ///         durations shrink).
    function requestProof(ProofRequest calldata req) external {
        _syncStatsEpochId();
        uint256 deadline = req.fee.deadline;
        if (deadline <= block.timestamp) revert MarketDeadlineMustBeInFuture();
        uint256 latest = block.timestamp + MAX_DEADLINE_DURATION;
        if (deadline > latest) revert MarketDeadlineTooFar(deadline, latest);
        if (deadline < block.timestamp + biddingPhaseDuration + revealPhaseDuration) {
            revert MarketDeadlineBeforeRevealPhaseEnd();
        }
        uint256 maxFee = req.fee.maxFee;
        if (maxFee < minMaxFee) revert MarketMaxFeeTooLow(maxFee, minMaxFee);
        if (maxMaxFee != 0 && maxFee > maxMaxFee) revert MarketMaxFeeTooHigh(maxFee, maxMaxFee);
        uint256 minSelfStake = stakingController.minSelfStake();
        if (req.fee.minStake < minSelfStake) revert MarketMinStakeTooLow(req.fee.minStake, minSelfStake);

        bytes32 reqid = keccak256(abi.encodePacked(req.nonce, req.vk, req.publicValuesDigest));
        ReqState storage r = requests[reqid];
        if (r.timestamp != 0) revert MarketRequestAlreadyExists(reqid);
        if (address(picoVerifiers[req.version]) == address(0)) revert MarketVerifierVersionNotSet(req.version);

        feeToken.safeTransferFrom(msg.sender, address(this), maxFee);
        r.status = ReqStatus.Pending;
        r.timestamp = uint64(block.timestamp);
        r.sender = msg.sender;
        r.fee = req.fee;
        r.vk = req.vk;
        r.publicValuesDigest = req.publicValuesDigest;
        r.version = req.version;
        _globalSnapshot().totalRequests += 1;
        _senderPending[msg.sender].add(reqid);
        emit NewRequest(reqid, req);
    }

    /// @notice bidHash = keccak256(abi.encodePacked(reqid, prover, fee, nonce)) with uint256 fee and
    ///         nonce. A new bid replaces the prover's previous one; every call counts as a bid in
    ///         the prover's stats, and a zero hash is stored like any other.
    function bid(bytes32 reqid, bytes32 bidHash) external {
        _syncStatsEpochId();
        ReqState storage r = _openRequest(reqid);
        uint256 biddingEnd = _biddingEnd(r);
        if (block.timestamp > biddingEnd) revert MarketBiddingPhaseEnded(block.timestamp, biddingEnd);
        address prover = _actingProver(msg.sender);
        _requireEligible(prover, r.fee.minStake);

        if (r.bids[prover] == bytes32(0)) r.bidCount += 1;
        r.bids[prover] = bidHash;
        ProverStats storage s = _proverSnapshot(prover);
        s.bids += 1;
        s.lastActiveAt = uint64(block.timestamp);
        emit NewBid(reqid, prover, bidHash);
    }

    /// @notice Lowest fee wins; the first to reveal keeps a tie. A bid may be revealed again:
    ///         it counts as another reveal and may take the second place too.
    function reveal(bytes32 reqid, uint256 fee, uint256 nonce) external {
        _syncStatsEpochId();
        ReqState storage r = _openRequest(reqid);
        uint256 biddingEnd = _biddingEnd(r);
        if (block.timestamp <= biddingEnd) revert MarketBiddingPhaseNotEnded(block.timestamp, biddingEnd);
        uint256 revealEnd = biddingEnd + revealPhaseDuration;
        if (block.timestamp > revealEnd) revert MarketRevealPhaseEnded(block.timestamp, revealEnd);
        address prover = _actingProver(msg.sender);
        _requireEligible(prover, r.fee.minStake);
        bytes32 expected = keccak256(abi.encodePacked(reqid, prover, fee, nonce));
        if (r.bids[prover] != expected) revert MarketBidRevealMismatch(expected, r.bids[prover]);
        if (fee > r.fee.maxFee) revert MarketFeeExceedsMaximum(fee, r.fee.maxFee);

        // casting to 'uint96' is safe because fee ≤ maxFee, itself a uint96
        // forge-lint: disable-next-line(unsafe-typecast)
        _rank(reqid, r, prover, uint96(fee));
        ProverStats storage s = _proverSnapshot(prover);
        s.reveals += 1;
        s.lastActiveAt = uint64(block.timestamp);
        emit BidRevealed(reqid, prover, fee);
    }

    /// @notice After the reveal phase, up to the deadline, the winner (or its submitter) proves.
    ///         The winner is paid through the controller's addRewards, which reverts for a prover
    ///         that is not Active, so such a winner cannot be paid and its proof is refused.
    function submitProof(bytes32 reqid, uint256[8] calldata proof) external nonReentrant {
        _syncStatsEpochId();
        ReqState storage r = requests[reqid];
        uint256 revealEnd = _revealEnd(r);
        if (block.timestamp <= revealEnd) revert MarketRevealPhaseNotEnded(block.timestamp, revealEnd);
        if (block.timestamp > r.fee.deadline) revert MarketDeadlinePassed(block.timestamp, r.fee.deadline);
        address prover = r.winner.prover;
        if (_actingProver(msg.sender) != prover) revert MarketNotExpectedProver(prover, msg.sender);
        if (r.status != ReqStatus.Pending) revert MarketInvalidRequestStatus(r.status);
        IPicoVerifier verifier = picoVerifiers[r.version];
        if (address(verifier) == address(0)) revert MarketVerifierVersionNotSet(r.version);
        verifier.verifyPicoProof(r.vk, r.publicValuesDigest, proof);

        r.status = ReqStatus.Fulfilled;
        assignedStake[prover] -= r.fee.minStake;
        _proverPending[prover].remove(reqid);
        _senderPending[r.sender].remove(reqid);

        uint256 actualFee = r.second.prover == address(0) ? r.winner.fee : r.second.fee;
        uint256 protocolFee = (actualFee * protocolFeeBps) / BPS_DENOMINATOR;
        uint256 reward = actualFee - protocolFee;
        cumulativeProtocolFee += protocolFee;

        ProverStats storage s = _proverSnapshot(prover);
        s.requestsFulfilled += 1;
        s.feeReceived += reward;
        s.lastActiveAt = uint64(block.timestamp);
        GlobalStats storage g = _globalSnapshot();
        g.totalFulfilled += 1;
        g.totalFees += reward;

        if (reward > 0) stakingController.addRewards(prover, reward);
        feeToken.safeTransfer(r.sender, r.fee.maxFee - actualFee);
        emit ProofSubmitted(reqid, prover, proof, actualFee);
    }

    /// @notice Anyone may return maxFee to the requester once the deadline passed, once bidding
    ///         ended without a bid, or once the reveal phase ended without a revealed bid. A
    ///         refund past the deadline counts against the winner, if there is one.
    function refund(bytes32 reqid) public nonReentrant {
        ReqState storage r = requests[reqid];
        if (r.status != ReqStatus.Pending) revert MarketInvalidRequestStatus(r.status);
        uint256 biddingEnd = _biddingEnd(r);
        uint256 revealEnd = biddingEnd + revealPhaseDuration;
        address winner = r.winner.prover;
        bool overdue = block.timestamp > r.fee.deadline;
        bool unbid = block.timestamp > biddingEnd && r.bidCount == 0;
        bool unrevealed = block.timestamp > revealEnd && winner == address(0);
        if (!overdue && !unbid && !unrevealed) {
            revert MarketCannotRefundYet(block.timestamp, r.fee.deadline, biddingEnd, revealEnd);
        }

        r.status = ReqStatus.Refunded;
        _senderPending[r.sender].remove(reqid);
        if (winner != address(0)) {
            // Only an overdue request can have a winner here.
            assignedStake[winner] -= r.fee.minStake;
            _proverPending[winner].remove(reqid);
            _proverSnapshot(winner).requestsRefunded += 1;
        }
        feeToken.safeTransfer(r.sender, r.fee.maxFee);
        emit Refunded(reqid, r.sender, r.fee.maxFee);
    }

    function batchRefund(bytes32[] calldata reqids) external {
        for (uint256 i = 0; i < reqids.length; ++i) {
            refund(reqids[i]);
        }
    }

    /// @notice Once per refunded request with a winner, after the deadline and within slashWindow
    ///         of it: asks the controller to slash minStake × slashBps / 10,000 (the controller
    ///         converts the amount and applies its own cap). The event carries that amount.
    function slash(bytes32 reqid) external {
        ReqState storage r = requests[reqid];
        if (r.status != ReqStatus.Refunded) revert MarketInvalidRequestStatus(r.status);
        r.status = ReqStatus.Slashed;
        uint256 deadline = r.fee.deadline;
        if (block.timestamp <= deadline) revert MarketBeforeDeadline(block.timestamp, deadline);
        address prover = r.winner.prover;
        if (prover == address(0)) revert MarketNoAssignedProverToSlash(reqid);
        uint256 windowEnd = deadline + slashWindow;
        if (block.timestamp > windowEnd) revert MarketSlashWindowExpired(block.timestamp, windowEnd);

        uint256 amount = (uint256(r.fee.minStake) * slashBps) / BPS_DENOMINATOR;
        stakingController.slashByAmount(prover, amount);
        emit ProverSlashed(reqid, prover, amount);
    }

    // ---------------------------------------------------------------- owner

    function setPicoVerifier(uint32 version, IPicoVerifier newVerifier) external onlyOwner {
        if (address(newVerifier) == address(0)) revert MarketZeroAddress();
        emit PicoVerifierUpdated(version, address(picoVerifiers[version]), address(newVerifier));
        picoVerifiers[version] = newVerifier;
    }

    function setBiddingPhaseDuration(uint64 newDuration) external onlyOwner {
        emit BiddingPhaseDurationUpdated(biddingPhaseDuration, newDuration);
        biddingPhaseDuration = newDuration;
    }

    function setRevealPhaseDuration(uint64 newDuration) external onlyOwner {
        emit RevealPhaseDurationUpdated(revealPhaseDuration, newDuration);
        revealPhaseDuration = newDuration;
    }

    function setMinMaxFee(uint256 newMinFee) external onlyOwner {
        emit MinMaxFeeUpdated(minMaxFee, newMinFee);
        minMaxFee = newMinFee;
    }

    function setMaxMaxFee(uint256 newMaxFee) external onlyOwner {
        emit MaxMaxFeeUpdated(maxMaxFee, newMaxFee);
        maxMaxFee = newMaxFee;
    }

    function setSlashBps(uint256 newBps) external onlyOwner {
        _checkBps(newBps);
        emit SlashBpsUpdated(slashBps, newBps);
        slashBps = newBps;
    }

    /// @notice 0 (the initial value) leaves no time to slash.
    function setSlashWindow(uint256 newWindow) external onlyOwner {
        emit SlashWindowUpdated(slashWindow, newWindow);
        slashWindow = newWindow;
    }

    function setProtocolFeeBps(uint256 newBps) external onlyOwner {
        _checkBps(newBps);
        emit ProtocolFeeBpsUpdated(protocolFeeBps, newBps);
        protocolFeeBps = newBps;
    }

    function setOvercommitBps(uint256 newBps) external onlyOwner {
        _checkBps(newBps);
        emit OvercommitBpsUpdated(overcommitBps, newBps);
        overcommitBps = newBps;
    }

    /// @notice Sends every protocol fee collected and not yet withdrawn.
    function withdrawProtocolFee(address to) external onlyOwner {
        if (to == address(0)) revert MarketZeroAddress();
        uint256 amount = cumulativeProtocolFee - withdrawnProtocolFee;
        if (amount == 0) revert MarketNoProtocolFeeToWithdraw();
        withdrawnProtocolFee = cumulativeProtocolFee;
        feeToken.safeTransfer(to, amount);
        emit ProtocolFeeWithdrawn(to, amount);
    }

    // ---------------------------------------------------------------- stats epochs

    /// @notice Appends an epoch starting at `startAt` (0: now), strictly after the last start; the
    ///         previous last epoch ends there. An epoch starting now (or earlier) takes over at once.
    function scheduleStatsEpoch(uint64 startAt) external onlyRole(EPOCH_UPDATER_ROLE) {
        uint64 start = startAt == 0 ? uint64(block.timestamp) : startAt;
        StatsEpochInfo storage last = statsEpochs[statsEpochs.length - 1];
        if (start <= last.startAt) revert MarketInvalidStatsEpochStart(last.startAt, start);
        last.endAt = start;
        statsEpochs.push(StatsEpochInfo({startAt: start, endAt: 0}));
        emit StatsEpochScheduled(start);
        if (start <= block.timestamp) _syncStatsEpochId();
    }

    /// @notice Removes the last scheduled epoch if it has not started; the first epoch stays.
    function popStatsEpoch() external onlyRole(EPOCH_UPDATER_ROLE) {
        uint256 count = statsEpochs.length;
        if (count <= 1) revert MarketNoFutureEpochToPop();
        uint64 startAt = statsEpochs[count - 1].startAt;
        if (startAt <= block.timestamp) revert MarketCannotPopStartedEpoch(startAt, uint64(block.timestamp));
        statsEpochs.pop();
        statsEpochs[count - 2].endAt = 0;
        emit StatsEpochPopped(startAt);
    }

    // ---------------------------------------------------------------- views

    function getRequest(bytes32 reqid)
        external
        view
        returns (
            ReqStatus status,
            uint64 timestamp,
            address sender,
            uint256 maxFee,
            uint256 minStake,
            uint64 deadline,
            bytes32 vk,
            bytes32 publicValuesDigest,
            uint32 version
        )
    {
        ReqState storage r = requests[reqid];
        return (
            r.status,
            r.timestamp,
            r.sender,
            r.fee.maxFee,
            r.fee.minStake,
            r.fee.deadline,
            r.vk,
            r.publicValuesDigest,
            r.version
        );
    }

    function getBidders(bytes32 reqid)
        external
        view
        returns (address winner, uint256 winnerFee, address secondPlace, uint256 secondFee)
    {
        ReqState storage r = requests[reqid];
        return (r.winner.prover, r.winner.fee, r.second.prover, r.second.fee);
    }

    function getBidHash(bytes32 reqid, address prover) external view returns (bytes32 bidHash) {
        return requests[reqid].bids[prover];
    }

    /// @return feeBps The protocol fee rate.
    /// @return balance Collected and not yet withdrawn.
    function getProtocolFeeInfo() external view returns (uint256 feeBps, uint256 balance) {
        return (protocolFeeBps, cumulativeProtocolFee - withdrawnProtocolFee);
    }

    /// @notice Pending requests the prover currently holds as winner.
    function getProverPendingRequests(address prover) external view returns (bytes32[] memory reqids) {
        return _proverPending[prover].values();
    }

    function getSenderPendingRequests(address sender) external view returns (bytes32[] memory reqids) {
        return _senderPending[sender].values();
    }

    function statsEpochsLength() external view returns (uint256) {
        return statsEpochs.length;
    }

    /// @notice The epoch the market last rolled over to (see the contract notice: rollover is lazy).
    function getRecentStatsInfo() external view returns (uint64 startAt, uint64 epochId) {
        return (statsEpochs[statsEpochId].startAt, statsEpochId);
    }

    /// @notice Lifetime counters: the current epoch's snapshot, or the previous epoch's while the
    ///         prover has none in this one. A prover idle for a whole epoch starts again from zero.
    function getProverStatsTotal(address prover) external view returns (ProverStats memory) {
        uint64 id = statsEpochId;
        ProverStats memory current = proverStats[prover][id];
        if (id > 0 && current.lastActiveAt == 0) return proverStats[prover][id - 1];
        return current;
    }

    function getProverRecentStats(address prover) external view returns (ProverStats memory stats, uint64 startAt) {
        uint64 id = statsEpochId;
        return (_proverEpochDiff(prover, id), statsEpochs[id].startAt);
    }

    function getProverStatsForStatsEpoch(address prover, uint64 epochId)
        external
        view
        returns (ProverStats memory stats, uint64 startAt, uint64 endAt)
    {
        StatsEpochInfo memory epoch = statsEpochs[epochId];
        return (_proverEpochDiff(prover, epochId), epoch.startAt, epoch.endAt);
    }

    /// @notice As for provers, with "no request yet in this epoch" as the fallback signal.
    function getGlobalStatsTotal() external view returns (GlobalStats memory) {
        uint64 id = statsEpochId;
        GlobalStats memory current = globalStats[id];
        if (id > 0 && current.totalRequests == 0) return globalStats[id - 1];
        return current;
    }

    function getGlobalRecentStats() external view returns (GlobalStats memory stats, uint64 startAt) {
        uint64 id = statsEpochId;
        return (_globalEpochDiff(id), statsEpochs[id].startAt);
    }

    function getGlobalStatsForStatsEpoch(uint64 epochId)
        external
        view
        returns (GlobalStats memory stats, uint64 startAt, uint64 endAt)
    {
        StatsEpochInfo memory epoch = statsEpochs[epochId];
        return (_globalEpochDiff(epochId), epoch.startAt, epoch.endAt);
    }

    // ---------------------------------------------------------------- internals

    function _openRequest(bytes32 reqid) private view returns (ReqState storage r) {
        r = requests[reqid];
        if (r.timestamp == 0) revert MarketRequestNotFound(reqid);
        if (r.status != ReqStatus.Pending) revert MarketInvalidRequestStatus(r.status);
    }

    function _biddingEnd(ReqState storage r) private view returns (uint256) {
        return uint256(r.timestamp) + biddingPhaseDuration;
    }

    function _revealEnd(ReqState storage r) private view returns (uint256) {
        return _biddingEnd(r) + revealPhaseDuration;
    }

    /// @dev Eligible = Active with vault assets ≥ minStake + assignedStake × overcommitBps / 10,000.
    function _requireEligible(address prover, uint256 minStake) private view {
        uint256 required = minStake + (assignedStake[prover] * overcommitBps) / BPS_DENOMINATOR;
        (bool eligible, uint256 assets) = stakingController.isProverEligible(prover, required);
        if (!eligible) revert MarketProverNotEligible(prover, required, assets);
    }

    /// @dev Places a revealed fee; when the winner changes, its minStake moves to the new winner.
    function _rank(bytes32 reqid, ReqState storage r, address prover, uint96 fee) private {
        address previous = r.winner.prover;
        if (previous == address(0) || fee < r.winner.fee) {
            r.second = r.winner;
            r.winner = Bidder({prover: prover, fee: fee});
        } else if (r.second.prover == address(0) || fee < r.second.fee) {
            r.second = Bidder({prover: prover, fee: fee});
        }
        if (r.winner.prover == previous) return;
        uint256 minStake = r.fee.minStake;
        if (previous != address(0)) {
            assignedStake[previous] -= minStake;
            _proverPending[previous].remove(reqid);
        }
        assignedStake[prover] += minStake;
        _proverPending[prover].add(reqid);
    }

    function _checkBps(uint256 bps) private pure {
        if (bps > BPS_DENOMINATOR) revert MarketInvalidBps();
    }

    /// @dev Moves to every scheduled epoch whose start has come.
    function _syncStatsEpochId() private {
        uint64 id = statsEpochId;
        while (id + 1 < statsEpochs.length && statsEpochs[id + 1].startAt <= block.timestamp) {
            id += 1;
            emit StatsReset(id, statsEpochs[id].startAt);
        }
        if (id != statsEpochId) statsEpochId = id;
    }

    /// @dev The prover's cumulative counters for the current epoch. On its first use in an epoch
    ///      it copies the previous epoch's snapshot, only if that one saw the prover act
    ///      (lastActiveAt set); older epochs are not looked at.
    function _proverSnapshot(address prover) private returns (ProverStats storage s) {
        uint64 id = statsEpochId;
        s = proverStats[prover][id];
        if (id == 0 || s.lastActiveAt != 0) return s;
        ProverStats storage previous = proverStats[prover][id - 1];
        if (previous.lastActiveAt != 0) proverStats[prover][id] = previous;
    }

    /// @dev As `_proverSnapshot`, with "all counters zero" meaning not yet used in this epoch.
    function _globalSnapshot() private returns (GlobalStats storage g) {
        uint64 id = statsEpochId;
        g = globalStats[id];
        if (id > 0 && g.totalRequests == 0 && g.totalFulfilled == 0 && g.totalFees == 0) {
            globalStats[id] = globalStats[id - 1];
        }
    }

    /// @dev What the prover did in `epochId`: its snapshot minus the previous one, each counter
    ///      floored at zero; lastActiveAt only when something changed.
    function _proverEpochDiff(address prover, uint64 epochId) private view returns (ProverStats memory d) {
        ProverStats memory cur = proverStats[prover][epochId];
        ProverStats memory prev;
        if (epochId > 0) prev = proverStats[prover][epochId - 1];
        d.bids = _minus(cur.bids, prev.bids);
        d.reveals = _minus(cur.reveals, prev.reveals);
        d.requestsFulfilled = _minus(cur.requestsFulfilled, prev.requestsFulfilled);
        d.requestsRefunded = _minus(cur.requestsRefunded, prev.requestsRefunded);
        d.feeReceived = cur.feeReceived > prev.feeReceived ? cur.feeReceived - prev.feeReceived : 0;
        bool changed =
            d.bids != 0 || d.reveals != 0 || d.requestsFulfilled != 0 || d.requestsRefunded != 0 || d.feeReceived != 0;
        if (changed) d.lastActiveAt = cur.lastActiveAt;
    }

    function _globalEpochDiff(uint64 epochId) private view returns (GlobalStats memory d) {
        GlobalStats memory cur = globalStats[epochId];
        GlobalStats memory prev;
        if (epochId > 0) prev = globalStats[epochId - 1];
        d.totalRequests = _minus(cur.totalRequests, prev.totalRequests);
        d.totalFulfilled = _minus(cur.totalFulfilled, prev.totalFulfilled);
        d.totalFees = cur.totalFees > prev.totalFees ? cur.totalFees - prev.totalFees : 0;
    }

    function _minus(uint64 a, uint64 b) private pure returns (uint64) {
        return a > b ? a - b : 0;
    }
}
