// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../src/market/interfaces/IBrevisMarket.sol";
import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title Fuzzed auctions: random fee sets, reveal orders, protocol fees, stakes, durations and times.
contract BrevisMarketFuzzTest is MarketFixture {
    struct Books {
        uint256 requester;
        uint256 reward;
        uint256 protocolFee;
        uint256 market;
    }

    function _books(address prover) internal view returns (Books memory b) {
        b.requester = brev.balanceOf(REQUESTER);
        b.reward = controller.rewardsOf(prover);
        b.protocolFee = _protocolFeeBalance();
        b.market = brev.balanceOf(address(market));
    }

    struct Auction {
        uint256 maxFee;
        uint256 feeBps;
        address[] bidders;
        uint256[] fees;
        uint256 winnerIndex;
        uint256 lowest;
        uint256 secondLowest;
        uint256 actualFee;
    }

    /// @dev Random bidders (1-4 provers, random first one) and fees in [0, maxFee], a quarter of
    ///      them copying the previous fee so that ties are common; and what a second-price reverse
    ///      auction must give for them.
    function _fuzzAuction(uint256 maxFeeSeed, uint256[4] memory feeSeeds, uint256 countSeed, uint256 orderSeed)
        internal
        view
        returns (Auction memory a)
    {
        a.maxFee = bound(maxFeeSeed, MIN_MAX_FEE, 100_000 ether);
        uint256 n = bound(countSeed, 1, NUM_PROVERS);
        a.bidders = new address[](n);
        a.fees = new uint256[](n);
        uint256 first = orderSeed % NUM_PROVERS;
        for (uint256 i = 0; i < n; ++i) {
            a.bidders[i] = provers[(first + i) % NUM_PROVERS];
            a.fees[i] = (i > 0 && feeSeeds[i] % 4 == 0) ? a.fees[i - 1] : bound(feeSeeds[i], 0, a.maxFee);
        }
        a.lowest = type(uint256).max;
        for (uint256 i = 0; i < n; ++i) {
            if (a.fees[i] < a.lowest) (a.lowest, a.winnerIndex) = (a.fees[i], i);
        }
        a.secondLowest = type(uint256).max;
        for (uint256 i = 0; i < n; ++i) {
            if (i != a.winnerIndex && a.fees[i] < a.secondLowest) a.secondLowest = a.fees[i];
        }
        a.actualFee = n == 1 ? a.lowest : a.secondLowest;
    }

    /// @notice Up to four provers reveal random fees (ties made likely) in a random order: the
    ///         lowest fee wins (the first to reveal it on a tie), the winner is paid the second
    ///         lowest (its own when alone), and requester change + prover reward + protocol fee
    ///         add up to maxFee exactly, for any protocol fee.
    function testFuzz_secondPriceAndConservation(
        uint256 maxFeeSeed,
        uint256[4] memory feeSeeds,
        uint256 countSeed,
        uint256 orderSeed,
        uint256 feeBpsSeed
    ) public {
        Auction memory a = _fuzzAuction(maxFeeSeed, feeSeeds, countSeed, orderSeed);
        a.feeBps = bound(feeBpsSeed, 0, BPS);
        market.setProtocolFeeBps(a.feeBps);
        bytes32 reqid = _request(1, a.maxFee, MIN_SELF_STAKE, _deadline());
        _auction(reqid, a.bidders, a.fees);
        address winner = a.bidders[a.winnerIndex];
        _checkBidders(reqid, a, winner);

        Books memory before = _books(winner);
        _submit(winner, reqid);
        _checkPayouts(a, before, _books(winner));
        assertEq(market.getGlobalStatsTotal().totalFees, a.actualFee - a.actualFee * a.feeBps / BPS, "global fees");
        assertEq(market.assignedStake(winner), 0, "released");
    }

    function _checkBidders(bytes32 reqid, Auction memory a, address winner) internal view {
        (address gotWinner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(gotWinner, winner, "lowest fee wins, earliest reveal on ties");
        assertEq(winnerFee, a.lowest, "winner fee is the minimum");
        if (a.bidders.length > 1) {
            assertEq(secondFee, a.secondLowest, "second fee is the second minimum");
            assertTrue(second != address(0) && second != winner, "a distinct second place");
        } else {
            assertEq(second, address(0), "no second place when alone");
        }
        assertEq(market.assignedStake(winner), MIN_SELF_STAKE, "winner bound");
    }

    function _checkPayouts(Auction memory a, Books memory before, Books memory afterwards) internal pure {
        uint256 protocolFee = a.actualFee * a.feeBps / BPS;
        uint256 change = afterwards.requester - before.requester;
        uint256 reward = afterwards.reward - before.reward;
        uint256 kept = afterwards.protocolFee - before.protocolFee;
        assertEq(change, a.maxFee - a.actualFee, "requester gets maxFee - actualFee");
        assertEq(reward, a.actualFee - protocolFee, "prover paid actualFee minus the protocol fee");
        assertEq(kept, protocolFee, "protocol fee");
        assertEq(change + reward + kept, a.maxFee, "payouts conserve the escrow");
        assertLe(reward, a.maxFee, "never more than maxFee");
        assertEq(afterwards.market, kept, "the market keeps only the protocol fee");
    }

    /// @notice Only the exact (fee, nonce) of a bid reveals it; anything else names the hash the
    ///         reveal computes, then the stored one.
    function testFuzz_revealNeedsTheExactFeeAndNonce(uint256 fee, uint256 nonce, uint256 otherFee, uint256 otherNonce)
        public
    {
        fee = bound(fee, 0, 10 ether);
        vm.assume(fee != otherFee || nonce != otherNonce);
        bytes32 reqid = _simpleRequest(1);
        bytes32 stored = _bid(p0, reqid, fee, nonce);
        _warpToReveal(reqid);
        bytes32 computed = _bidHash(reqid, p0, otherFee, otherNonce);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketBidRevealMismatch.selector, computed, stored));
        _reveal(p0, reqid, otherFee, otherNonce);
        _reveal(p0, reqid, fee, nonce);
        (, uint256 winnerFee) = _winner(reqid);
        assertEq(winnerFee, fee, "revealed fee");
    }

    /// @notice A bid is accepted exactly when the prover is Active and its vault covers minStake +
    ///         assignedStake × overcommitBps / 10,000.
    function testFuzz_eligibilityThreshold(
        uint256 assetsSeed,
        uint256 heldSeed,
        uint256 minStakeSeed,
        uint256 ocSeed,
        uint8 stateSeed
    ) public {
        uint256 assets = bound(assetsSeed, MIN_SELF_STAKE, 50_000 ether);
        controller.setAssets(p0, assets);
        uint256 held = heldSeed % 4 == 0 ? 0 : bound(heldSeed, MIN_SELF_STAKE, assets);
        if (held > 0) _win(p0, _request(1, 2 ether, held, _deadline()), 1 ether);
        assertEq(market.assignedStake(p0), held, "held as winner");
        uint256 overcommit = bound(ocSeed, 0, BPS);
        market.setOvercommitBps(overcommit);
        IStakingController.ProverState state = IStakingController.ProverState(stateSeed % 4);
        controller.setState(p0, state);

        uint256 minStake = bound(minStakeSeed, MIN_SELF_STAKE, assets + 1 ether);
        bytes32 b = _request(2, 2 ether, minStake, _deadline());
        uint256 required = minStake + held * overcommit / BPS;
        if (state == ACTIVE && assets >= required) {
            _bid(p0, b, 1 ether, 1);
            assertTrue(market.getBidHash(b, p0) != bytes32(0), "bid accepted");
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, required, assets)
            );
            vm.prank(p0);
            market.bid(b, bytes32(uint256(1)));
        }
    }

    /// @notice The market asks the controller for exactly minStake × slashBps / 10,000.
    function testFuzz_slashAmount(uint256 minStakeSeed, uint256 slashBpsSeed) public {
        uint256 minStake = bound(minStakeSeed, MIN_SELF_STAKE, PROVER_ASSETS);
        uint256 slashBps = bound(slashBpsSeed, 0, BPS);
        market.setSlashBps(slashBps);

        bytes32 reqid = _request(1, 2 ether, minStake, _deadline());
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        market.slash(reqid);

        (address prover, uint256 amount) = _lastSlash();
        assertEq(prover, p0, "the winner");
        assertEq(amount, minStake * slashBps / BPS, "minStake x slashBps / 10,000");
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Slashed, "slashed");
    }

    /// @notice For any durations set after the request and any moment: bids while now ≤ biddingEnd,
    ///         reveals in (biddingEnd, revealEnd], proofs in (revealEnd, deadline], with both ends
    ///         computed from the durations in force.
    function testFuzz_phaseBoundaries(uint256 offsetSeed, uint256 lengthSeed, uint256 biddingSeed, uint256 revealSeed)
        public
    {
        uint64 deadline = _u64(START + BIDDING + REVEAL + bound(lengthSeed, 0, 1 days));
        bytes32 reqid = _request(1, 5 ether, MIN_SELF_STAKE, deadline);
        _bid(p1, reqid, 1 ether, 1);
        uint64 bidding = _u64(bound(biddingSeed, 0, 1 hours));
        uint64 revealing = _u64(bound(revealSeed, 0, 1 hours));
        market.setBiddingPhaseDuration(bidding);
        market.setRevealPhaseDuration(revealing);
        uint256 biddingEnd = START + bidding;
        uint256 revealEnd = biddingEnd + revealing;
        uint256 t = START + bound(offsetSeed, 0, 2 hours + 1 days);
        vm.warp(t);

        bytes32 h = _bidHash(reqid, p0, 1 ether, 2);
        if (t > biddingEnd) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketBiddingPhaseEnded.selector, t, biddingEnd));
        }
        vm.prank(p0);
        market.bid(reqid, h);

        if (t <= biddingEnd) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketBiddingPhaseNotEnded.selector, t, biddingEnd));
        } else if (t > revealEnd) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseEnded.selector, t, revealEnd));
        }
        _reveal(p1, reqid, 1 ether, 1);

        (address winner,) = _winner(reqid);
        uint256[8] memory proof = _proof(reqid);
        if (t <= revealEnd) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseNotEnded.selector, t, revealEnd));
            vm.prank(p1);
            market.submitProof(reqid, proof);
            if (winner == address(0)) return;
            t = revealEnd + 1; // the first second of proving
            vm.warp(t);
        }
        if (t > deadline) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketDeadlinePassed.selector, t, deadline));
        } else if (winner == address(0)) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketNotExpectedProver.selector, address(0), p1));
        }
        vm.prank(p1);
        market.submitProof(reqid, proof);
        if (winner != address(0) && t <= deadline) {
            _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "proved in its window");
        }
    }
}
