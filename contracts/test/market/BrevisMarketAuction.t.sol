// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title BrevisMarket: sealed bids, reveals, eligibility (state, stake, overcommitment) and
///        the second-price bookkeeping of winner, second place and assigned stake.
contract BrevisMarketAuctionTest is MarketFixture {
    // ------------------------------------------------------------ bid

    function test_bid_storesHashEmitsAndCountsTheBidder() public {
        bytes32 reqid = _simpleRequest(1);
        vm.warp(block.timestamp + 10);
        bytes32 bidHash = _bidHash(reqid, p0, 4 ether, 99);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.NewBid(reqid, p0, bidHash);
        vm.prank(p0);
        market.bid(reqid, bidHash);

        assertEq(market.getBidHash(reqid, p0), bidHash, "bid hash stored for the prover");
        assertEq(market.getBidHash(reqid, p1), bytes32(0), "no bid for another prover");
        BrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.bids, 1, "one bid");
        assertEq(total.reveals, 0, "no reveal");
        assertEq(total.lastActiveAt, START + 10, "last active at the bid");
        (BrevisMarket.ProverStats memory recent,) = market.getProverRecentStats(p0);
        assertEq(recent.bids, 1, "one recent bid");
        // a bid binds no stake: only winning does
        assertEq(market.assignedStake(p0), 0, "no stake assigned by a bid");
    }

    function test_bid_newBidReplacesTheOldAndCountsOnce() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 5 ether, 1);
        bytes32 second = _bid(p0, reqid, 3 ether, 2);
        assertEq(market.getBidHash(reqid, p0), second, "the newer hash");
        assertEq(market.getProverStatsTotal(p0).bids, 1, "a replaced bid is still one bid");

        _warpToReveal(reqid);
        bytes32 firstActual = _bidHash(reqid, p0, 5 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, second, firstActual));
        _reveal(p0, reqid, 5 ether, 1);
        _reveal(p0, reqid, 3 ether, 2);
        (address winner, uint256 fee) = _winner(reqid);
        assertEq(winner, p0, "winner");
        assertEq(fee, 3 ether, "the replacing fee counts");
    }

    /// @notice A zero hash is refused (bug fix): it can never be revealed, and alternating it
    ///         with real hashes (or repeating it) used to count the same prover's bid again each time.
    function test_bid_revertsForZeroHash() public {
        bytes32 reqid = _simpleRequest(1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        vm.prank(p0);
        market.bid(reqid, bytes32(0));

        _bid(p0, reqid, 1 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        vm.prank(p0);
        market.bid(reqid, bytes32(0));
        _bid(p0, reqid, 2 ether, 2);
        assertEq(market.getProverStatsTotal(p0).bids, 1, "one request bid on: one bid");
    }

    function test_bid_lastSecondOfBiddingAcceptedThenClosed() public {
        bytes32 reqid = _simpleRequest(1);
        uint256 biddingEnd = _biddingEnd(reqid);
        vm.warp(biddingEnd - 1);
        _bid(p0, reqid, 1 ether, 1);

        vm.warp(biddingEnd);
        bytes32 h = _bidHash(reqid, p1, 1 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBiddingPhaseEnded.selector, biddingEnd, biddingEnd));
        vm.prank(p1);
        market.bid(reqid, h);

        vm.warp(biddingEnd + 3 minutes);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketBiddingPhaseEnded.selector, biddingEnd + 3 minutes, biddingEnd)
        );
        vm.prank(p1);
        market.bid(reqid, h);
    }

    function test_bid_revertsForUnknownRequest() public {
        bytes32 reqid = keccak256("unknown");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotFound.selector, reqid));
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));
    }

    function test_bid_revertsForSettledRequest() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToRevealEnd(reqid);
        market.refund(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, REFUNDED));
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------ eligibility at bid

    function test_bid_revertsForUnregisteredAccount() public {
        bytes32 reqid = _simpleRequest(1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, STRANGER, 100 ether, 0));
        vm.prank(STRANGER);
        market.bid(reqid, bytes32(uint256(1)));
    }

    function test_bid_revertsForInactiveProver() public {
        bytes32 reqid = _simpleRequest(1);
        controller.deactivateProver(p0);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 100 ether, MIN_SELF_STAKE)
        );
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));

        controller.jailProver(p1);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p1, 100 ether, MIN_SELF_STAKE)
        );
        vm.prank(p1);
        market.bid(reqid, bytes32(uint256(1)));

        // reactivated: eligible again
        controller.reactivateProver(p0);
        _bid(p0, reqid, 1 ether, 1);
    }

    function test_bid_revertsWhenVaultBelowMinStake() public {
        bytes32 reqid = _request(1, 10 ether, MIN_SELF_STAKE + 1, _deadline());
        vm.expectRevert(
            abi.encodeWithSelector(
                BrevisMarket.MarketProverNotEligible.selector, p0, MIN_SELF_STAKE + 1, MIN_SELF_STAKE
            )
        );
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));

        // a staker backs the prover: now the vault covers minStake
        _stake(STAKER, p0, 1 ether);
        _bid(p0, reqid, 1 ether, 1);
    }

    function test_bid_exactlyMinStakeIsEnough() public {
        bytes32 reqid = _request(1, 10 ether, MIN_SELF_STAKE, _deadline());
        _bid(p0, reqid, 1 ether, 1);
    }

    /// @notice Assigned stake (held as winner) counts, times overcommitBps, against new bids.
    function test_bid_revertsWhenAssignedStakeLeavesTooLittleFreeStake() public {
        bytes32 a = _request(1, 10 ether, 600 ether, _deadline());
        _win(p0, a, 1 ether);
        assertEq(market.assignedStake(p0), 600 ether, "A assigned");

        bytes32 b = _request(2, 10 ether, 500 ether, _deadline());
        bytes32 c = _request(3, 10 ether, 400 ether, _deadline());
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 1100 ether, MIN_SELF_STAKE)
        );
        vm.prank(p0);
        market.bid(b, bytes32(uint256(1)));
        // 400 + 600 = 1000: exactly covered
        _bid(p0, c, 1 ether, 1);
        // the other provers have nothing assigned
        _bid(p1, b, 1 ether, 1);
    }

    function test_bid_overcommitBpsScalesAssignedStake() public {
        bytes32 a = _request(1, 10 ether, 600 ether, _deadline());
        _win(p0, a, 1 ether);
        bytes32 b = _request(2, 10 ether, 500 ether, _deadline());

        market.setOvercommitBps(5000); // only half of the assigned stake is bound
        _bid(p0, b, 1 ether, 1); // 500 + 300 = 800 <= 1000

        market.setOvercommitBps(20_000); // twice the assigned stake is bound
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 1700 ether, MIN_SELF_STAKE)
        );
        vm.prank(p0);
        market.bid(b, bytes32(uint256(2)));

        market.setOvercommitBps(0); // assignments ignored
        _bid(p0, b, 1 ether, 3);
    }

    // ------------------------------------------------------------ reveal

    function test_reveal_recordsWinnerEmitsAndCounts() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 11);
        _warpToReveal(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.BidRevealed(reqid, p0, 4 ether);
        _reveal(p0, reqid, 4 ether, 11);

        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p0, "winner");
        assertEq(winnerFee, 4 ether, "winner fee");
        assertEq(second, address(0), "no second");
        assertEq(secondFee, 0, "no second fee");
        assertEq(market.assignedStake(p0), 100 ether, "minStake assigned to the winner");
        bytes32[] memory pending = market.getProverPendingRequests(p0);
        assertEq(pending.length, 1, "winner holds the request");
        assertEq(pending[0], reqid, "the request");
        BrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.bids, 1, "bids");
        assertEq(total.reveals, 1, "reveals");
        assertEq(total.lastActiveAt, _biddingEnd(reqid), "last active at the reveal");
        (BrevisMarket.ProverStats memory recent,) = market.getProverRecentStats(p0);
        assertEq(recent.reveals, 1, "recent reveals");
    }

    function test_reveal_revertsBeforeBiddingEnds() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 1);
        uint256 biddingEnd = _biddingEnd(reqid);
        vm.warp(biddingEnd - 1);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketBiddingPhaseNotEnded.selector, biddingEnd - 1, biddingEnd)
        );
        _reveal(p0, reqid, 4 ether, 1);
        vm.warp(biddingEnd);
        _reveal(p0, reqid, 4 ether, 1);
    }

    function test_reveal_revertsOnceRevealPhaseEnded() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 1);
        _bid(p1, reqid, 5 ether, 1);
        uint256 revealEnd = _revealEnd(reqid);
        vm.warp(revealEnd - 1);
        _reveal(p0, reqid, 4 ether, 1); // last second of the reveal phase
        vm.warp(revealEnd);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRevealPhaseEnded.selector, revealEnd, revealEnd));
        _reveal(p1, reqid, 5 ether, 1);
    }

    function test_reveal_mismatchWrongNonce() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 expected = _bid(p0, reqid, 4 ether, 1);
        _warpToReveal(reqid);
        bytes32 actual = _bidHash(reqid, p0, 4 ether, 2);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, expected, actual));
        _reveal(p0, reqid, 4 ether, 2);
    }

    function test_reveal_mismatchWrongFee() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 expected = _bid(p0, reqid, 4 ether, 1);
        _warpToReveal(reqid);
        bytes32 actual = _bidHash(reqid, p0, 3 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, expected, actual));
        _reveal(p0, reqid, 3 ether, 1);
    }

    function test_reveal_mismatchWithoutBid() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToReveal(reqid);
        bytes32 actual = _bidHash(reqid, p0, 4 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, bytes32(0), actual));
        _reveal(p0, reqid, 4 ether, 1);
    }

    /// @notice A hash binds the prover: another prover cannot reveal (replay) someone else's bid.
    function test_reveal_mismatchForAnotherProversBid() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 1);
        _warpToReveal(reqid);
        bytes32 actual = _bidHash(reqid, p1, 4 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, bytes32(0), actual));
        _reveal(p1, reqid, 4 ether, 1);
    }

    function test_reveal_revertsWhenFeeExceedsMaxFee() public {
        bytes32 reqid = _simpleRequest(1); // maxFee 10 BREV
        _bid(p0, reqid, 10 ether + 1, 1);
        _bid(p1, reqid, 10 ether, 1);
        _warpToReveal(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketFeeExceedsMaximum.selector, 10 ether + 1, 10 ether));
        _reveal(p0, reqid, 10 ether + 1, 1);
        _reveal(p1, reqid, 10 ether, 1); // exactly maxFee is fine
    }

    function test_reveal_revertsWhenAlreadyRevealed() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 1);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 4 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketAlreadyRevealed.selector, reqid, p0));
        _reveal(p0, reqid, 4 ether, 1);
    }

    function test_reveal_revertsForUnknownAndSettledRequests() public {
        bytes32 unknown = keccak256("unknown");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotFound.selector, unknown));
        _reveal(p0, unknown, 1 ether, 1);

        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        _submit(p0, reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, FULFILLED));
        _reveal(p1, reqid, 1 ether, 1);
    }

    // ------------------------------------------------------------ eligibility at reveal

    function test_reveal_revertsWhenProverDeactivatedAfterBidding() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 4 ether, 1);
        controller.deactivateProver(p0);
        _warpToReveal(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 100 ether, MIN_SELF_STAKE)
        );
        _reveal(p0, reqid, 4 ether, 1);
    }

    /// @notice The prover stays Active but a slash between bid and reveal leaves its vault below minStake.
    function test_reveal_revertsWhenSlashedBelowMinStakeAfterBidding() public {
        _stake(p0, p0, 1000 ether); // 2000 BREV of self-stake: a 30 % slash keeps it Active
        bytes32 reqid = _request(1, 10 ether, 1500 ether, _deadline());
        _bid(p0, reqid, 4 ether, 1);

        controller.grantRole(controller.SLASHER_ROLE(), admin);
        controller.slash(p0, 3000);
        assertEq(controller.getProverState(p0), 1, "still Active");
        assertEq(_assets(p0), 1400 ether, "vault after the slash");

        _warpToReveal(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 1500 ether, 1400 ether)
        );
        _reveal(p0, reqid, 4 ether, 1);
    }

    /// @notice The market itself slashes the prover (a missed deadline elsewhere) between its bid and reveal.
    function test_reveal_revertsWhenMarketSlashedProverBetweenBidAndReveal() public {
        bytes32 missed = _request(1, 10 ether, 200 ether, uint64(block.timestamp + BIDDING + REVEAL + 1));
        _win(p0, missed, 1 ether);

        bytes32 next = _request(2, 10 ether, 100 ether, uint64(block.timestamp + 1 hours));
        _bid(p0, next, 1 ether, 1);
        _warpToReveal(next); // the first request's deadline has passed meanwhile
        market.refund(missed);
        market.slash(missed); // 200 * 50 % = 100 BREV: the self-stake falls below the minimum
        assertEq(_assets(p0), 900 ether, "slashed 100 BREV");
        assertEq(controller.getProverState(p0), 2, "deactivated by the controller");

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 100 ether, 900 ether));
        _reveal(p0, next, 1 ether, 1);
    }

    /// @notice Winning one request between bid and reveal of another binds stake the second reveal needs.
    function test_reveal_revertsWhenNewAssignmentLeavesTooLittleFreeStake() public {
        bytes32 a = _request(1, 10 ether, 600 ether, _deadline());
        bytes32 b = _request(2, 10 ether, 500 ether, _deadline());
        _bid(p0, a, 1 ether, 1);
        _bid(p0, b, 1 ether, 1); // eligible: nothing assigned yet
        _warpToReveal(a);
        _reveal(p0, a, 1 ether, 1); // assigned 600
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 1100 ether, MIN_SELF_STAKE)
        );
        _reveal(p0, b, 1 ether, 1);
    }

    // ------------------------------------------------------------ second price bookkeeping

    function test_reveal_lowerFeeDisplacesWinnerAndMovesAssignedStake() public {
        bytes32 reqid = _request(1, 10 ether, 300 ether, _deadline());
        _bid(p0, reqid, 5 ether, 1);
        _bid(p1, reqid, 3 ether, 1);
        _bid(p2, reqid, 4 ether, 1);
        _warpToReveal(reqid);

        _reveal(p0, reqid, 5 ether, 1);
        assertEq(market.assignedStake(p0), 300 ether, "p0 winning");
        assertEq(market.getProverPendingRequests(p0).length, 1, "p0 holds it");

        _reveal(p1, reqid, 3 ether, 1);
        assertEq(market.assignedStake(p0), 0, "p0 released when displaced");
        assertEq(market.getProverPendingRequests(p0).length, 0, "p0 no longer holds it");
        assertEq(market.assignedStake(p1), 300 ether, "p1 assigned");
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p1, "p1 wins");
        assertEq(winnerFee, 3 ether, "p1 fee");
        assertEq(second, p0, "p0 second");
        assertEq(secondFee, 5 ether, "p0 fee second");

        _reveal(p2, reqid, 4 ether, 1);
        (winner, winnerFee, second, secondFee) = market.getBidders(reqid);
        assertEq(winner, p1, "p1 still wins");
        assertEq(second, p2, "p2 now second");
        assertEq(secondFee, 4 ether, "second-lowest fee");
        assertEq(market.assignedStake(p2), 0, "second place binds nothing");
        assertEq(market.getProverPendingRequests(p1)[0], reqid, "p1 holds it");
    }

    function test_reveal_higherFeeThanSecondChangesNothing() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _triple(p0, p1, p2), _triple(2 ether, 3 ether, 9 ether));
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p0, "lowest wins");
        assertEq(winnerFee, 2 ether, "lowest fee");
        assertEq(second, p1, "second lowest");
        assertEq(secondFee, 3 ether, "second fee");
    }

    function test_reveal_tieKeepsTheFirstRevealerAsWinner() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _pair(p1, p0), _pair(3 ether, 3 ether));
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p1, "first revealer keeps the tie");
        assertEq(winnerFee, 3 ether, "fee");
        assertEq(second, p0, "the other is second");
        assertEq(secondFee, 3 ether, "same fee second");
        assertEq(market.assignedStake(p1), 100 ether, "p1 assigned");
        assertEq(market.assignedStake(p0), 0, "p0 not");
    }

    function test_reveal_zeroFeeWins() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _pair(p0, p1), _pair(1 ether, 0));
        (address winner, uint256 winnerFee, address second,) = market.getBidders(reqid);
        assertEq(winner, p1, "free bid wins");
        assertEq(winnerFee, 0, "zero");
        assertEq(second, p0, "second");
    }

    function test_bidderWithoutRevealIsIgnored() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _bid(p1, reqid, 2 ether, 1);
        _warpToReveal(reqid);
        _reveal(p1, reqid, 2 ether, 1);
        _warpToRevealEnd(reqid);
        (address winner,, address second,) = market.getBidders(reqid);
        assertEq(winner, p1, "only the revealed bid counts");
        assertEq(second, address(0), "unrevealed bid is not second");
        assertEq(market.getProverStatsTotal(p0).reveals, 0, "p0 never revealed");
    }
}
