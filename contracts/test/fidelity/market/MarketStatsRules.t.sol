// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "../../../src/access/AccessControl.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: stats epochs (schedule, pop, lazy rollover) and the stats read from them.
/// @notice Each epoch keeps cumulative snapshots; "recent" and per-epoch stats are the difference
///         with the previous epoch's snapshot.
contract MarketStatsRulesFidelityTest is MarketFixture {
    function _epoch(uint256 index) internal view returns (uint64 startAt, uint64 endAt) {
        return market.statsEpochs(index);
    }

    function _assertEpoch(uint256 index, uint256 startAt, uint256 endAt, string memory message) internal view {
        (uint64 s, uint64 e) = _epoch(index);
        assertEq(s, startAt, string.concat(message, ": startAt"));
        assertEq(e, endAt, string.concat(message, ": endAt"));
    }

    /// @dev p0 bids, reveals and proves a 4 BREV request alone.
    function _fulfil(uint64 nonce) internal {
        bytes32 reqid = _simpleRequest(nonce);
        _win(p0, reqid, 4 ether);
        _submit(p0, reqid);
    }

    // ------------------------------------------------------------ the schedule

    function test_statsEpochs_theFirstStartsAtDeployment() public view {
        assertEq(market.statsEpochsLength(), 1, "one epoch");
        _assertEpoch(0, START, 0, "epoch 0");
        (uint64 startAt, uint64 epochId) = market.getRecentStatsInfo();
        assertEq(startAt, START, "recent start");
        assertEq(epochId, 0, "epoch id");
    }

    /// @notice The constructor's caller holds EPOCH_UPDATER_ROLE; the role, not ownership, allows scheduling.
    function test_scheduleStatsEpoch_onlyTheEpochUpdaterRole() public {
        bytes32 role = market.EPOCH_UPDATER_ROLE();
        assertEq(role, keccak256("EPOCH_UPDATER_ROLE"), "role id");
        vm.expectRevert(abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, STRANGER, role));
        vm.prank(STRANGER);
        market.scheduleStatsEpoch(0);

        market.grantRole(role, STRANGER);
        vm.prank(STRANGER);
        market.scheduleStatsEpoch(_u64(START + 1 days));
        market.renounceRole(role);
        vm.expectRevert(abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, owner, role));
        market.popStatsEpoch();
    }

    /// @notice A new epoch starts strictly after the last scheduled start, and ends the last epoch there.
    function test_scheduleStatsEpoch_startsStrictlyAfterTheLastStart() public {
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketInvalidStatsEpochStart.selector, START, START));
        market.scheduleStatsEpoch(_u64(START));

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsEpochScheduled(_u64(START + 1 days));
        market.scheduleStatsEpoch(_u64(START + 1 days));
        _assertEpoch(0, START, START + 1 days, "epoch 0 ends where epoch 1 starts");
        _assertEpoch(1, START + 1 days, 0, "epoch 1 is the tail");
        assertEq(market.statsEpochId(), 0, "a future epoch has not taken over");

        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidStatsEpochStart.selector, START + 1 days, START)
        );
        market.scheduleStatsEpoch(0);
    }

    /// @notice Start 0 means now, and an epoch starting now (or earlier) takes over at once.
    function test_scheduleStatsEpoch_startingNowTakesOverAtOnce() public {
        vm.warp(START + 100);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsEpochScheduled(_u64(START + 100));
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsReset(1, _u64(START + 100));
        market.scheduleStatsEpoch(0);
        assertEq(market.statsEpochId(), 1, "current at once");

        vm.warp(START + 500);
        market.scheduleStatsEpoch(_u64(START + 200)); // already past: takes over too
        assertEq(market.statsEpochId(), 2, "a past start takes over at once");
        _assertEpoch(1, START + 100, START + 200, "epoch 1");
    }

    /// @notice A started epoch becomes current only at the next request, bid, reveal or proof;
    ///         refunds, slashes and every view leave the epoch id alone.
    function test_statsEpoch_rollsOverLazilyOnActivity() public {
        bytes32 lapsed = _simpleRequest(1);
        market.scheduleStatsEpoch(_u64(START + 1 hours));
        vm.warp(START + 2 hours);
        (uint64 startAt, uint64 epochId) = market.getRecentStatsInfo();
        assertEq(epochId, 0, "views do not roll over");
        assertEq(startAt, START, "still the first epoch's start");
        market.refund(lapsed);
        assertEq(market.statsEpochId(), 0, "a refund does not roll over");

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsReset(1, _u64(START + 1 hours));
        _simpleRequest(2);
        assertEq(market.statsEpochId(), 1, "a request rolls over");
    }

    function test_statsEpoch_rollsOverEveryStartedEpochAtOnce() public {
        market.scheduleStatsEpoch(_u64(START + 1 hours));
        market.scheduleStatsEpoch(_u64(START + 2 hours));
        market.scheduleStatsEpoch(_u64(START + 3 hours));
        vm.warp(START + 150 minutes);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsReset(1, _u64(START + 1 hours));
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsReset(2, _u64(START + 2 hours));
        _simpleRequest(1);
        assertEq(market.statsEpochId(), 2, "every started epoch passed");
    }

    function test_popStatsEpoch_removesTheLastEpochBeforeItStarts() public {
        market.scheduleStatsEpoch(_u64(START + 1 hours));
        market.scheduleStatsEpoch(_u64(START + 2 hours));
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.StatsEpochPopped(_u64(START + 2 hours));
        market.popStatsEpoch();
        assertEq(market.statsEpochsLength(), 2, "one removed");
        _assertEpoch(1, START + 1 hours, 0, "the new tail is open-ended again");
    }

    /// @notice The first epoch is never removed, nor one whose start has come (rolled over or not).
    function test_popStatsEpoch_neverTheFirstNorAStartedOne() public {
        vm.expectRevert(IBrevisMarket.MarketNoFutureEpochToPop.selector);
        market.popStatsEpoch();

        market.scheduleStatsEpoch(_u64(START + 1 hours));
        vm.warp(START + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotPopStartedEpoch.selector, _u64(START + 1 hours), _u64(START + 1 hours)
            )
        );
        market.popStatsEpoch();
    }

    // ------------------------------------------------------------ prover stats

    /// @notice Recent = the current epoch's activity; totals carry over from the previous epoch.
    function test_proverStats_recentIsTheCurrentEpochsActivity() public {
        _fulfil(1);
        vm.warp(block.timestamp + 1 hours);
        market.scheduleStatsEpoch(0);
        uint256 epochStart = block.timestamp;

        (IBrevisMarket.ProverStats memory recent, uint64 startAt) = market.getProverRecentStats(p0);
        assertEq(startAt, epochStart, "recent starts with the epoch");
        assertEq(recent.bids + recent.reveals + recent.requestsFulfilled, 0, "nothing yet this epoch");
        assertEq(recent.lastActiveAt, 0, "no activity this epoch");
        IBrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.requestsFulfilled, 1, "totals fall back to the previous epoch");

        bytes32 reqid = _simpleRequest(2);
        _bid(p0, reqid, 1 ether, 1);
        (recent,) = market.getProverRecentStats(p0);
        assertEq(recent.bids, 1, "one bid this epoch");
        assertEq(recent.requestsFulfilled, 0, "fulfilment was last epoch");
        assertEq(recent.lastActiveAt, block.timestamp, "active now");
        total = market.getProverStatsTotal(p0);
        assertEq(total.bids, 2, "lifetime bids");
        assertEq(total.feeReceived, 4 ether - 4 ether * PROTOCOL_FEE_BPS / BPS, "lifetime fees carried over");
    }

    /// @notice getProverStatsForStatsEpoch gives each epoch's own activity and its window.
    function test_proverStats_perEpochActivityAndWindow() public {
        _fulfil(1);
        market.scheduleStatsEpoch(_u64(block.timestamp + 1));
        uint256 secondStart = block.timestamp + 1;
        vm.warp(secondStart);
        bytes32 reqid = _simpleRequest(2);
        _bid(p0, reqid, 1 ether, 1);
        _bid(p0, reqid, 1 ether, 2);

        (IBrevisMarket.ProverStats memory first, uint64 s0, uint64 e0) = market.getProverStatsForStatsEpoch(p0, 0);
        assertEq(first.bids, 1, "epoch 0 bids");
        assertEq(first.requestsFulfilled, 1, "epoch 0 fulfilled");
        assertEq(s0, START, "epoch 0 start");
        assertEq(e0, secondStart, "epoch 0 end");
        (IBrevisMarket.ProverStats memory second, uint64 s1, uint64 e1) = market.getProverStatsForStatsEpoch(p0, 1);
        assertEq(second.bids, 2, "epoch 1 bids");
        assertEq(second.requestsFulfilled, 0, "epoch 1 fulfilled");
        assertEq(s1, secondStart, "epoch 1 start");
        assertEq(e1, 0, "epoch 1 is the tail");

        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x32));
        market.getProverStatsForStatsEpoch(p0, 2);
    }

    /// @notice Surprising but deployed: a snapshot carries over from the previous epoch only. A
    ///         prover idle for a whole epoch has zero lifetime totals until it acts, and then
    ///         counts from zero again.
    function test_proverStats_idleForAWholeEpochStartsAgainFromZero() public {
        _fulfil(1);
        vm.warp(block.timestamp + 1 hours);
        market.scheduleStatsEpoch(0);
        _bid(p1, _simpleRequest(2), 1 ether, 1); // someone else is active in epoch 1
        vm.warp(block.timestamp + 1 hours);
        market.scheduleStatsEpoch(0);

        assertEq(market.getProverStatsTotal(p0).requestsFulfilled, 0, "epoch 0's totals are out of reach");
        _bid(p0, _simpleRequest(3), 1 ether, 1);
        IBrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.bids, 1, "counting again from zero");
        assertEq(total.requestsFulfilled, 0, "the old fulfilment is gone from the totals");
        assertEq(market.getProverStatsTotal(p1).bids, 1, "p1 was active last epoch: carried over");
    }

    /// @notice A refund counts in the epoch it happens in (as the snapshot of the winner), and
    ///         does not move lastActiveAt: recent lastActiveAt then shows the older activity.
    function test_proverStats_refundCountsInTheEpochItHappensIn() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        uint256 revealedAt = START + BIDDING + 1; // _win reveals in the first second of the reveal phase
        _warpPastDeadline(reqid);
        market.scheduleStatsEpoch(0);
        market.refund(reqid);

        (IBrevisMarket.ProverStats memory recent,) = market.getProverRecentStats(p0);
        assertEq(recent.requestsRefunded, 1, "missed in this epoch");
        assertEq(recent.lastActiveAt, revealedAt, "last activity predates the epoch");
        (IBrevisMarket.ProverStats memory first,,) = market.getProverStatsForStatsEpoch(p0, 0);
        assertEq(first.requestsRefunded, 0, "not in the epoch it was won in");
        assertEq(market.getProverStatsTotal(p0).requestsRefunded, 1, "lifetime");
    }

    // ------------------------------------------------------------ global stats

    function test_globalStats_totalsRecentAndPerEpoch() public {
        _fulfil(1);
        vm.warp(block.timestamp + 1 hours);
        market.scheduleStatsEpoch(0);
        uint64 epochStart = _u64(block.timestamp);
        IBrevisMarket.GlobalStats memory total = market.getGlobalStatsTotal();
        assertEq(total.totalRequests, 1, "totals fall back to the previous epoch");

        _simpleRequest(2);
        _simpleRequest(3);
        uint256 fee = 4 ether - 4 ether * PROTOCOL_FEE_BPS / BPS;
        total = market.getGlobalStatsTotal();
        assertEq(total.totalRequests, 3, "lifetime requests");
        assertEq(total.totalFulfilled, 1, "lifetime fulfilled");
        assertEq(total.totalFees, fee, "lifetime fees");
        (IBrevisMarket.GlobalStats memory recent, uint64 startAt) = market.getGlobalRecentStats();
        assertEq(recent.totalRequests, 2, "recent requests");
        assertEq(recent.totalFulfilled + recent.totalFees, 0, "nothing fulfilled this epoch");
        assertEq(startAt, epochStart, "recent start");
        (IBrevisMarket.GlobalStats memory first, uint64 s0, uint64 e0) = market.getGlobalStatsForStatsEpoch(0);
        assertEq(first.totalRequests, 1, "epoch 0 requests");
        assertEq(first.totalFees, fee, "epoch 0 fees");
        assertEq(s0, START, "epoch 0 start");
        assertEq(e0, epochStart, "epoch 0 end");
        (uint64 snapshotRequests,,) = market.globalStats(1);
        assertEq(snapshotRequests, 3, "the raw snapshot is cumulative");
    }
}
