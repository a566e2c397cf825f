// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "./IBrevisMarket.sol";

/// @title Batched read-only views over the market, exactly as MarketViewer v1.1 exposes them on Base.
interface IMarketViewer {
    /// @notice getRequest's fields, with the request id.
    struct RequestView {
        bytes32 reqid;
        IBrevisMarket.ReqStatus status;
        uint64 timestamp;
        address sender;
        uint256 maxFee;
        uint256 minStake;
        uint64 deadline;
        bytes32 vk;
        bytes32 publicValuesDigest;
        uint32 version;
    }

    struct BiddersView {
        bytes32 reqid;
        address winner;
        uint256 winnerFee;
        address second;
        uint256 secondFee;
    }

    struct ProverPendingItem {
        bytes32 reqid;
        uint64 deadline;
    }

    struct SenderPendingItem {
        bytes32 reqid;
        uint64 deadline;
        address winner;
    }

    /// @dev successRateBps = fulfilled × 10,000 / (fulfilled + refunded + overdueCount), 0 when
    ///      the denominator is 0; fulfilled and refunded are the lifetime totals.
    struct ProverStatsComposite {
        IBrevisMarket.ProverStats total;
        IBrevisMarket.ProverStats recent;
        uint64 recentStartAt;
        uint64 successRateBps;
        uint64 fulfilled;
        uint64 refunded;
        uint64 pendingCount;
        uint64 overdueCount;
    }

    struct GlobalStatsComposite {
        IBrevisMarket.GlobalStats total;
        IBrevisMarket.GlobalStats recent;
        uint64 recentStartAt;
    }

    function brevisMarket() external view returns (IBrevisMarket);

    function batchGetRequests(bytes32[] calldata reqids) external view returns (RequestView[] memory out);
    function batchGetBidders(bytes32[] calldata reqids) external view returns (BiddersView[] memory out);
    function batchGetBidHashes(bytes32 reqid, address[] calldata provers)
        external
        view
        returns (bytes32[] memory bidHashes);

    function getProverPendingCount(address prover) external view returns (uint64 count);
    function getSenderPendingCount(address sender) external view returns (uint64 count);
    function getProverPendingRequests(address prover) external view returns (ProverPendingItem[] memory items);
    function getSenderPendingRequests(address sender) external view returns (SenderPendingItem[] memory items);
    function getProverOverdueCount(address prover) external view returns (uint64 overdue);
    function getSenderOverdueCount(address sender) external view returns (uint64 overdue);
    function getProverOverdueRequests(address prover) external view returns (bytes32[] memory reqids);
    function getSenderOverdueRequests(address sender) external view returns (bytes32[] memory reqids);
    function getSenderRefundableRequests(address sender) external view returns (bytes32[] memory reqids);

    function getProverStatsComposite(address prover) external view returns (ProverStatsComposite memory v);
    function batchGetProverStatsComposite(address[] calldata provers)
        external
        view
        returns (ProverStatsComposite[] memory out);
    function getGlobalStatsComposite() external view returns (GlobalStatsComposite memory v);

    function getStatsEpochs() external view returns (uint64[] memory startAts, uint64[] memory endAts);
    function getStatsEpochs(uint64[] calldata epochIds)
        external
        view
        returns (uint64[] memory startAts, uint64[] memory endAts);
}
