// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: sealed bids, reveals, eligibility and the ranking of the second-price auction.
contract MarketAuctionRulesFidelityTest is MarketFixture {
    // ------------------------------------------------------------ bid hash and bids

    /// @notice bidHash = keccak256(abi.encodePacked(reqid, prover, uint256 fee, uint256 nonce)); a
    ///         mismatch names the hash the reveal computes first, then the one stored.
    function test_bidHash_isKeccakOfPackedReqidProverFeeAndNonce() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 stored = keccak256(abi.encodePacked(reqid, p0, uint256(3 ether), uint256(77)));
        vm.prank(p0);
        market.bid(reqid, stored);
        _warpToReveal(reqid);

        bytes32 computed = keccak256(abi.encodePacked(reqid, p0, uint256(3 ether), uint256(78)));
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketBidRevealMismatch.selector, computed, stored));
        _reveal(p0, reqid, 3 ether, 78);

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.BidRevealed(reqid, p0, 3 ether);
        _reveal(p0, reqid, 3 ether, 77);
    }

    /// @notice A bid is bound to its prover: another prover cannot reveal a copied hash.
    function test_bidHash_copiedByAnotherProverCannotBeRevealed() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 h = _bid(p0, reqid, 3 ether, 1);
        vm.prank(p1);
        market.bid(reqid, h);
        _warpToReveal(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketBidRevealMismatch.selector, _bidHash(reqid, p1, 3 ether, 1), h)
        );
        _reveal(p1, reqid, 3 ether, 1);
    }

    function test_bid_storesTheHashUnderTheProverAndEmitsNewBid() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 h = _bidHash(reqid, p0, 1 ether, 1);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.NewBid(reqid, p0, h);
        vm.prank(p0);
        market.bid(reqid, h);
        assertEq(market.getBidHash(reqid, p0), h, "stored");
        assertEq(_bidCount(reqid), 1, "one bidder");
        IBrevisMarket.ProverStats memory s = market.getProverStatsTotal(p0);
        assertEq(s.bids, 1, "bid counted");
        assertEq(s.lastActiveAt, START, "active now");
    }

    /// @notice A new bid replaces the old one; bidCount counts provers, the prover's stats count calls.
    function test_bid_replacesThePreviousBidAndEveryCallCountsInStats() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 5 ether, 1);
        bytes32 second = _bid(p0, reqid, 4 ether, 2);
        assertEq(market.getBidHash(reqid, p0), second, "latest bid kept");
        assertEq(_bidCount(reqid), 1, "one bidder");
        assertEq(market.getProverStatsTotal(p0).bids, 2, "two bids in stats");
        _warpToReveal(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketBidRevealMismatch.selector, _bidHash(reqid, p0, 5 ether, 1), second
            )
        );
        _reveal(p0, reqid, 5 ether, 1);
        _reveal(p0, reqid, 4 ether, 2);
    }

    /// @notice Surprising but deployed: a zero hash is accepted, and since the stored bid stays
    ///         zero, each such call counts the prover again in bidCount. It can never be revealed.
    function test_bid_zeroHashIsAcceptedAndCountedEachTime() public {
        bytes32 reqid = _simpleRequest(1);
        vm.startPrank(p0);
        market.bid(reqid, bytes32(0));
        market.bid(reqid, bytes32(0));
        vm.stopPrank();
        assertEq(_bidCount(reqid), 2, "bidCount grows with every zero bid");
        // a bid exists, so no refund right after bidding; after the reveal phase, nobody revealed
        _warpToReveal(reqid);
        _expectCannotRefundYet(reqid);
        market.refund(reqid);
    }

    function test_bid_unknownRequestReverts() public {
        bytes32 reqid = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRequestNotFound.selector, reqid));
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));
    }

    /// @notice The status is checked before the phase: a refunded request reports its status.
    function test_bid_settledRequestRevertsWithItsStatus() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToReveal(reqid);
        market.refund(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Refunded)
        );
        vm.prank(p0);
        market.bid(reqid, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------ eligibility

    /// @notice At bid: Active and vault assets ≥ minStake + assignedStake × overcommitBps / 10,000.
    function test_eligibility_atBid_assetsMustCoverMinStakePlusTheOvercommitReserve() public {
        bytes32 held = _request(1, 10 ether, 4000 ether, _deadline());
        _win(p0, held, 1 ether);
        assertEq(market.assignedStake(p0), 4000 ether, "bound as winner");

        // 10,000 assets: minStake 9,800 + 4,000 × 5 % = 10,000 is enough, 9,801 is not
        bytes32 ok = _request(2, 10 ether, 9800 ether, _deadline());
        _bid(p0, ok, 1 ether, 1);
        bytes32 tooBig = _request(3, 10 ether, 9801 ether, _deadline());
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, 10_001 ether, PROVER_ASSETS)
        );
        vm.prank(p0);
        market.bid(tooBig, bytes32(uint256(1)));
    }

    function test_eligibility_atBid_proverMustBeActive() public {
        bytes32 reqid = _simpleRequest(1);
        controller.setState(p0, DEACTIVATED);
        controller.setState(p1, JAILED);
        address[3] memory refused = [p0, p1, STRANGER];
        uint256[3] memory assets = [PROVER_ASSETS, PROVER_ASSETS, 0];
        for (uint256 i = 0; i < 3; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IBrevisMarket.MarketProverNotEligible.selector, refused[i], MIN_SELF_STAKE, assets[i]
                )
            );
            vm.prank(refused[i]);
            market.bid(reqid, bytes32(uint256(1)));
        }
        assertEq(market.getProverStatsTotal(p0).bids, 0, "nothing counted");
    }

    /// @notice Eligibility is checked again at reveal, before the hash.
    function test_eligibility_atReveal_checkedAgainBeforeTheHash() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _bid(p1, reqid, 2 ether, 2);
        _warpToReveal(reqid);

        controller.setState(p0, DEACTIVATED);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, MIN_SELF_STAKE, PROVER_ASSETS)
        );
        _reveal(p0, reqid, 9 ether, 9); // a wrong reveal: eligibility is reported first

        controller.setAssets(p1, MIN_SELF_STAKE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketProverNotEligible.selector, p1, MIN_SELF_STAKE, MIN_SELF_STAKE - 1
            )
        );
        _reveal(p1, reqid, 2 ether, 2);
    }

    /// @notice A reveal that makes the prover a winner raises its reserve for its next reveal.
    function test_eligibility_atReveal_countsWhatTheProverAlreadyHolds() public {
        market.setOvercommitBps(BPS);
        bytes32 a = _request(1, 10 ether, 6000 ether, _deadline());
        bytes32 b = _request(2, 10 ether, 5000 ether, _deadline());
        _bid(p0, a, 1 ether, 1);
        _bid(p0, b, 1 ether, 2);
        _warpToReveal(a);
        _reveal(p0, a, 1 ether, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, 11_000 ether, PROVER_ASSETS)
        );
        _reveal(p0, b, 1 ether, 2);
    }

    /// @notice overcommitBps (default 500, at most 10,000) scales the assigned stake in the requirement.
    function test_eligibility_overcommitBpsScalesTheAssignedStake() public {
        assertEq(market.overcommitBps(), DEFAULT_OVERCOMMIT_BPS, "default 5 %");
        bytes32 held = _request(1, 10 ether, 8000 ether, _deadline());
        _win(p0, held, 1 ether);

        market.setOvercommitBps(0);
        _bid(p0, _request(2, 10 ether, PROVER_ASSETS, _deadline()), 1 ether, 1);

        market.setOvercommitBps(2500); // 8,000 × 25 % = 2,000
        _bid(p0, _request(3, 10 ether, 8000 ether, _deadline()), 1 ether, 1);
        bytes32 refused = _request(4, 10 ether, 8001 ether, _deadline());
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, 10_001 ether, PROVER_ASSETS)
        );
        vm.prank(p0);
        market.bid(refused, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------ reveal and ranking

    function test_reveal_feeAboveMaxFeeReverts() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 10 ether + 1, 1);
        _bid(p1, reqid, 10 ether, 2);
        _warpToReveal(reqid);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketFeeExceedsMaximum.selector, 10 ether + 1, 10 ether));
        _reveal(p0, reqid, 10 ether + 1, 1);
        _reveal(p1, reqid, 10 ether, 2);
        (address winner,) = _winner(reqid);
        assertEq(winner, p1, "maxFee itself is a valid fee");
    }

    function test_reveal_unknownOrSettledRequestReverts() public {
        bytes32 unknown = keccak256("nothing");
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRequestNotFound.selector, unknown));
        _reveal(p0, unknown, 1 ether, 1);

        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 1 ether, 1);
        _warpToProving(reqid);
        _submit(p0, reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Fulfilled)
        );
        _reveal(p0, reqid, 1 ether, 1);
    }

    function test_reveal_lowestFeeWinsAndTheSecondLowestIsKept() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _addrs(p0, p1, p2), _amts(6 ether, 2 ether, 3 ether));
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p1, "lowest fee wins");
        assertEq(winnerFee, 2 ether, "winner fee");
        assertEq(second, p2, "second lowest");
        assertEq(secondFee, 3 ether, "second fee");
        assertEq(market.getProverStatsTotal(p0).reveals, 1, "every reveal counted");
    }

    /// @notice On equal fees the first to reveal keeps its place.
    function test_reveal_tieKeepsTheFirstRevealer() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _addrs(p0, p1, p2), _amts(3 ether, 3 ether, 3 ether));
        (address winner,, address second,) = market.getBidders(reqid);
        assertEq(winner, p0, "first revealer wins the tie");
        assertEq(second, p1, "second revealer is second");
    }

    /// @notice A lower reveal takes the win: minStake moves to the new winner, and the request
    ///         moves between the provers' pending lists.
    function test_reveal_newWinnerTakesOverTheAssignedStakeAndPendingEntry() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 5 ether, 1);
        _bid(p1, reqid, 4 ether, 2);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 5 ether, 1);
        assertEq(market.assignedStake(p0), MIN_SELF_STAKE, "first winner bound");
        assertEq(market.getProverPendingRequests(p0).length, 1, "pending for the first winner");

        _reveal(p1, reqid, 4 ether, 2);
        assertEq(market.assignedStake(p0), 0, "released from the displaced winner");
        assertEq(market.assignedStake(p1), MIN_SELF_STAKE, "moved to the new winner");
        assertEq(market.getProverPendingRequests(p0).length, 0, "no longer pending for the displaced winner");
        assertEq(market.getProverPendingRequests(p1)[0], reqid, "pending for the new winner");
    }

    /// @notice Surprising but deployed: a bid may be revealed twice. The second reveal counts in
    ///         the stats and, not beating the winner, takes the second place: a lone winner that
    ///         reveals twice is its own second.
    function test_reveal_sameBidRevealedAgainCountsAndMayTakeTheSecondPlace() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 2 ether, 1);
        _bid(p1, reqid, 5 ether, 2);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 2 ether, 1);
        _reveal(p1, reqid, 5 ether, 2);
        _reveal(p0, reqid, 2 ether, 1);
        (address winner,, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, p0, "still the winner");
        assertEq(second, p0, "the winner's second reveal pushed out the 5 BREV bid");
        assertEq(secondFee, 2 ether, "second price is now the winner's own fee");
        assertEq(market.getProverStatsTotal(p0).reveals, 2, "both reveals counted");
        assertEq(market.assignedStake(p0), MIN_SELF_STAKE, "bound once");
    }

    /// @notice A bid never revealed plays no part in the auction.
    function test_reveal_unrevealedBidIsIgnored() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _bid(p1, reqid, 4 ether, 2);
        _warpToReveal(reqid);
        _reveal(p1, reqid, 4 ether, 2);
        (address winner,, address second,) = market.getBidders(reqid);
        assertEq(winner, p1, "the only revealed bid wins");
        assertEq(second, address(0), "no second place");
    }
}
