// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {StakingController} from "../staking/StakingController.sol";
import {IProofVerifier} from "./IProofVerifier.sol";

/// @title Sealed-bid, second-price reverse auction for proof requests.
/// @notice A requester escrows maxFee. Provers (or their registered submitters) bid a hash,
///         then reveal; the lowest fee wins and is paid the second-lowest fee (its own when
///         alone), minus the protocol fee, as staking rewards for its vault. A winner that
///         misses the deadline is refunded against and can be slashed.
contract BrevisMarket is AccessControl, ReentrancyGuard {
    using EnumerableSet for EnumerableSet.AddressSet;
    using EnumerableSet for EnumerableSet.Bytes32Set;
    using SafeERC20 for IERC20;

    struct FeeParams {
        uint96 maxFee;
        uint96 minStake;
        uint64 deadline;
    }

    struct ProofRequest {
        uint64 nonce;
        bytes32 vk;
        bytes32 publicValuesDigest;
        string imgURL;
        bytes inputData;
        string inputURL;
        uint32 version;
        FeeParams fee;
    }

    struct GlobalStats {
        uint64 totalRequests;
        uint64 totalFulfilled;
        uint256 totalFees;
    }

    struct ProverStats {
        uint64 bids;
        uint64 reveals;
        uint64 requestsFulfilled;
        uint64 requestsRefunded;
        uint64 lastActiveAt;
        uint256 feeReceived;
    }

    struct Request {
        uint8 status;
        uint64 timestamp;
        uint64 deadline;
        uint32 version;
        address sender;
        uint96 maxFee;
        uint96 minStake;
        /// @dev The phases are fixed when the request is made: a later change of the durations
        ///      must not move them (a longer reveal phase could end after the deadline, leaving
        ///      the winner no time to prove and exposing it to a slash).
        uint64 biddingEnd;
        uint64 revealEnd;
        bytes32 vk;
        bytes32 publicValuesDigest;
        address winner;
        uint256 winnerFee;
        address secondPlace;
        uint256 secondFee;
    }

    uint8 public constant STATUS_PENDING = 0;
    uint8 public constant STATUS_FULFILLED = 1;
    uint8 public constant STATUS_REFUNDED = 2;
    uint8 public constant STATUS_SLASHED = 3;
    uint256 public constant BPS = 10_000;

    event NewRequest(bytes32 indexed reqid, ProofRequest req);
    event NewBid(bytes32 indexed reqid, address indexed prover, bytes32 bidHash);
    event BidRevealed(bytes32 indexed reqid, address indexed prover, uint256 fee);
    event ProofSubmitted(bytes32 indexed reqid, address indexed prover, uint256[8] proof, uint256 actualFee);
    event Refunded(bytes32 indexed reqid, address indexed requester, uint256 amount);
    event ProverSlashed(bytes32 indexed reqid, address indexed prover, uint256 slashAmount);
    event SubmitterRegistered(address indexed prover, address indexed submitter);
    event SubmitterUnregistered(address indexed prover, address indexed submitter);
    event SubmitterConsentUpdated(address indexed submitter, address indexed oldProver, address indexed newProver);
    event MarketParamUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    event StatsEpochStarted(uint64 indexed epochId, uint64 startAt);
    event ProtocolFeeWithdrawn(address indexed to, uint256 amount);

    error MarketBiddingPhaseEnded(uint256 currentTime, uint256 biddingEndTime);
    error MarketBiddingPhaseNotEnded(uint256 currentTime, uint256 biddingEndTime);
    error MarketRevealPhaseEnded(uint256 currentTime, uint256 revealEndTime);
    error MarketBidRevealMismatch(bytes32 expected, bytes32 actual);
    error MarketFeeExceedsMaximum(uint256 fee, uint256 maxFee);
    error MarketProverNotEligible(address prover, uint256 requiredStake, uint256 actualStake);
    error MarketProverNotRegistered();
    error MarketSubmitterAlreadyRegistered(address submitter, address prover);
    error MarketSubmitterNotRegistered(address submitter);
    error MarketNotAuthorized();
    error MarketCannotRegisterSelf();
    error MarketCannotRegisterProverAsSubmitter(address prover);
    error MarketSubmitterConsentRequired(address submitter);
    error MarketRequestExists(bytes32 reqid);
    error MarketRequestNotFound(bytes32 reqid);
    error MarketRequestNotPending(bytes32 reqid, uint8 status);
    error MarketMaxFeeTooLow(uint256 maxFee, uint256 minMaxFee);
    error MarketDeadlineTooEarly(uint256 deadline, uint256 earliest);
    error MarketAlreadyRevealed(bytes32 reqid, address prover);
    error MarketRevealPhaseNotEnded(uint256 currentTime, uint256 revealEndTime);
    error MarketDeadlinePassed(uint256 currentTime, uint256 deadline);
    error MarketDeadlineNotPassed(uint256 currentTime, uint256 deadline);
    error MarketInvalidProof(bytes32 reqid);
    error MarketCannotSlash(bytes32 reqid);
    error MarketSlashWindowClosed(uint256 currentTime, uint256 windowEnd);
    error MarketInvalidParam();

    IERC20 private immutable token;
    StakingController private immutable controller;
    IProofVerifier public verifier;

    uint64 public biddingPhaseDuration;
    uint64 public revealPhaseDuration;
    uint256 public minMaxFee;
    uint256 public slashBps;
    uint256 public slashWindow;
    uint256 public protocolFeeBps;
    uint256 public overcommitBps;
    uint256 private protocolFeeBalance;

    mapping(bytes32 reqid => Request) private requests;
    mapping(bytes32 reqid => mapping(address prover => bytes32)) private bidHashes;
    mapping(bytes32 reqid => mapping(address prover => bool)) private revealed;
    mapping(address prover => uint256) public assignedStake;
    mapping(address prover => EnumerableSet.Bytes32Set) private proverPending;
    mapping(address sender => EnumerableSet.Bytes32Set) private senderPending;

    mapping(address submitter => address prover) public submitterToProver;
    mapping(address submitter => address prover) public submitterConsent;
    mapping(address prover => EnumerableSet.AddressSet) private submitters;

    uint64 public statsEpochId;
    uint64 private statsEpochStart;
    GlobalStats private globalTotal;
    mapping(uint64 epochId => GlobalStats) private globalRecent;
    mapping(address prover => ProverStats) private proverTotal;
    mapping(uint64 epochId => mapping(address prover => ProverStats)) private proverRecent;

    struct Params {
        uint64 biddingPhaseDuration;
        uint64 revealPhaseDuration;
        uint256 minMaxFee;
        uint256 slashBps;
        uint256 slashWindow;
        uint256 protocolFeeBps;
        uint256 overcommitBps;
    }

    constructor(StakingController controller_, IProofVerifier verifier_, address admin, Params memory params) {
        if (address(controller_) == address(0) || address(verifier_) == address(0) || admin == address(0)) {
            revert MarketInvalidParam();
        }
        if (params.slashBps > BPS || params.protocolFeeBps > BPS) revert MarketInvalidParam();
        controller = controller_;
        token = IERC20(controller_.stakingToken());
        verifier = verifier_;
        biddingPhaseDuration = params.biddingPhaseDuration;
        revealPhaseDuration = params.revealPhaseDuration;
        minMaxFee = params.minMaxFee;
        slashBps = params.slashBps;
        slashWindow = params.slashWindow;
        protocolFeeBps = params.protocolFeeBps;
        overcommitBps = params.overcommitBps;
        statsEpochStart = uint64(block.timestamp);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- requests

    /// @notice Request id = keccak256(abi.encodePacked(nonce, vk, publicValuesDigest)).
    function requestProof(ProofRequest calldata req) external nonReentrant {
        bytes32 reqid = keccak256(abi.encodePacked(req.nonce, req.vk, req.publicValuesDigest));
        Request storage r = requests[reqid];
        if (r.timestamp != 0) revert MarketRequestExists(reqid);
        if (req.fee.maxFee < minMaxFee) revert MarketMaxFeeTooLow(req.fee.maxFee, minMaxFee);
        uint256 earliest = block.timestamp + biddingPhaseDuration + revealPhaseDuration;
        if (req.fee.deadline <= earliest) revert MarketDeadlineTooEarly(req.fee.deadline, earliest);

        r.status = STATUS_PENDING;
        r.timestamp = uint64(block.timestamp);
        r.deadline = req.fee.deadline;
        r.version = req.version;
        r.sender = msg.sender;
        r.maxFee = req.fee.maxFee;
        r.minStake = req.fee.minStake;
        // casting to 'uint64' is safe: block times plus phase durations stay far below 2^64
        // forge-lint: disable-next-line(unsafe-typecast)
        r.biddingEnd = uint64(block.timestamp + biddingPhaseDuration);
        // forge-lint: disable-next-line(unsafe-typecast)
        r.revealEnd = uint64(earliest);
        r.vk = req.vk;
        r.publicValuesDigest = req.publicValuesDigest;
        senderPending[msg.sender].add(reqid);
        globalTotal.totalRequests++;
        globalRecent[statsEpochId].totalRequests++;

        token.safeTransferFrom(msg.sender, address(this), req.fee.maxFee);
        emit NewRequest(reqid, req);
    }

    /// @notice bidHash = keccak256(abi.encodePacked(reqid, prover, fee, nonce)); a new bid replaces the old.
    function bid(bytes32 reqid, bytes32 bidHash) external {
        // A zero hash can never be revealed, and would let a prover count the same bid again and again.
        if (bidHash == bytes32(0)) revert MarketInvalidParam();
        Request storage r = _pending(reqid);
        uint256 biddingEnd = _biddingEnd(r);
        if (block.timestamp >= biddingEnd) revert MarketBiddingPhaseEnded(block.timestamp, biddingEnd);
        address prover = _proverOf(msg.sender);
        _requireEligible(prover, r.minStake);
        if (bidHashes[reqid][prover] == bytes32(0)) {
            proverTotal[prover].bids++;
            proverRecent[statsEpochId][prover].bids++;
        }
        bidHashes[reqid][prover] = bidHash;
        _touch(prover);
        emit NewBid(reqid, prover, bidHash);
    }

    function reveal(bytes32 reqid, uint256 fee, uint256 nonce) external {
        Request storage r = _pending(reqid);
        uint256 biddingEnd = _biddingEnd(r);
        if (block.timestamp < biddingEnd) revert MarketBiddingPhaseNotEnded(block.timestamp, biddingEnd);
        uint256 revealEnd = r.revealEnd;
        if (block.timestamp >= revealEnd) revert MarketRevealPhaseEnded(block.timestamp, revealEnd);
        address prover = _proverOf(msg.sender);
        if (revealed[reqid][prover]) revert MarketAlreadyRevealed(reqid, prover);
        bytes32 expected = bidHashes[reqid][prover];
        bytes32 actual = keccak256(abi.encodePacked(reqid, prover, fee, nonce));
        if (expected != actual) revert MarketBidRevealMismatch(expected, actual);
        if (fee > r.maxFee) revert MarketFeeExceedsMaximum(fee, r.maxFee);
        _requireEligible(prover, r.minStake);

        revealed[reqid][prover] = true;
        proverTotal[prover].reveals++;
        proverRecent[statsEpochId][prover].reveals++;
        _touch(prover);

        if (r.winner == address(0) || fee < r.winnerFee) {
            if (r.winner != address(0)) {
                r.secondPlace = r.winner;
                r.secondFee = r.winnerFee;
                _release(r.winner, reqid, r.minStake);
            }
            r.winner = prover;
            r.winnerFee = fee;
            assignedStake[prover] += r.minStake;
            proverPending[prover].add(reqid);
        } else if (r.secondPlace == address(0) || fee < r.secondFee) {
            r.secondPlace = prover;
            r.secondFee = fee;
        }
        emit BidRevealed(reqid, prover, fee);
    }

    function submitProof(bytes32 reqid, uint256[8] calldata proof) external nonReentrant {
        Request storage r = _pending(reqid);
        uint256 revealEnd = r.revealEnd;
        if (block.timestamp < revealEnd) revert MarketRevealPhaseNotEnded(block.timestamp, revealEnd);
        if (block.timestamp > r.deadline) revert MarketDeadlinePassed(block.timestamp, r.deadline);
        address prover = r.winner;
        if (prover == address(0) || _proverOf(msg.sender) != prover) revert MarketNotAuthorized();
        if (!verifier.verifyProof(r.vk, r.publicValuesDigest, proof)) revert MarketInvalidProof(reqid);

        r.status = STATUS_FULFILLED;
        _release(prover, reqid, r.minStake);
        senderPending[r.sender].remove(reqid);

        uint256 actualFee = r.secondPlace == address(0) ? r.winnerFee : r.secondFee;
        uint256 protocolFee = (actualFee * protocolFeeBps) / BPS;
        uint256 toProver = actualFee - protocolFee;
        protocolFeeBalance += protocolFee;
        _recordFulfilled(prover, actualFee, toProver);

        if (toProver > 0) {
            token.forceApprove(address(controller), toProver);
            controller.addRewards(prover, toProver);
        }
        uint256 change = r.maxFee - actualFee;
        if (change > 0) token.safeTransfer(r.sender, change);
        emit ProofSubmitted(reqid, prover, proof, actualFee);
    }

    /// @notice Returns maxFee to the requester once the deadline passed, or once the reveal
    ///         phase ended without any revealed bid.
    function refund(bytes32 reqid) external nonReentrant {
        Request storage r = _pending(reqid);
        address prover = r.winner;
        if (prover == address(0)) {
            uint256 revealEnd = r.revealEnd;
            if (block.timestamp < revealEnd) revert MarketRevealPhaseNotEnded(block.timestamp, revealEnd);
        } else {
            if (block.timestamp <= r.deadline) revert MarketDeadlineNotPassed(block.timestamp, r.deadline);
            _release(prover, reqid, r.minStake);
            proverTotal[prover].requestsRefunded++;
            proverRecent[statsEpochId][prover].requestsRefunded++;
        }
        r.status = STATUS_REFUNDED;
        senderPending[r.sender].remove(reqid);
        token.safeTransfer(r.sender, r.maxFee);
        emit Refunded(reqid, r.sender, r.maxFee);
    }

    /// @notice Within slashWindow after a missed deadline, slashes the winner
    ///         minStake * slashBps / 10000 through the staking controller. Anyone may call it.
    function slash(bytes32 reqid) external nonReentrant {
        Request storage r = requests[reqid];
        if (r.status != STATUS_REFUNDED || r.winner == address(0)) revert MarketCannotSlash(reqid);
        uint256 windowEnd = uint256(r.deadline) + slashWindow;
        if (block.timestamp > windowEnd) revert MarketSlashWindowClosed(block.timestamp, windowEnd);
        r.status = STATUS_SLASHED;
        uint256 slashed = _slashStake(r.winner, (uint256(r.minStake) * slashBps) / BPS);
        emit ProverSlashed(reqid, r.winner, slashed);
    }

    // ---------------------------------------------------------------- submitters

    function setSubmitterConsent(address prover) external {
        address old = submitterConsent[msg.sender];
        submitterConsent[msg.sender] = prover;
        emit SubmitterConsentUpdated(msg.sender, old, prover);
    }

    function registerSubmitter(address submitter) external {
        if (controller.getProverState(msg.sender) == 0) revert MarketProverNotRegistered();
        if (submitter == msg.sender) revert MarketCannotRegisterSelf();
        if (controller.getProverState(submitter) != 0) revert MarketCannotRegisterProverAsSubmitter(submitter);
        address current = submitterToProver[submitter];
        if (current != address(0)) revert MarketSubmitterAlreadyRegistered(submitter, current);
        if (submitterConsent[submitter] != msg.sender) revert MarketSubmitterConsentRequired(submitter);
        submitterToProver[submitter] = msg.sender;
        submitters[msg.sender].add(submitter);
        emit SubmitterRegistered(msg.sender, submitter);
    }

    /// @notice The prover removes one of its submitters.
    function unregisterSubmitter(address submitter) external {
        if (submitterToProver[submitter] != msg.sender) revert MarketSubmitterNotRegistered(submitter);
        _unregister(msg.sender, submitter);
    }

    /// @notice A submitter leaves its prover.
    function unregisterSubmitter() external {
        address prover = submitterToProver[msg.sender];
        if (prover == address(0)) revert MarketSubmitterNotRegistered(msg.sender);
        _unregister(prover, msg.sender);
    }

    function getSubmittersForProver(address prover) external view returns (address[] memory) {
        return submitters[prover].values();
    }

    // ---------------------------------------------------------------- admin

    function setPhaseDurations(uint64 bidding, uint64 revealing) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bidding == 0 || revealing == 0) revert MarketInvalidParam();
        emit MarketParamUpdated("biddingPhaseDuration", biddingPhaseDuration, bidding);
        emit MarketParamUpdated("revealPhaseDuration", revealPhaseDuration, revealing);
        biddingPhaseDuration = bidding;
        revealPhaseDuration = revealing;
    }

    function setMinMaxFee(uint256 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MarketParamUpdated("minMaxFee", minMaxFee, value);
        minMaxFee = value;
    }

    function setSlashParams(uint256 bps, uint256 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > BPS) revert MarketInvalidParam();
        emit MarketParamUpdated("slashBps", slashBps, bps);
        emit MarketParamUpdated("slashWindow", slashWindow, window);
        slashBps = bps;
        slashWindow = window;
    }

    function setProtocolFeeBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > BPS) revert MarketInvalidParam();
        emit MarketParamUpdated("protocolFeeBps", protocolFeeBps, bps);
        protocolFeeBps = bps;
    }

    function setOvercommitBps(uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MarketParamUpdated("overcommitBps", overcommitBps, bps);
        overcommitBps = bps;
    }

    function setVerifier(IProofVerifier verifier_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(verifier_) == address(0)) revert MarketInvalidParam();
        verifier = verifier_;
    }

    function withdrawProtocolFee(address to) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        uint256 amount = protocolFeeBalance;
        protocolFeeBalance = 0;
        token.safeTransfer(to, amount);
        emit ProtocolFeeWithdrawn(to, amount);
    }

    /// @notice Starts a new stats epoch: the "recent" counters begin again from zero.
    function startStatsEpoch() external onlyRole(DEFAULT_ADMIN_ROLE) {
        statsEpochId++;
        statsEpochStart = uint64(block.timestamp);
        emit StatsEpochStarted(statsEpochId, statsEpochStart);
    }

    // ---------------------------------------------------------------- views

    function feeToken() external view returns (address) {
        return address(token);
    }

    function stakingController() external view returns (address) {
        return address(controller);
    }

    function getProtocolFeeInfo() external view returns (uint256 feeBps, uint256 balance) {
        return (protocolFeeBps, protocolFeeBalance);
    }

    /// @notice Requests the prover currently holds as winner and has not settled.
    function getProverPendingRequests(address prover) external view returns (bytes32[] memory) {
        return proverPending[prover].values();
    }

    function getSenderPendingRequests(address sender) external view returns (bytes32[] memory) {
        return senderPending[sender].values();
    }

    function getRequest(bytes32 reqid)
        external
        view
        returns (
            uint8 status,
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
        Request storage r = requests[reqid];
        return (r.status, r.timestamp, r.sender, r.maxFee, r.minStake, r.deadline, r.vk, r.publicValuesDigest, r.version);
    }

    function getBidders(bytes32 reqid)
        external
        view
        returns (address winner, uint256 winnerFee, address secondPlace, uint256 secondFee)
    {
        Request storage r = requests[reqid];
        return (r.winner, r.winnerFee, r.secondPlace, r.secondFee);
    }

    function getBidHash(bytes32 reqid, address prover) external view returns (bytes32) {
        return bidHashes[reqid][prover];
    }

    function getProverStatsTotal(address prover) external view returns (ProverStats memory) {
        return proverTotal[prover];
    }

    function getProverRecentStats(address prover) external view returns (ProverStats memory stats, uint64 startAt) {
        return (proverRecent[statsEpochId][prover], statsEpochStart);
    }

    function getGlobalStatsTotal() external view returns (GlobalStats memory) {
        return globalTotal;
    }

    function getGlobalRecentStats() external view returns (GlobalStats memory stats, uint64 startAt) {
        return (globalRecent[statsEpochId], statsEpochStart);
    }

    function getRecentStatsInfo() external view returns (uint64 startAt, uint64 epochId) {
        return (statsEpochStart, statsEpochId);
    }

    /// @notice When bidding closes and reveals close for a request (0, 0 when unknown).
    function getPhaseEnds(bytes32 reqid) external view returns (uint256 biddingEnd, uint256 revealEnd) {
        Request storage r = requests[reqid];
        if (r.timestamp == 0) return (0, 0);
        biddingEnd = _biddingEnd(r);
        revealEnd = r.revealEnd;
    }

    // ---------------------------------------------------------------- internals

    function _pending(bytes32 reqid) private view returns (Request storage r) {
        r = requests[reqid];
        if (r.timestamp == 0) revert MarketRequestNotFound(reqid);
        if (r.status != STATUS_PENDING) revert MarketRequestNotPending(reqid, r.status);
    }

    function _biddingEnd(Request storage r) private view returns (uint256) {
        return r.biddingEnd;
    }

    /// @dev A submitter acts for the prover it is registered to.
    function _proverOf(address account) private view returns (address) {
        address prover = submitterToProver[account];
        return prover == address(0) ? account : prover;
    }

    /// @dev Active, with vault assets covering this request's minStake plus its overcommitted assignments.
    function _requireEligible(address prover, uint256 minStake) private view {
        uint256 required = minStake + (assignedStake[prover] * overcommitBps) / BPS;
        (bool eligible, uint256 actual) = controller.isProverEligible(prover, required);
        if (!eligible) revert MarketProverNotEligible(prover, required, actual);
    }

    function _release(address prover, bytes32 reqid, uint256 minStake) private {
        assignedStake[prover] -= minStake;
        proverPending[prover].remove(reqid);
    }

    function _touch(address prover) private {
        proverTotal[prover].lastActiveAt = uint64(block.timestamp);
        proverRecent[statsEpochId][prover].lastActiveAt = uint64(block.timestamp);
    }

    function _recordFulfilled(address prover, uint256 actualFee, uint256 toProver) private {
        ProverStats storage total = proverTotal[prover];
        ProverStats storage recent = proverRecent[statsEpochId][prover];
        total.requestsFulfilled++;
        recent.requestsFulfilled++;
        total.feeReceived += toProver;
        recent.feeReceived += toProver;
        total.lastActiveAt = uint64(block.timestamp);
        recent.lastActiveAt = uint64(block.timestamp);
        globalTotal.totalFulfilled++;
        globalRecent[statsEpochId].totalFulfilled++;
        globalTotal.totalFees += actualFee;
        globalRecent[statsEpochId].totalFees += actualFee;
    }

    /// @dev The controller slashes by a fraction of the vault: the fraction that takes `amount`,
    ///      rounded up, within the controller's maximum.
    function _slashStake(address prover, uint256 amount) private returns (uint256) {
        uint256 assets = controller.getProverTotalAssets(prover);
        if (amount == 0 || assets == 0) return 0;
        uint256 bps = (amount * BPS + assets - 1) / assets;
        uint256 maxBps = controller.maxSlashBps();
        if (bps > maxBps) bps = maxBps;
        if (bps == 0) return 0;
        return controller.slash(prover, bps);
    }

    function _unregister(address prover, address submitter) private {
        delete submitterToProver[submitter];
        submitters[prover].remove(submitter);
        emit SubmitterUnregistered(prover, submitter);
    }
}
