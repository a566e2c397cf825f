// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IPicoVerifier} from "../../pico/IPicoVerifier.sol";
import {IStakingController} from "../../staking/interfaces/IStakingController.sol";

/// @title The proof market's interface, exactly as BrevisMarket v1.1 exposes it on Base.
/// @notice Types, events and errors shared by the market and its viewer. Names, argument
///         types and `indexed` flags are part of the protocol (the app, the indexer and the
///         bidder decode them), so none of them may change.
interface IBrevisMarket {
    enum ReqStatus {
        Pending,
        Fulfilled,
        Refunded,
        Slashed
    }

    struct FeeParams {
        uint96 maxFee; // escrowed in full; the change goes back to the requester
        uint96 minStake; // vault assets a bidder needs (plus its overcommit reserve)
        uint64 deadline; // last second a proof is accepted
    }

    struct ProofRequest {
        uint64 nonce;
        bytes32 vk;
        bytes32 publicValuesDigest;
        string imgURL;
        bytes inputData;
        string inputURL;
        uint32 version; // key into picoVerifiers
        FeeParams fee;
    }

    struct Bidder {
        address prover;
        uint96 fee;
    }

    struct GlobalStats {
        uint64 totalRequests;
        uint64 totalFulfilled;
        uint256 totalFees; // paid to provers, after the protocol fee
    }

    struct ProverStats {
        uint64 bids;
        uint64 reveals;
        uint64 requestsFulfilled;
        uint64 requestsRefunded; // refunded after the deadline while this prover was the winner
        uint64 lastActiveAt;
        uint256 feeReceived; // after the protocol fee
    }

    // ---------------------------------------------------------------- events

    event NewRequest(bytes32 indexed reqid, ProofRequest req);
    event NewBid(bytes32 indexed reqid, address indexed prover, bytes32 bidHash);
    event BidRevealed(bytes32 indexed reqid, address indexed prover, uint256 fee);
    event ProofSubmitted(bytes32 indexed reqid, address indexed prover, uint256[8] proof, uint256 actualFee);
    event Refunded(bytes32 indexed reqid, address indexed requester, uint256 amount);
    event ProverSlashed(bytes32 indexed reqid, address indexed prover, uint256 slashAmount);
    event PicoVerifierUpdated(uint32 indexed version, address indexed oldVerifier, address indexed newVerifier);
    event BiddingPhaseDurationUpdated(uint64 oldDuration, uint64 newDuration);
    event RevealPhaseDurationUpdated(uint64 oldDuration, uint64 newDuration);
    event MinMaxFeeUpdated(uint256 oldFee, uint256 newFee);
    event MaxMaxFeeUpdated(uint256 oldFee, uint256 newFee);
    /// @dev Declared by the deployed interface but never emitted: the fee token is the staking token for good.
    event FeeTokenUpdated(address indexed oldToken, address indexed newToken);
    event SlashBpsUpdated(uint256 oldBps, uint256 newBps);
    event SlashWindowUpdated(uint256 oldWindow, uint256 newWindow);
    event ProtocolFeeBpsUpdated(uint256 oldBps, uint256 newBps);
    event ProtocolFeeWithdrawn(address indexed to, uint256 amount);
    event StatsReset(uint64 newEpochId, uint64 statsStartAt);
    event StatsEpochScheduled(uint64 scheduledStartAt);
    event StatsEpochPopped(uint64 poppedStartAt);
    event OvercommitBpsUpdated(uint256 oldBps, uint256 newBps);
    event SubmitterRegistered(address indexed prover, address indexed submitter);
    event SubmitterUnregistered(address indexed prover, address indexed submitter);
    event SubmitterConsentUpdated(address indexed submitter, address indexed oldProver, address indexed newProver);

    // ---------------------------------------------------------------- errors

    error MarketInvalidRequestStatus(ReqStatus status);
    error MarketZeroAddress();
    error MarketInvalidBps();
    error MarketInvalidStakingController();

    error MarketDeadlineMustBeInFuture();
    error MarketDeadlineTooFar(uint256 deadline, uint256 maxAllowed);
    error MarketDeadlineBeforeRevealPhaseEnd();
    error MarketRequestAlreadyExists(bytes32 reqid);
    error MarketRequestNotFound(bytes32 reqid);
    error MarketMaxFeeTooLow(uint256 provided, uint256 minimum);
    error MarketMaxFeeTooHigh(uint256 provided, uint256 maximum);
    error MarketMinStakeTooLow(uint256 provided, uint256 minimum);
    error MarketVerifierVersionNotSet(uint32 version);

    error MarketBiddingPhaseEnded(uint256 currentTime, uint256 biddingEndTime);
    error MarketBiddingPhaseNotEnded(uint256 currentTime, uint256 biddingEndTime);
    error MarketRevealPhaseEnded(uint256 currentTime, uint256 revealEndTime);
    error MarketRevealPhaseNotEnded(uint256 currentTime, uint256 revealEndTime);
    error MarketBidRevealMismatch(bytes32 expected, bytes32 actual);
    error MarketFeeExceedsMaximum(uint256 fee, uint256 maxFee);
    error MarketDeadlinePassed(uint256 currentTime, uint256 deadline);
    error MarketNotExpectedProver(address expected, address actual);
    error MarketProverNotEligible(address prover, uint256 requiredStake, uint256 actualStake);
    error MarketCannotRefundYet(uint256 currentTime, uint256 deadline, uint256 biddingEndTime, uint256 revealEndTime);

