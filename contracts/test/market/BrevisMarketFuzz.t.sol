// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title Fuzzed auctions: random fee sets, reveal orders, protocol fees, stakes and times.
contract BrevisMarketFuzzTest is MarketFixture {
    struct Books {
        uint256 requester;
        uint256 vault;
        uint256 commission;
        uint256 protocolFee;
        uint256 market;
    }

    function _books(address prover) internal view returns (Books memory b) {
        b.requester = brev.balanceOf(REQUESTER);
        b.vault = _assets(prover);
        b.commission = _pendingCommission(prover);
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
    ///         lowest (its own when alone), and requester refund + prover reward + protocol fee
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
        bytes32 reqid = _request(1, a.maxFee, 100 ether, _deadline());
        _auction(reqid, a.bidders, a.fees);
        address winner = a.bidders[a.winnerIndex];
        _checkBidders(reqid, a, winner);

        Books memory before = _books(winner);
        _submit(winner, reqid);
        _checkPayouts(a, before, _books(winner));
        assertEq(market.getGlobalStatsTotal().totalFees, a.actualFee, "global fees");
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
        assertEq(market.assignedStake(winner), 100 ether, "winner bound");
    }

    function _checkPayouts(Auction memory a, Books memory before, Books memory afterwards) internal pure {
        uint256 protocolFee = a.actualFee * a.feeBps / BPS;
        uint256 refund = afterwards.requester - before.requester;
        uint256 reward = (afterwards.vault - before.vault) + (afterwards.commission - before.commission);
        uint256 kept = afterwards.protocolFee - before.protocolFee;
        assertEq(refund, a.maxFee - a.actualFee, "requester gets maxFee - actualFee");
        assertEq(reward, a.actualFee - protocolFee, "prover paid actualFee minus the protocol fee");
        assertEq(kept, protocolFee, "protocol fee");
        assertEq(refund + reward + kept, a.maxFee, "payouts conserve the escrow");
        assertLe(reward, a.maxFee, "never more than maxFee");
        assertEq(afterwards.market, kept, "the market keeps only the protocol fee");
    }

    /// @notice Only the exact (fee, nonce) of a bid reveals it; anything else names both hashes.
    function testFuzz_revealNeedsTheExactFeeAndNonce(uint256 fee, uint256 nonce, uint256 otherFee, uint256 otherNonce)
        public
    {
        vm.assume(fee != otherFee || nonce != otherNonce);
        fee = bound(fee, 0, 10 ether);
        bytes32 reqid = _simpleRequest(1);
        bytes32 expected = _bid(p0, reqid, fee, nonce);
        _warpToReveal(reqid);
        if (fee != otherFee || nonce != otherNonce) {
            bytes32 actual = _bidHash(reqid, p0, otherFee, otherNonce);
            vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, expected, actual));
            _reveal(p0, reqid, otherFee, otherNonce);
        }
        _reveal(p0, reqid, fee, nonce);
        (, uint256 winnerFee) = _winner(reqid);
        assertEq(winnerFee, fee, "revealed fee");
    }

    /// @notice A bid is accepted exactly when the vault covers minStake + assignedStake * overcommitBps / 10000.
    function testFuzz_eligibilityThreshold(uint256 extraSeed, uint256 heldSeed, uint256 minStakeSeed, uint256 ocSeed)
        public
    {
        uint256 extra = bound(extraSeed, 0, 5000 ether);
        if (extra >= 1 ether) _stake(STAKER, p0, extra);
        else extra = 0;
        uint256 assets = MIN_SELF_STAKE + extra;
        uint256 held = bound(heldSeed, 0, assets);
        uint256 overcommit = bound(ocSeed, 0, 30_000);

        if (held > 0) {
            bytes32 a = _request(1, 2 ether, held, _deadline());
            _win(p0, a, 1 ether);
        }
        assertEq(market.assignedStake(p0), held, "held as winner");
        market.setOvercommitBps(overcommit);

        uint256 minStake = bound(minStakeSeed, 0, assets + 1 ether);
        bytes32 b = _request(2, 2 ether, minStake, _deadline());
        uint256 required = minStake + held * overcommit / BPS;
        if (assets >= required) {
            _bid(p0, b, 1 ether, 1);
            assertTrue(market.getBidHash(b, p0) != bytes32(0), "bid accepted");
        } else {
            vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, required, assets));
            vm.prank(p0);
            market.bid(b, bytes32(uint256(1)));
        }
    }

    /// @notice The market slashes at least minStake * slashBps / 10000 (rounded up to whole basis
    ///         points of the vault), at most one basis point more, never beyond the controller's cap.
    function testFuzz_slashAmount(uint256 extraSeed, uint256 minStakeSeed, uint256 slashBpsSeed) public {
        uint256 extra = bound(extraSeed, 1 ether, 50_000 ether);
        _stake(STAKER, p0, extra);
        uint256 assets = MIN_SELF_STAKE + extra;
        uint256 minStake = bound(minStakeSeed, 0, assets);
        uint256 slashBps = bound(slashBpsSeed, 0, BPS);
        market.setSlashParams(slashBps, SLASH_WINDOW);

        bytes32 reqid = _request(1, 2 ether, minStake, _deadline());
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        market.slash(reqid);

        uint256 slashed = assets - _assets(p0);
        uint256 target = minStake * slashBps / BPS;
        uint256 cap = assets * MAX_SLASH_BPS / BPS;
        if (target == 0) {
            assertEq(slashed, 0, "nothing to slash");
        } else if (target >= cap) {
            assertEq(slashed, cap, "capped by maxSlashBps");
        } else {
            assertGe(slashed, target, "at least the target");
            assertLe(slashed, target + assets / BPS + 1, "at most a basis point above");
        }
        assertEq(_status(reqid), SLASHED, "slashed");
    }

    /// @notice Phase boundaries for any moment of the request's life: bids before biddingEnd,
    ///         reveals in [biddingEnd, revealEnd), proofs in [revealEnd, deadline], refunds after.
    function testFuzz_phaseBoundaries(uint256 offsetSeed, uint256 lengthSeed) public {
        uint64 deadline = uint64(block.timestamp + BIDDING + REVEAL + bound(lengthSeed, 1, 1 days));
        bytes32 reqid = _request(1, 5 ether, 0, deadline);
        _bid(p1, reqid, 1 ether, 1); // so that a winner exists whenever reveals happen
        uint256 t = block.timestamp + bound(offsetSeed, 0, BIDDING + REVEAL + 2 days);
        uint256 biddingEnd = _biddingEnd(reqid);
        uint256 revealEnd = _revealEnd(reqid);
        vm.warp(t);

        bytes32 h = _bidHash(reqid, p0, 1 ether, 2);
        if (t < biddingEnd) {
            vm.prank(p0);
            market.bid(reqid, h);
        } else {
            vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBiddingPhaseEnded.selector, t, biddingEnd));
            vm.prank(p0);
            market.bid(reqid, h);
        }

        if (t < biddingEnd) {
            vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBiddingPhaseNotEnded.selector, t, biddingEnd));
            _reveal(p1, reqid, 1 ether, 1);
        } else if (t >= revealEnd) {
            vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRevealPhaseEnded.selector, t, revealEnd));
            _reveal(p1, reqid, 1 ether, 1);
        } else {
            _reveal(p1, reqid, 1 ether, 1);
            vm.warp(revealEnd);
            t = revealEnd;
        }

        (address winner,) = _winner(reqid);
        uint256[8] memory proof = _proof(reqid);
        if (winner == address(0)) {
            if (t < revealEnd) {
                vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRevealPhaseNotEnded.selector, t, revealEnd));
            }
            market.refund(reqid);
        } else if (t <= deadline) {
            vm.prank(p1);
            market.submitProof(reqid, proof);
            assertEq(_status(reqid), FULFILLED, "proof in the window");
        }
    }
}
