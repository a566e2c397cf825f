// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "./interfaces/IBrevisMarket.sol";
import {IMarketViewer} from "./interfaces/IMarketViewer.sol";

/// @title Stateless batched reads over one market: requests, bidders, pending and overdue work,
///        refundable requests, stats composites and stats epochs.
/// @notice "Overdue" is a pending request whose deadline has passed. Refundability follows the
///         market's rule with the phase durations in force now.
contract MarketViewer is IMarketViewer {
    IBrevisMarket public immutable brevisMarket;

    constructor(address _brevisMarketAddress) {
        brevisMarket = IBrevisMarket(_brevisMarketAddress);
    }

    // ---------------------------------------------------------------- batches

    function batchGetRequests(bytes32[] calldata reqids) external view returns (RequestView[] memory out) {
        out = new RequestView[](reqids.length);
        for (uint256 i = 0; i < reqids.length; ++i) {
            out[i] = _requestView(reqids[i]);
        }
    }

    function batchGetBidders(bytes32[] calldata reqids) external view returns (BiddersView[] memory out) {
        out = new BiddersView[](reqids.length);
        for (uint256 i = 0; i < reqids.length; ++i) {
            BiddersView memory v = out[i];
            v.reqid = reqids[i];
            (v.winner, v.winnerFee, v.second, v.secondFee) = brevisMarket.getBidders(reqids[i]);
        }
    }

    function batchGetBidHashes(bytes32 reqid, address[] calldata provers)
        external
        view
        returns (bytes32[] memory bidHashes)
    {
        bidHashes = new bytes32[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            bidHashes[i] = brevisMarket.getBidHash(reqid, provers[i]);
        }
    }

    // ---------------------------------------------------------------- pending, overdue, refundable

    function getProverPendingCount(address prover) external view returns (uint64 count) {
        return uint64(brevisMarket.getProverPendingRequests(prover).length);
    }

    function getSenderPendingCount(address sender) external view returns (uint64 count) {
        return uint64(brevisMarket.getSenderPendingRequests(sender).length);
    }

    function getProverPendingRequests(address prover) external view returns (ProverPendingItem[] memory items) {
        bytes32[] memory reqids = brevisMarket.getProverPendingRequests(prover);
        items = new ProverPendingItem[](reqids.length);
        for (uint256 i = 0; i < reqids.length; ++i) {
            items[i] = ProverPendingItem({reqid: reqids[i], deadline: _deadline(reqids[i])});
        }
    }

    function getSenderPendingRequests(address sender) external view returns (SenderPendingItem[] memory items) {
        bytes32[] memory reqids = brevisMarket.getSenderPendingRequests(sender);
        items = new SenderPendingItem[](reqids.length);
        for (uint256 i = 0; i < reqids.length; ++i) {
            (address winner,,,) = brevisMarket.getBidders(reqids[i]);
            items[i] = SenderPendingItem({reqid: reqids[i], deadline: _deadline(reqids[i]), winner: winner});
        }
    }

    function getProverOverdueCount(address prover) public view returns (uint64 overdue) {
        return uint64(_overdue(brevisMarket.getProverPendingRequests(prover)).length);
    }

    function getSenderOverdueCount(address sender) external view returns (uint64 overdue) {
        return uint64(_overdue(brevisMarket.getSenderPendingRequests(sender)).length);
    }

    function getProverOverdueRequests(address prover) external view returns (bytes32[] memory reqids) {
        return _overdue(brevisMarket.getProverPendingRequests(prover));
    }

    function getSenderOverdueRequests(address sender) external view returns (bytes32[] memory reqids) {
        return _overdue(brevisMarket.getSenderPendingRequests(sender));
    }

    /// @notice The sender's pending requests that `refund` accepts now: past the deadline, bidding
    ///         over without a bid, or reveals over without a winner.
    function getSenderRefundableRequests(address sender) external view returns (bytes32[] memory reqids) {
        bytes32[] memory pending = brevisMarket.getSenderPendingRequests(sender);
        uint256 bidding = brevisMarket.biddingPhaseDuration();
        uint256 revealing = brevisMarket.revealPhaseDuration();
        reqids = new bytes32[](pending.length);
        uint256 n;
        for (uint256 i = 0; i < pending.length; ++i) {
            (
                ,
                uint64 createdAt,,
                IBrevisMarket.FeeParams memory fee,,,,
                uint32 bidCount,
                IBrevisMarket.Bidder memory winner,
            ) = brevisMarket.requests(pending[i]);
            uint256 biddingEnd = createdAt + bidding;
            bool refundable = block.timestamp > fee.deadline || (block.timestamp > biddingEnd && bidCount == 0)
                || (block.timestamp > biddingEnd + revealing && winner.prover == address(0));
            if (refundable) reqids[n++] = pending[i];
        }
        _truncate(reqids, n);
    }

    // ---------------------------------------------------------------- stats

    function getProverStatsComposite(address prover) public view returns (ProverStatsComposite memory v) {
        v.total = brevisMarket.getProverStatsTotal(prover);
        (v.recent, v.recentStartAt) = brevisMarket.getProverRecentStats(prover);
        v.fulfilled = v.total.requestsFulfilled;
        v.refunded = v.total.requestsRefunded;
        bytes32[] memory pending = brevisMarket.getProverPendingRequests(prover);
        v.pendingCount = uint64(pending.length);
        v.overdueCount = uint64(_overdue(pending).length);
        uint64 counted = v.fulfilled + v.refunded + v.overdueCount;
        v.successRateBps = counted == 0 ? 0 : (v.fulfilled * 10_000) / counted;
    }

    function batchGetProverStatsComposite(address[] calldata provers)
        external
        view
        returns (ProverStatsComposite[] memory out)
    {
        out = new ProverStatsComposite[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            out[i] = getProverStatsComposite(provers[i]);
        }
    }

    function getGlobalStatsComposite() external view returns (GlobalStatsComposite memory v) {
        v.total = brevisMarket.getGlobalStatsTotal();
        (v.recent, v.recentStartAt) = brevisMarket.getGlobalRecentStats();
    }

    function getStatsEpochs() external view returns (uint64[] memory startAts, uint64[] memory endAts) {
        uint256 count = brevisMarket.statsEpochsLength();
        startAts = new uint64[](count);
        endAts = new uint64[](count);
        for (uint256 i = 0; i < count; ++i) {
            (startAts[i], endAts[i]) = brevisMarket.statsEpochs(i);
        }
    }

    /// @notice Reverts if an id is not a scheduled epoch.
    function getStatsEpochs(uint64[] calldata epochIds)
        external
        view
        returns (uint64[] memory startAts, uint64[] memory endAts)
    {
        startAts = new uint64[](epochIds.length);
        endAts = new uint64[](epochIds.length);
        for (uint256 i = 0; i < epochIds.length; ++i) {
            (startAts[i], endAts[i]) = brevisMarket.statsEpochs(epochIds[i]);
        }
    }

    // ---------------------------------------------------------------- internals

    function _requestView(bytes32 reqid) private view returns (RequestView memory) {
        (
            IBrevisMarket.ReqStatus status,
            uint64 timestamp,
            address sender,
            uint256 maxFee,
            uint256 minStake,
            uint64 deadline,
            bytes32 vk,
            bytes32 publicValuesDigest,
            uint32 version
        ) = brevisMarket.getRequest(reqid);
        return RequestView({
            reqid: reqid,
            status: status,
            timestamp: timestamp,
            sender: sender,
            maxFee: maxFee,
            minStake: minStake,
            deadline: deadline,
            vk: vk,
            publicValuesDigest: publicValuesDigest,
            version: version
        });
    }

    function _deadline(bytes32 reqid) private view returns (uint64 deadline) {
        (,,,,, deadline,,,) = brevisMarket.getRequest(reqid);
    }

    /// @dev The requests of `reqids` whose deadline has passed, in their order.
    function _overdue(bytes32[] memory reqids) private view returns (bytes32[] memory overdue) {
        overdue = new bytes32[](reqids.length);
        uint256 n;
        for (uint256 i = 0; i < reqids.length; ++i) {
            if (block.timestamp > _deadline(reqids[i])) overdue[n++] = reqids[i];
        }
        _truncate(overdue, n);
    }

    /// @dev Shortens a memory array in place to its first `length` items.
    function _truncate(bytes32[] memory list, uint256 length) private pure {
        assembly ("memory-safe") {
            mstore(list, length)
        }
    }
}