    error MarketBeforeDeadline(uint256 currentTime, uint256 deadline);
    error MarketSlashWindowExpired(uint256 currentTime, uint256 slashWindowEnd);
    error MarketNoAssignedProverToSlash(bytes32 reqid);

    error MarketNoProtocolFeeToWithdraw();
    error MarketInvalidStatsEpochStart(uint64 lastStartAt, uint64 newStartAt);
    error MarketNoFutureEpochToPop();
    error MarketCannotPopStartedEpoch(uint64 startAt, uint64 currentTime);

    error MarketCannotRegisterSelf();
    error MarketProverNotRegistered();
    error MarketSubmitterAlreadyRegistered(address submitter, address prover);
    error MarketSubmitterNotRegistered(address submitter);
    error MarketNotAuthorized();
    error MarketCannotRegisterProverAsSubmitter(address prover);
    error MarketSubmitterConsentRequired(address submitter);

    // ---------------------------------------------------------------- auction

    function requestProof(ProofRequest calldata req) external;
    function bid(bytes32 reqid, bytes32 bidHash) external;
    function reveal(bytes32 reqid, uint256 fee, uint256 nonce) external;
    function submitProof(bytes32 reqid, uint256[8] calldata proof) external;
    function refund(bytes32 reqid) external;
    function batchRefund(bytes32[] calldata reqids) external;
    function slash(bytes32 reqid) external;

    // ---------------------------------------------------------------- submitters

    function setSubmitterConsent(address prover) external;
    function registerSubmitter(address submitter) external;
    function registerSubmitters(address[] calldata submitters) external;
    function unregisterSubmitter(address submitter) external;
    function unregisterSubmitters(address[] calldata submitters) external;
    function unregisterSubmitter() external;
    function submitterToProver(address submitter) external view returns (address prover);
    function submitterConsent(address submitter) external view returns (address prover);
    function getSubmittersForProver(address prover) external view returns (address[] memory submitters);

    // ---------------------------------------------------------------- owner and epoch updater

    function setPicoVerifier(uint32 version, IPicoVerifier newVerifier) external;
    function setBiddingPhaseDuration(uint64 newDuration) external;
    function setRevealPhaseDuration(uint64 newDuration) external;
    function setMinMaxFee(uint256 newMinFee) external;
    function setMaxMaxFee(uint256 newMaxFee) external;
    function setSlashBps(uint256 newBps) external;
    function setSlashWindow(uint256 newWindow) external;
    function setProtocolFeeBps(uint256 newBps) external;
    function setOvercommitBps(uint256 newBps) external;
    function withdrawProtocolFee(address to) external;
    function scheduleStatsEpoch(uint64 startAt) external;
    function popStatsEpoch() external;

    // ---------------------------------------------------------------- parameters

    function biddingPhaseDuration() external view returns (uint64);
    function revealPhaseDuration() external view returns (uint64);
    function minMaxFee() external view returns (uint256);
    function maxMaxFee() external view returns (uint256);
    function slashBps() external view returns (uint256);
    function slashWindow() external view returns (uint256);
    function protocolFeeBps() external view returns (uint256);
    function overcommitBps() external view returns (uint256);
    function picoVerifiers(uint32 version) external view returns (IPicoVerifier);
    function feeToken() external view returns (IERC20);
    function stakingController() external view returns (IStakingController);
    function MAX_DEADLINE_DURATION() external view returns (uint256);
    function getProtocolFeeInfo() external view returns (uint256 feeBps, uint256 balance);

    // ---------------------------------------------------------------- requests

    function requests(bytes32 reqid)
        external
        view
        returns (
            ReqStatus status,
            uint64 timestamp,
            address sender,
            FeeParams memory fee,
            bytes32 vk,
            bytes32 publicValuesDigest,
            uint32 version,
            uint32 bidCount,
            Bidder memory winner,
            Bidder memory second
        );

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
        );

    function getBidders(bytes32 reqid)
        external
        view
        returns (address winner, uint256 winnerFee, address secondPlace, uint256 secondFee);

    function getBidHash(bytes32 reqid, address prover) external view returns (bytes32 bidHash);
    function assignedStake(address prover) external view returns (uint256);
    function getProverPendingRequests(address prover) external view returns (bytes32[] memory reqids);
    function getSenderPendingRequests(address sender) external view returns (bytes32[] memory reqids);

    // ---------------------------------------------------------------- stats

    function statsEpochId() external view returns (uint64);
    function statsEpochs(uint256 index) external view returns (uint64 startAt, uint64 endAt);
    function statsEpochsLength() external view returns (uint256);
    function getRecentStatsInfo() external view returns (uint64 startAt, uint64 epochId);
    function getProverStatsTotal(address prover) external view returns (ProverStats memory);
    function getProverRecentStats(address prover) external view returns (ProverStats memory stats, uint64 startAt);
    function getProverStatsForStatsEpoch(address prover, uint64 epochId)
        external
        view
        returns (ProverStats memory stats, uint64 startAt, uint64 endAt);
    function getGlobalStatsTotal() external view returns (GlobalStats memory);
    function getGlobalRecentStats() external view returns (GlobalStats memory stats, uint64 startAt);
    function getGlobalStatsForStatsEpoch(uint64 epochId)
        external
        view
        returns (GlobalStats memory stats, uint64 startAt, uint64 endAt);
}
