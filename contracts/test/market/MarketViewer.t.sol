// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {MarketViewer} from "../../src/market/MarketViewer.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title MarketViewer composites over a prover with fulfilled, refunded, pending and overdue
///        work, and the market's own lifetime / recent counters behind them.
contract MarketViewerTest is MarketFixture {
    bytes32[5] internal r;
    uint256 internal t0;

    /// @dev p0 wins five requests: r0 and r1 fulfilled, r2 refunded after its deadline, r3 overdue
    ///      (not refunded yet), r4 pending with a far deadline. p1 lost r0 (second place). Time ends
    ///      25 minutes after t0.
    function _scenario() internal {
        t0 = block.timestamp;
        uint64[5] memory deadlines =
            [_u64(t0 + 1 hours), _u64(t0 + 1 hours), _u64(t0 + 11 minutes), _u64(t0 + 20 minutes), _u64(t0 + 1 days)];
        for (uint256 i = 0; i < 5; ++i) {
            // casting is safe: i < 5
            // forge-lint: disable-next-line(unsafe-typecast)
            r[i] = _request(uint64(i + 1), 10 ether, 100 ether, deadlines[i]);
            _bid(p0, r[i], 2 ether, i);
        }
        _bid(p1, r[0], 3 ether, 0);
        _warpToReveal(r[0]);
        for (uint256 i = 0; i < 5; ++i) {
            _reveal(p0, r[i], 2 ether, i);
        }
        _reveal(p1, r[0], 3 ether, 0);
        _warpToRevealEnd(r[0]);
        _submit(p0, r[0]); // paid 3 (second price)
        _submit(p0, r[1]); // paid 2 (alone)
        vm.warp(t0 + 25 minutes);
        market.refund(r[2]);
    }

    function test_proverStatsComposite() public {
        _scenario();
        MarketViewer.ProverStatsComposite memory v = viewer.getProverStatsComposite(p0);
        assertEq(v.fulfilled, 2, "fulfilled");
        assertEq(v.refunded, 1, "refunded");
        assertEq(v.successRateBps, 6666, "2 of 3 settled succeeded");
        assertEq(v.pendingCount, 2, "r3 and r4 pending");
        assertEq(v.overdueCount, 1, "r3 overdue");
        assertEq(v.total.bids, 5, "bids");
        assertEq(v.total.reveals, 5, "reveals");
        uint256 paid = (3 ether - 3 ether * PROTOCOL_FEE_BPS / BPS) + (2 ether - 2 ether * PROTOCOL_FEE_BPS / BPS);
        assertEq(v.total.feeReceived, paid, "fee received after the protocol fee");
        assertEq(v.total.lastActiveAt, t0 + BIDDING + REVEAL, "last active at the submissions");
        assertEq(v.recent.requestsFulfilled, 2, "recent = total in the first epoch");
        assertEq(v.recentStartAt, START, "recent since deployment");
        assertEq(market.assignedStake(p0), 200 ether, "r3 and r4 bound");
    }

    function test_proverStatsComposite_loserAndNewcomer() public {
        _scenario();
        address[] memory list = _triple(p0, p1, STRANGER);
        MarketViewer.ProverStatsComposite[] memory out = viewer.batchGetProverStatsComposite(list);
        assertEq(out.length, 3, "three");
        assertEq(out[0].successRateBps, 6666, "p0 as single view");
        assertEq(out[1].total.bids, 1, "p1 bid");
        assertEq(out[1].total.reveals, 1, "p1 revealed");
        assertEq(out[1].successRateBps, 0, "nothing settled: 0");
        assertEq(out[1].pendingCount, 0, "p1 holds nothing");
        assertEq(out[2].total.bids, 0, "stranger: zeros");
        assertEq(viewer.batchGetProverStatsComposite(new address[](0)).length, 0, "empty batch");
    }

    function test_successRateExtremes() public {
        bytes32 a = _simpleRequest(1);
        _win(p0, a, 1 ether);
        _submit(p0, a);
        assertEq(viewer.getProverStatsComposite(p0).successRateBps, 10_000, "all fulfilled: 100 %");

        bytes32 b = _simpleRequest(2);
        _win(p1, b, 1 ether);
        _warpPastDeadline(b);
        market.refund(b);
        assertEq(viewer.getProverStatsComposite(p1).successRateBps, 0, "all refunded: 0");
        assertEq(viewer.getProverStatsComposite(p1).refunded, 1, "one refund");
    }

    function test_pendingItemsAndCounts() public {
        _scenario();
        MarketViewer.ProverPendingItem[] memory items = viewer.getProverPendingRequests(p0);
        assertEq(items.length, 2, "two items");
        for (uint256 i = 0; i < items.length; ++i) {
            assertTrue(items[i].reqid == r[3] || items[i].reqid == r[4], "r3 or r4");
            assertEq(items[i].deadline, _deadlineOf(items[i].reqid), "deadline of the item");
        }
        assertEq(viewer.getProverPendingCount(p0), 2, "pending count");
        assertEq(viewer.getProverOverdueCount(p0), 1, "overdue count");
        assertEq(viewer.getProverPendingCount(p1), 0, "p1 none");
        assertEq(viewer.getProverPendingRequests(p1).length, 0, "p1 no items");

        // exactly at r4's deadline it is not overdue yet; one second later it is
        vm.warp(_deadlineOf(r[4]));
        assertEq(viewer.getProverOverdueCount(p0), 1, "at the deadline: not overdue");
        vm.warp(uint256(_deadlineOf(r[4])) + 1);
        assertEq(viewer.getProverOverdueCount(p0), 2, "both overdue");

        market.refund(r[3]);
        market.refund(r[4]);
        assertEq(viewer.getProverPendingCount(p0), 0, "refunds clear the pending list");
        assertEq(viewer.getProverOverdueCount(p0), 0, "and the overdue count");
        assertEq(viewer.getProverStatsComposite(p0).successRateBps, 4000, "2 of 5");
        assertEq(market.assignedStake(p0), 0, "nothing bound");
    }

    function test_globalStatsComposite() public {
        _scenario();
        MarketViewer.GlobalStatsComposite memory g = viewer.getGlobalStatsComposite();
        assertEq(g.total.totalRequests, 5, "requests");
        assertEq(g.total.totalFulfilled, 2, "fulfilled");
        assertEq(g.total.totalFees, 5 ether, "3 + 2 before the protocol fee");
        assertEq(g.recent.totalRequests, 5, "recent requests");
        assertEq(g.recentStartAt, START, "recent start");

        market.startStatsEpoch();
        g = viewer.getGlobalStatsComposite();
        assertEq(g.total.totalRequests, 5, "totals kept");
        assertEq(g.recent.totalRequests, 0, "recent reset");
        assertEq(g.recentStartAt, block.timestamp, "new start");
    }

    function test_compositeAfterNewStatsEpoch() public {
        _scenario();
        market.startStatsEpoch();
        MarketViewer.ProverStatsComposite memory v = viewer.getProverStatsComposite(p0);
        assertEq(v.recent.requestsFulfilled, 0, "recent reset");
        assertEq(v.recent.bids, 0, "recent bids reset");
        assertEq(v.recentStartAt, block.timestamp, "recent start moved");
        assertEq(v.successRateBps, 6666, "success rate is lifetime");
        assertEq(v.pendingCount, 2, "pending is not a counter");

        // a refund in the new epoch counts in both
        market.refund(r[3]);
        v = viewer.getProverStatsComposite(p0);
        assertEq(v.recent.requestsRefunded, 1, "recent refund");
        assertEq(v.total.requestsRefunded, 2, "total refunds");
        assertEq(v.successRateBps, 5000, "2 of 4");
    }

    function test_marketStatsMatchTheComposite() public {
        _scenario();
        BrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        MarketViewer.ProverStatsComposite memory v = viewer.getProverStatsComposite(p0);
        assertEq(total.bids, v.total.bids, "bids");
        assertEq(total.requestsFulfilled, v.fulfilled, "fulfilled");
        assertEq(total.requestsRefunded, v.refunded, "refunded");
        assertEq(total.feeReceived, v.total.feeReceived, "fee");
        assertEq(market.getProverPendingRequests(p0).length, v.pendingCount, "pending");
    }
}
