// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {IMarketViewer} from "../../../src/market/interfaces/IMarketViewer.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: MarketViewer's batches, pending/overdue/refundable lists and composites.
contract MarketViewerRulesFidelityTest is MarketFixture {
    /// @dev p0's record: two proofs delivered, one refunded after its deadline, one overdue
    ///      (deadline passed, not refunded), one pending in time. Returns the overdue and the pending ids.
    function _record() internal returns (bytes32 overdue, bytes32 inTime) {
        for (uint64 n = 1; n <= 2; ++n) {
            bytes32 done = _simpleRequest(n);
            _win(p0, done, 2 ether);
            _submit(p0, done);
        }
        bytes32 missed = _simpleRequest(3);
        _win(p0, missed, 2 ether);
        _warpPastDeadline(missed);
        market.refund(missed);

        overdue = _simpleRequest(4);
        _win(p0, overdue, 2 ether);
        inTime = _request(5, 10 ether, MIN_SELF_STAKE, _u64(block.timestamp + 3 hours));
        _win(p0, inTime, 2 ether);
        _warpPastDeadline(overdue);
    }

    function test_viewer_pointsAtItsMarket() public view {
        assertEq(address(viewer.brevisMarket()), address(market), "brevisMarket");
    }

    /// @notice successRateBps = fulfilled × 10,000 / (fulfilled + refunded + overdue): 2 / 4 here.
    function test_successRate_isFulfilledOverFulfilledRefundedAndOverdue() public {
        (bytes32 overdue,) = _record();
        IMarketViewer.ProverStatsComposite memory v = viewer.getProverStatsComposite(p0);
        assertEq(v.fulfilled, 2, "fulfilled");
        assertEq(v.refunded, 1, "refunded");
        assertEq(v.pendingCount, 2, "pending");
        assertEq(v.overdueCount, 1, "overdue");
        assertEq(v.successRateBps, 5000, "2 / (2 + 1 + 1)");

        market.refund(overdue); // overdue becomes refunded: the rate stays
        v = viewer.getProverStatsComposite(p0);
        assertEq(v.successRateBps, 5000, "same rate once refunded");
        assertEq(viewer.getProverStatsComposite(p1).successRateBps, 0, "nothing settled: 0");
    }

    /// @notice The composite carries lifetime and recent stats and the recent window's start.
    function test_proverStatsComposite_carriesTotalsRecentAndCounts() public {
        _record();
        market.scheduleStatsEpoch(0);
        uint64 epochStart = _u64(block.timestamp);
        IMarketViewer.ProverStatsComposite memory v = viewer.getProverStatsComposite(p0);
        IBrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(v.total.bids, total.bids, "total");
        assertEq(v.total.feeReceived, total.feeReceived, "total fees");
        assertEq(v.recent.bids, 0, "recent is the new epoch");
        assertEq(v.recentStartAt, epochStart, "recent window start");

        IMarketViewer.ProverStatsComposite[] memory batch = viewer.batchGetProverStatsComposite(_addrs(p1, p0));
        assertEq(batch.length, 2, "one per prover");
        assertEq(batch[0].fulfilled, 0, "input order kept: p1 first");
        assertEq(batch[1].fulfilled, 2, "then p0");
    }

    function test_globalStatsComposite_carriesTotalsAndRecent() public {
        _record();
        IMarketViewer.GlobalStatsComposite memory g = viewer.getGlobalStatsComposite();
        assertEq(g.total.totalRequests, 5, "requests");
        assertEq(g.total.totalFulfilled, 2, "fulfilled");
        assertEq(g.recent.totalRequests, 5, "recent = total in the first epoch");
        assertEq(g.recentStartAt, START, "first epoch start");
    }

    /// @notice Per prover: pending items with deadlines, counts and overdue ids.
    function test_pendingAndOverdue_perProver() public {
        (bytes32 overdue, bytes32 inTime) = _record();
        IMarketViewer.ProverPendingItem[] memory items = viewer.getProverPendingRequests(p0);
        assertEq(items.length, 2, "two pending");
        assertEq(items[0].reqid, overdue, "in the market's order");
        assertEq(items[0].deadline, _deadlineOf(overdue), "deadline");
        assertEq(items[1].reqid, inTime, "second");
        assertEq(viewer.getProverPendingCount(p0), 2, "count");
        assertEq(viewer.getProverOverdueCount(p0), 1, "overdue count");
        bytes32[] memory ids = viewer.getProverOverdueRequests(p0);
        assertEq(ids.length, 1, "one overdue id");
        assertEq(ids[0], overdue, "the overdue one");
    }

    /// @notice Per sender: pending items with deadline and current winner, counts and overdue ids.
    function test_pendingAndOverdue_perSender() public {
        (bytes32 overdue, bytes32 inTime) = _record();
        bytes32 open = _requestFrom(REQUESTER, 6, 10 ether, MIN_SELF_STAKE, _deadline());
        IMarketViewer.SenderPendingItem[] memory items = viewer.getSenderPendingRequests(REQUESTER);
        assertEq(items.length, 3, "three pending");
        assertEq(items[0].reqid, overdue, "first");
        assertEq(items[0].winner, p0, "its winner");
        assertEq(items[1].reqid, inTime, "second");
        assertEq(items[2].reqid, open, "third");
        assertEq(items[2].winner, address(0), "no winner yet");
        assertEq(items[2].deadline, _deadlineOf(open), "deadline");
        assertEq(viewer.getSenderPendingCount(REQUESTER), 3, "count");
        assertEq(viewer.getSenderOverdueCount(REQUESTER), 1, "overdue count");
        assertEq(viewer.getSenderOverdueRequests(REQUESTER)[0], overdue, "overdue id");
        assertEq(viewer.getSenderPendingCount(REQUESTER2), 0, "another sender has none");
    }

    /// @notice Refundable: past the deadline, bidding over without a bid, or reveals over without a
    ///         winner; with the durations in force.
    function test_senderRefundable_coversTheThreeRefundCases() public {
        bytes32 unbid = _simpleRequest(1);
        bytes32 unrevealed = _simpleRequest(2);
        bytes32 won = _simpleRequest(3);
        _bid(p0, unrevealed, 1 ether, 1);
        _bid(p1, won, 1 ether, 1);
        _warpToReveal(unbid);
        _reveal(p1, won, 1 ether, 1);

        bytes32[] memory ids = viewer.getSenderRefundableRequests(REQUESTER);
        assertEq(ids.length, 1, "right after bidding: only the one without a bid");
        assertEq(ids[0], unbid, "no bid");

        _warpToProving(unbid);
        ids = viewer.getSenderRefundableRequests(REQUESTER);
        assertEq(ids.length, 2, "after reveals: also the one nobody revealed");
        assertTrue(_contains(ids, unrevealed), "no winner");
        assertFalse(_contains(ids, won), "a winner still in time is not refundable");

        _warpPastDeadline(won);
        assertEq(viewer.getSenderRefundableRequests(REQUESTER).length, 3, "past the deadline: all");
        market.batchRefund(viewer.getSenderRefundableRequests(REQUESTER));
        assertEq(viewer.getSenderRefundableRequests(REQUESTER).length, 0, "all refunded");
    }

    function test_senderRefundable_followsTheDurationsInForce() public {
        bytes32 unbid = _simpleRequest(1);
        vm.warp(START + 60);
        assertEq(viewer.getSenderRefundableRequests(REQUESTER).length, 0, "still bidding");
        market.setBiddingPhaseDuration(30);
        assertEq(viewer.getSenderRefundableRequests(REQUESTER)[0], unbid, "bidding over under the new duration");
    }

    function test_batches_requestsBiddersAndBidHashes() public {
        bytes32 a = _simpleRequest(1);
        bytes32 b = _request(2, 20 ether, 2000 ether, _deadline());
        bytes32 ha = _bid(p0, a, 1 ether, 1);
        bytes32 hb = _bid(p1, a, 2 ether, 2);
        _warpToReveal(a);
        _reveal(p0, a, 1 ether, 1);
        _reveal(p1, a, 2 ether, 2);

        IMarketViewer.RequestView[] memory reqs = viewer.batchGetRequests(_ids(a, b));
        assertEq(reqs[0].reqid, a, "id a");
        assertEq(reqs[1].reqid, b, "id b");
        assertEq(reqs[1].maxFee, 20 ether, "maxFee");
        assertEq(reqs[1].minStake, 2000 ether, "minStake");
        assertEq(reqs[1].sender, REQUESTER, "sender");
        assertEq(reqs[1].deadline, _deadlineOf(b), "deadline");
        assertEq(reqs[1].vk, VK, "vk");
        assertEq(reqs[1].publicValuesDigest, _digest(2), "digest");
        assertEq(reqs[1].timestamp, START, "timestamp");
        assertEq(uint256(reqs[1].status), uint256(IBrevisMarket.ReqStatus.Pending), "status");

        IMarketViewer.BiddersView[] memory bidders = viewer.batchGetBidders(_ids(a, b));
        assertEq(bidders[0].winner, p0, "winner");
        assertEq(bidders[0].winnerFee, 1 ether, "winner fee");
        assertEq(bidders[0].second, p1, "second");
        assertEq(bidders[0].secondFee, 2 ether, "second fee");
        assertEq(bidders[1].winner, address(0), "no bids on b");

        bytes32[] memory hashes = viewer.batchGetBidHashes(a, _addrs(p0, p1, p2));
        assertEq(hashes[0], ha, "p0's hash");
        assertEq(hashes[1], hb, "p1's hash");
        assertEq(hashes[2], bytes32(0), "p2 did not bid");
    }

    function test_statsEpochs_allOrSelected() public {
        market.scheduleStatsEpoch(_u64(START + 1 days));
        market.scheduleStatsEpoch(_u64(START + 2 days));
        (uint64[] memory starts, uint64[] memory ends) = viewer.getStatsEpochs();
        assertEq(starts.length, 3, "three epochs");
        assertEq(starts[2], START + 2 days, "last start");
        assertEq(ends[0], START + 1 days, "first end");
        assertEq(ends[2], 0, "tail");

        uint64[] memory ids = new uint64[](2);
        (ids[0], ids[1]) = (2, 0);
        (starts, ends) = viewer.getStatsEpochs(ids);
        assertEq(starts[0], START + 2 days, "selected: epoch 2");
        assertEq(starts[1], START, "selected: epoch 0");
        assertEq(ends[1], START + 1 days, "epoch 0's end");

        // the market's public statsEpochs getter reverts without data past the end
        ids[0] = 3;
        vm.expectRevert();
        viewer.getStatsEpochs(ids);
    }
}
