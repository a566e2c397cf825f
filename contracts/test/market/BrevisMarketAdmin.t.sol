// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {IProofVerifier} from "../../src/market/IProofVerifier.sol";
import {DevProofVerifier} from "../../src/market/DevProofVerifier.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title BrevisMarket admin: parameter setters (events, bounds, access control), verifier,
///        protocol fee withdrawal and stats epochs.
contract BrevisMarketAdminTest is MarketFixture {
    bytes32 private constant ADMIN_ROLE = 0x00;

    function _expectUnauthorized(address who) private {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, ADMIN_ROLE)
        );
    }

    // ------------------------------------------------------------ setters

    function test_setPhaseDurations() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("biddingPhaseDuration", BIDDING, 60);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("revealPhaseDuration", REVEAL, 120);
        market.setPhaseDurations(60, 120);
        assertEq(market.biddingPhaseDuration(), 60, "bidding");
        assertEq(market.revealPhaseDuration(), 120, "reveal");

        // new requests use the new phases (and the earliest deadline follows them)
        bytes32 reqid = _request(1, 2 ether, 0, uint64(block.timestamp + 181));
        (uint256 biddingEnd, uint256 revealEnd) = market.getPhaseEnds(reqid);
        assertEq(biddingEnd, block.timestamp + 60, "bidding end");
        assertEq(revealEnd, block.timestamp + 180, "reveal end");
    }

    function test_setPhaseDurations_rejectsZero() public {
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        market.setPhaseDurations(0, 60);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        market.setPhaseDurations(60, 0);
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setPhaseDurations(60, 60);
    }

    /// @notice Phases are fixed when a request is made (bug fix): a longer reveal phase set
    ///         afterwards does not push an open request's reveal end past its deadline, so its
    ///         winner can still prove on time and is not exposed to a refund and slash.
    function test_setPhaseDurations_leavesOpenRequestsAlone() public {
        uint64 deadline = uint64(block.timestamp + BIDDING + REVEAL + 60);
        bytes32 reqid = _request(1, 2 ether, 100 ether, deadline);
        _bid(p0, reqid, 1 ether, 1);
        market.setPhaseDurations(BIDDING * 2, 1 hours);

        (uint256 biddingEnd, uint256 revealEnd) = market.getPhaseEnds(reqid);
        assertEq(biddingEnd, START + BIDDING, "bidding end unchanged");
        assertEq(revealEnd, START + BIDDING + REVEAL, "reveal end unchanged");
        vm.warp(biddingEnd);
        _reveal(p0, reqid, 1 ether, 1); // the original reveal phase
        vm.warp(revealEnd);
        _submit(p0, reqid); // before the deadline, as the prover planned
        assertEq(_status(reqid), FULFILLED, "fulfilled");

        // a request made now gets the new phases, and needs a deadline after them
        bytes32 later = _request(2, 2 ether, 0, uint64(block.timestamp + BIDDING * 2 + 1 hours + 1));
        (biddingEnd, revealEnd) = market.getPhaseEnds(later);
        assertEq(biddingEnd, block.timestamp + BIDDING * 2, "new bidding phase");
        assertEq(revealEnd, block.timestamp + BIDDING * 2 + 1 hours, "new reveal phase");
    }

    /// @notice Shorter phases set later do not cut an open request's bidding phase short either.
    function test_setPhaseDurations_doesNotCloseOpenBidding() public {
        bytes32 reqid = _simpleRequest(1);
        market.setPhaseDurations(1, 1);
        vm.warp(block.timestamp + BIDDING - 1);
        _bid(p0, reqid, 1 ether, 1);
        assertEq(_biddingEnd(reqid), START + BIDDING, "still the original bidding end");
    }

    function test_setMinMaxFee() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("minMaxFee", MIN_MAX_FEE, 5 ether);
        market.setMinMaxFee(5 ether);
        assertEq(market.minMaxFee(), 5 ether, "minMaxFee");
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 4 ether, 0, _deadline());
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketMaxFeeTooLow.selector, 4 ether, 5 ether));
        vm.prank(REQUESTER);
        market.requestProof(req);

        market.setMinMaxFee(0);
        _request(2, 0, 0, _deadline()); // a free request is allowed when minMaxFee is 0

        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setMinMaxFee(1);
    }

    function test_setSlashParams() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("slashBps", SLASH_BPS, 2500);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("slashWindow", SLASH_WINDOW, 1 days);
        market.setSlashParams(2500, 1 days);
        assertEq(market.slashBps(), 2500, "slashBps");
        assertEq(market.slashWindow(), 1 days, "slashWindow");
        market.setSlashParams(BPS, 0);
        assertEq(market.slashBps(), BPS, "100 % allowed");

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        market.setSlashParams(BPS + 1, 1 days);
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setSlashParams(1, 1);
    }

    function test_setProtocolFeeBps() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("protocolFeeBps", PROTOCOL_FEE_BPS, 1000);
        market.setProtocolFeeBps(1000);
        assertEq(market.protocolFeeBps(), 1000, "protocolFeeBps");
        (uint256 feeBps,) = market.getProtocolFeeInfo();
        assertEq(feeBps, 1000, "fee info");

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        market.setProtocolFeeBps(BPS + 1);
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setProtocolFeeBps(1);
    }

    function test_setOvercommitBps() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.MarketParamUpdated("overcommitBps", OVERCOMMIT_BPS, 25_000);
        market.setOvercommitBps(25_000);
        assertEq(market.overcommitBps(), 25_000, "above 100 % is allowed");
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setOvercommitBps(1);
    }

    function test_setVerifier() public {
        DevProofVerifier other = new DevProofVerifier();
        market.setVerifier(other);
        assertEq(address(market.verifier()), address(other), "verifier replaced");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        market.setVerifier(IProofVerifier(address(0)));
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.setVerifier(other);
    }

    function test_grantedAdminMaySetAndRevokedMayNot() public {
        address newAdmin = address(0xAD2);
        market.grantRole(ADMIN_ROLE, newAdmin);
        vm.prank(newAdmin);
        market.setMinMaxFee(2 ether);
        assertEq(market.minMaxFee(), 2 ether, "new admin set it");
        market.revokeRole(ADMIN_ROLE, newAdmin);
        _expectUnauthorized(newAdmin);
        vm.prank(newAdmin);
        market.setMinMaxFee(3 ether);
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.grantRole(ADMIN_ROLE, STRANGER);
    }

    // ------------------------------------------------------------ protocol fee

    function test_withdrawProtocolFee_paysTheBalanceAndLeavesEscrow() public {
        bytes32 a = _simpleRequest(1);
        _auction(a, _pair(p0, p1), _pair(4 ether, 6 ether)); // actual 6: fee 0.3
        _submit(p0, a);
        bytes32 b = _simpleRequest(2);
        _win(p2, b, 2 ether);
        _submit(p2, b); // fee 0.1
        bytes32 open = _request(3, 7 ether, 0, _deadline());
        assertEq(_protocolFeeBalance(), 0.4 ether, "accumulated");
        assertEq(brev.balanceOf(address(market)), 7 ether + 0.4 ether, "escrow plus fees");

        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProtocolFeeWithdrawn(TREASURY, 0.4 ether);
        market.withdrawProtocolFee(TREASURY);
        assertEq(brev.balanceOf(TREASURY), 0.4 ether, "paid out");
        assertEq(_protocolFeeBalance(), 0, "balance reset");
        assertEq(brev.balanceOf(address(market)), 7 ether, "escrow of the open request untouched");

        // nothing more to take
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProtocolFeeWithdrawn(TREASURY, 0);
        market.withdrawProtocolFee(TREASURY);
        assertEq(brev.balanceOf(TREASURY), 0.4 ether, "no more");

        _warpToRevealEnd(open);
        market.refund(open);
        assertEq(brev.balanceOf(address(market)), 0, "all settled");
    }

    function test_withdrawProtocolFee_onlyAdmin() public {
        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.withdrawProtocolFee(STRANGER);
    }

    // ------------------------------------------------------------ stats epochs

    function test_startStatsEpoch_resetsRecentStatsOnly() public {
        bytes32 a = _simpleRequest(1);
        _auction(a, _pair(p0, p1), _pair(1 ether, 2 ether));
        _submit(p0, a);

        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.StatsEpochStarted(1, uint64(block.timestamp));
        market.startStatsEpoch();
        assertEq(market.statsEpochId(), 1, "epoch 1");
        (uint64 startAt, uint64 epochId) = market.getRecentStatsInfo();
        assertEq(startAt, block.timestamp, "started now");
        assertEq(epochId, 1, "id");

        (BrevisMarket.ProverStats memory recent, uint64 recentStart) = market.getProverRecentStats(p0);
        assertEq(recentStart, block.timestamp, "recent start");
        assertEq(recent.bids + recent.reveals + recent.requestsFulfilled + recent.feeReceived, 0, "recent reset");
        assertEq(recent.lastActiveAt, 0, "recent last active reset");
        BrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.bids, 1, "total bids kept");
        assertEq(total.requestsFulfilled, 1, "total fulfilled kept");
        (BrevisMarket.GlobalStats memory globalRecent, uint64 globalStart) = market.getGlobalRecentStats();
        assertEq(globalStart, block.timestamp, "global recent start");
        assertEq(globalRecent.totalRequests + globalRecent.totalFulfilled + globalRecent.totalFees, 0, "global reset");
        assertEq(market.getGlobalStatsTotal().totalRequests, 1, "global total kept");

        // activity in the new epoch counts from zero
        bytes32 b = _simpleRequest(2);
        _win(p0, b, 3 ether);
        (recent,) = market.getProverRecentStats(p0);
        assertEq(recent.bids, 1, "one recent bid");
        assertEq(recent.reveals, 1, "one recent reveal");
        assertEq(market.getProverStatsTotal(p0).bids, 2, "two in total");
        (globalRecent,) = market.getGlobalRecentStats();
        assertEq(globalRecent.totalRequests, 1, "one recent request");

        market.startStatsEpoch();
        assertEq(market.statsEpochId(), 2, "epoch 2");

        _expectUnauthorized(STRANGER);
        vm.prank(STRANGER);
        market.startStatsEpoch();
    }
}
