// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: the auction's phases, as the deployed market computes them.
/// @notice Bidding while now ≤ createdAt + biddingPhaseDuration; reveals while biddingEnd < now ≤
///         biddingEnd + revealPhaseDuration; proofs after revealEnd and up to the deadline. Both
///         durations are read when a phase is checked, never fixed per request.
contract MarketPhasesFidelityTest is MarketFixture {
    function test_bidding_openWhileNowIsAtMostBiddingEnd() public {
        bytes32 reqid = _simpleRequest(1);
        uint256 biddingEnd = START + BIDDING;
        vm.warp(biddingEnd);
        _bid(p0, reqid, 1 ether, 1);

        vm.warp(biddingEnd + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketBiddingPhaseEnded.selector, biddingEnd + 1, biddingEnd)
        );
        vm.prank(p1);
        market.bid(reqid, _bidHash(reqid, p1, 1 ether, 1));
    }

    function test_reveal_openAfterBiddingEndUpToRevealEnd() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 2 ether, 1);
        _bid(p1, reqid, 3 ether, 2);
        uint256 biddingEnd = START + BIDDING;
        uint256 revealEnd = biddingEnd + REVEAL;

        vm.warp(biddingEnd);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketBiddingPhaseNotEnded.selector, biddingEnd, biddingEnd)
        );
        _reveal(p0, reqid, 2 ether, 1);

        vm.warp(biddingEnd + 1);
        _reveal(p0, reqid, 2 ether, 1);
        vm.warp(revealEnd);
        _reveal(p1, reqid, 3 ether, 2);

        vm.warp(revealEnd + 1);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseEnded.selector, revealEnd + 1, revealEnd));
        _reveal(p1, reqid, 3 ether, 2);
    }

    function test_submitProof_openAfterRevealEndUpToTheDeadline() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 2 ether, 1);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 2 ether, 1);
        uint256 revealEnd = START + BIDDING + REVEAL;
        uint256[8] memory proof = _proof(reqid);

        vm.warp(revealEnd);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseNotEnded.selector, revealEnd, revealEnd));
        vm.prank(p0);
        market.submitProof(reqid, proof);

        uint256 deadline = _deadlineOf(reqid);
        vm.warp(deadline);
        vm.prank(p0);
        market.submitProof(reqid, proof);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "proved on the deadline's last second");
    }

    function test_submitProof_afterTheDeadlineReverts() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        uint256[8] memory proof = _proof(reqid);
        uint256 deadline = _deadlineOf(reqid);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketDeadlinePassed.selector, deadline + 1, deadline));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    /// @notice An open request's bidding ends when the current duration says so: lengthening it
    ///         reopens bidding that had closed, shortening it closes bidding early.
    function test_phases_readTheBiddingDurationInForce() public {
        bytes32 reqid = _simpleRequest(1);
        vm.warp(START + BIDDING + 60);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketBiddingPhaseEnded.selector, START + BIDDING + 60, START + BIDDING
            )
        );
        vm.prank(p0);
        market.bid(reqid, _bidHash(reqid, p0, 1 ether, 1));

        market.setBiddingPhaseDuration(BIDDING + 120);
        _bid(p0, reqid, 1 ether, 1);
        assertEq(_bidCount(reqid), 1, "bidding reopened by the longer duration");

        market.setBiddingPhaseDuration(100);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketBiddingPhaseEnded.selector, START + BIDDING + 60, START + 100)
        );
        vm.prank(p1);
        market.bid(reqid, _bidHash(reqid, p1, 1 ether, 1));
        // the shorter bidding phase also moved the reveal phase earlier
        _reveal(p0, reqid, 1 ether, 1);
        (address winner,) = _winner(reqid);
        assertEq(winner, p0, "revealed in the reveal phase the new duration defines");
    }

    /// @notice The reveal duration in force decides when reveals close and proofs open.
    function test_phases_readTheRevealDurationInForce() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 2 ether, 1);
        _bid(p1, reqid, 3 ether, 2);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 2 ether, 1);

        market.setRevealPhaseDuration(0);
        uint256 biddingEnd = START + BIDDING;
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseEnded.selector, biddingEnd + 1, biddingEnd)
        );
        _reveal(p1, reqid, 3 ether, 2);

        // with no reveal phase left, the winner may prove at once
        _submit(p0, reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "proof accepted once the shortened reveals ended");
    }

    /// @notice Surprising but deployed: lengthening the phases can push the end of reveals past an
    ///         open request's deadline. Its winner can then never prove; the request is refunded
    ///         after the deadline and counts as missed by the winner.
    function test_phases_longerPhasesCanOutlastTheDeadline() public {
        bytes32 reqid = _request(1, 10 ether, MIN_SELF_STAKE, _u64(START + BIDDING + REVEAL + 60));
        _win(p0, reqid, 2 ether);
        market.setRevealPhaseDuration(REVEAL + 1 hours);
        uint256 revealEnd = START + BIDDING + REVEAL + 1 hours;
        uint256[8] memory proof = _proof(reqid);

        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseNotEnded.selector, block.timestamp, revealEnd)
        );
        vm.prank(p0);
        market.submitProof(reqid, proof);

        _warpPastDeadline(reqid);
        market.refund(reqid);
        assertEq(market.getProverStatsTotal(p0).requestsRefunded, 1, "counted as missed by the winner");
    }

    /// @notice A deadline equal to the end of the reveal phase is accepted, and leaves no second
    ///         in which a proof can be submitted (while the durations stay as they are).
    function test_deadlineAtRevealEnd_isAcceptedButLeavesNoTimeToProve() public {
        uint64 deadline = _u64(START + BIDDING + REVEAL);
        bytes32 reqid = _request(1, 10 ether, MIN_SELF_STAKE, deadline);
        _bid(p0, reqid, 2 ether, 1);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 2 ether, 1);
        uint256[8] memory proof = _proof(reqid);

        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseNotEnded.selector, deadline, deadline));
        vm.prank(p0);
        market.submitProof(reqid, proof);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketDeadlinePassed.selector, deadline + 1, deadline));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    /// @notice Refund windows follow the durations in force too.
    function test_refund_windowsReadTheDurationsInForce() public {
        bytes32 reqid = _simpleRequest(1);
        vm.warp(START + 60);
        uint256 deadline = _deadlineOf(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector,
                START + 60,
                deadline,
                START + BIDDING,
                START + BIDDING + REVEAL
            )
        );
        market.refund(reqid);

        market.setBiddingPhaseDuration(59);
        market.refund(reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Refunded, "bidding without a bid ended under the new duration");
    }
}
