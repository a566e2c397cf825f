// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "./BrevisMarket.sol";

/// @title Batched read-only market views: prover stats with success rate, pending and overdue work.
contract MarketViewer {
    struct ProverPendingItem {
        bytes32 reqid;
        uint64 deadline;
    }

    /// @dev successRateBps = fulfilled / (fulfilled + refunded), 0 when nothing settled yet.
    struct ProverStatsComposite {
        BrevisMarket.ProverStats total;
        BrevisMarket.ProverStats recent;
        uint64 recentStartAt;
        uint64 successRateBps;
        uint64 fulfilled;
        uint64 refunded;
        uint64 pendingCount;
        uint64 overdueCount;
    }

    struct GlobalStatsComposite {
        BrevisMarket.GlobalStats total;
        BrevisMarket.GlobalStats recent;
        uint64 recentStartAt;
    }

    BrevisMarket public immutable market;

    constructor(BrevisMarket market_) {
        market = market_;
    }

    function getProverStatsComposite(address prover) public view returns (ProverStatsComposite memory v) {
        v.total = market.getProverStatsTotal(prover);
        (v.recent, v.recentStartAt) = market.getProverRecentStats(prover);
        v.fulfilled = v.total.requestsFulfilled;
        v.refunded = v.total.requestsRefunded;
        uint256 settled = uint256(v.fulfilled) + v.refunded;
        // casting to 'uint64' is safe because a rate in basis points is at most 10000
        // forge-lint: disable-next-line(unsafe-typecast)
        v.successRateBps = settled == 0 ? 0 : uint64((uint256(v.fulfilled) * 10_000) / settled);
        ProverPendingItem[] memory pending = getProverPendingRequests(prover);
        v.pendingCount = uint64(pending.length);
        v.overdueCount = _overdue(pending);
    }

    function batchGetProverStatsComposite(address[] calldata provers)
        external
        view
        returns (ProverStatsComposite[] memory out)
    {
        out = new ProverStatsComposite[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) out[i] = getProverStatsComposite(provers[i]);
    }

    function getGlobalStatsComposite() external view returns (GlobalStatsComposite memory v) {
        v.total = market.getGlobalStatsTotal();
        (v.recent, v.recentStartAt) = market.getGlobalRecentStats();
    }

    function getProverPendingRequests(address prover) public view returns (ProverPendingItem[] memory items) {
        bytes32[] memory reqids = market.getProverPendingRequests(prover);
        items = new ProverPendingItem[](reqids.length);
        for (uint256 i = 0; i < reqids.length; ++i) {
            (,,,,, uint64 deadline,,,) = market.getRequest(reqids[i]);
            items[i] = ProverPendingItem(reqids[i], deadline);
        }
    }

    function getProverPendingCount(address prover) external view returns (uint64) {
        return uint64(market.getProverPendingRequests(prover).length);
    }

    /// @notice Pending requests whose deadline has passed: refundable now, and slashable.
    function getProverOverdueCount(address prover) external view returns (uint64) {
        return _overdue(getProverPendingRequests(prover));
    }

    function _overdue(ProverPendingItem[] memory items) private view returns (uint64 count) {
        for (uint256 i = 0; i < items.length; ++i) {
            if (block.timestamp > items[i].deadline) ++count;
        }
    }
}
