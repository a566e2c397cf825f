// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {IProofVerifier} from "../../src/market/IProofVerifier.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title BrevisMarket: construction, requestProof (escrow, id, errors) and the request views.
contract BrevisMarketRequestTest is MarketFixture {
    // ------------------------------------------------------------ constructor

    function test_constructor_setsParametersAndRoles() public view {
        assertEq(market.biddingPhaseDuration(), BIDDING, "bidding");
        assertEq(market.revealPhaseDuration(), REVEAL, "reveal");
        assertEq(market.minMaxFee(), MIN_MAX_FEE, "minMaxFee");
        assertEq(market.slashBps(), SLASH_BPS, "slashBps");
        assertEq(market.slashWindow(), SLASH_WINDOW, "slashWindow");
        assertEq(market.protocolFeeBps(), PROTOCOL_FEE_BPS, "protocolFeeBps");
        assertEq(market.overcommitBps(), OVERCOMMIT_BPS, "overcommitBps");
        assertEq(market.feeToken(), address(brev), "feeToken is the controller's staking token");
        assertEq(market.stakingController(), address(controller), "controller");
        assertEq(address(market.verifier()), address(verifier), "verifier");
        assertTrue(market.hasRole(market.DEFAULT_ADMIN_ROLE(), admin), "admin role");
        assertFalse(market.hasRole(market.DEFAULT_ADMIN_ROLE(), STRANGER), "no admin role for others");
        assertEq(market.statsEpochId(), 0, "stats epoch 0");
        (uint64 startAt, uint64 epochId) = market.getRecentStatsInfo();
        assertEq(startAt, START, "stats epoch starts at deployment");
        assertEq(epochId, 0, "epoch id");
        (uint256 feeBps, uint256 balance) = market.getProtocolFeeInfo();
        assertEq(feeBps, PROTOCOL_FEE_BPS, "fee info bps");
        assertEq(balance, 0, "no protocol fee yet");
        assertEq(market.STATUS_PENDING(), 0, "pending");
        assertEq(market.STATUS_FULFILLED(), 1, "fulfilled");
        assertEq(market.STATUS_REFUNDED(), 2, "refunded");
        assertEq(market.STATUS_SLASHED(), 3, "slashed");
        assertEq(market.BPS(), 10_000, "bps");
        assertEq(address(viewer.market()), address(market), "viewer market");
    }

    function test_constructor_rejectsZeroAddresses() public {
        BrevisMarket.Params memory params = _params();
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        new BrevisMarket(StakingController(address(0)), verifier, admin, params);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        new BrevisMarket(controller, IProofVerifier(address(0)), admin, params);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        new BrevisMarket(controller, verifier, address(0), params);
    }

    function test_constructor_rejectsBpsAboveOneHundredPercent() public {
        BrevisMarket.Params memory params = _params();
        params.slashBps = BPS + 1;
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        new BrevisMarket(controller, verifier, admin, params);

        params = _params();
        params.protocolFeeBps = BPS + 1;
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidParam.selector));
        new BrevisMarket(controller, verifier, admin, params);

        params = _params();
        params.slashBps = BPS;
        params.protocolFeeBps = BPS;
        BrevisMarket full = new BrevisMarket(controller, verifier, admin, params);
        assertEq(full.slashBps(), BPS, "100 % slash accepted");
        assertEq(full.protocolFeeBps(), BPS, "100 % protocol fee accepted");
    }

    // ------------------------------------------------------------ requestProof

    function test_requestProof_escrowsMaxFeeAndStoresRequest() public {
        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        uint64 deadline = _deadline();
        bytes32 reqid = _request(1, 10 ether, 250 ether, deadline);

        assertEq(reqid, keccak256(abi.encodePacked(uint64(1), VK, _digest(1))), "request id formula");
        assertEq(brev.balanceOf(address(market)), 10 ether, "maxFee escrowed in the market");
        assertEq(brev.balanceOf(REQUESTER), requesterBefore - 10 ether, "maxFee pulled from the requester");

        (
            uint8 status,
            uint64 timestamp,
            address sender,
            uint256 maxFee,
            uint256 minStake,
            uint64 storedDeadline,
            bytes32 vk,
            bytes32 digest,
            uint32 version
        ) = market.getRequest(reqid);
        assertEq(status, PENDING, "status pending");
        assertEq(timestamp, START, "timestamp");
        assertEq(sender, REQUESTER, "sender");
        assertEq(maxFee, 10 ether, "maxFee");
        assertEq(minStake, 250 ether, "minStake");
        assertEq(storedDeadline, deadline, "deadline");
        assertEq(vk, VK, "vk");
        assertEq(digest, _digest(1), "digest");
        assertEq(version, 1, "version");
    }

    function test_requestProof_startsWithoutBiddersAndCountsTheRequest() public {
        bytes32 reqid = _request(1, 10 ether, 250 ether, _deadline());
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        assertEq(winner, address(0), "no winner yet");
        assertEq(winnerFee, 0, "no winner fee");
        assertEq(second, address(0), "no second");
        assertEq(secondFee, 0, "no second fee");

        bytes32[] memory pending = market.getSenderPendingRequests(REQUESTER);
        assertEq(pending.length, 1, "one pending request for the sender");
        assertEq(pending[0], reqid, "the request");
        assertEq(market.getSenderPendingRequests(REQUESTER2).length, 0, "nothing for the other requester");

        BrevisMarket.GlobalStats memory total = market.getGlobalStatsTotal();
        assertEq(total.totalRequests, 1, "global total requests");
        (BrevisMarket.GlobalStats memory recent,) = market.getGlobalRecentStats();
        assertEq(recent.totalRequests, 1, "global recent requests");
    }

    function test_requestProof_emitsNewRequestWithTheWholeRequest() public {
        BrevisMarket.ProofRequest memory req = _proofRequest(5, 3 ether, 0, _deadline());
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.NewRequest(_reqid(5), req);
        vm.prank(REQUESTER);
        market.requestProof(req);
    }

    function test_requestProof_sameNonceOtherDigestIsAnotherRequest() public {
        bytes32 a = _request(1, 2 ether, 0, _deadline());
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 2 ether, 0, _deadline());
        req.publicValuesDigest = keccak256("other public values");
        vm.prank(REQUESTER2);
        market.requestProof(req);
        bytes32 b = keccak256(abi.encodePacked(uint64(1), VK, req.publicValuesDigest));
        assertTrue(a != b, "different ids");
        (, uint64 timestamp, address sender,,,,,,) = market.getRequest(b);
        assertEq(timestamp, START, "second request stored");
        assertEq(sender, REQUESTER2, "second sender");
        assertEq(brev.balanceOf(address(market)), 4 ether, "both escrowed");
    }

    function test_requestProof_revertsWhenRequestExists() public {
        bytes32 reqid = _request(1, 2 ether, 0, _deadline());
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 5 ether, 0, _deadline());
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestExists.selector, reqid));
        vm.prank(REQUESTER2);
        market.requestProof(req);
    }

    function test_requestProof_revertsWhenRequestExistsEvenAfterSettlement() public {
        bytes32 reqid = _request(1, 2 ether, 0, _deadline());
        _warpToRevealEnd(reqid);
        market.refund(reqid);
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 2 ether, 0, uint64(block.timestamp + 1 hours));
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestExists.selector, reqid));
        vm.prank(REQUESTER);
        market.requestProof(req);
    }

    function test_requestProof_revertsWhenMaxFeeTooLow() public {
        BrevisMarket.ProofRequest memory req = _proofRequest(1, MIN_MAX_FEE - 1, 0, _deadline());
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketMaxFeeTooLow.selector, MIN_MAX_FEE - 1, MIN_MAX_FEE));
        vm.prank(REQUESTER);
        market.requestProof(req);

        // exactly minMaxFee is enough
        _request(1, MIN_MAX_FEE, 0, _deadline());
    }

    function test_requestProof_revertsWhenDeadlineTooEarly() public {
        uint256 earliest = block.timestamp + BIDDING + REVEAL;
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 2 ether, 0, _u64(earliest));
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketDeadlineTooEarly.selector, earliest, earliest));
        vm.prank(REQUESTER);
        market.requestProof(req);

        req = _proofRequest(1, 2 ether, 0, uint64(block.timestamp));
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketDeadlineTooEarly.selector, block.timestamp, earliest));
        vm.prank(REQUESTER);
        market.requestProof(req);

        // one second after the end of the reveal phase is the earliest deadline accepted
        _request(1, 2 ether, 0, _u64(earliest + 1));
    }

    function test_requestProof_revertsWithoutAllowanceOrFunds() public {
        BrevisMarket.ProofRequest memory req = _proofRequest(1, 2 ether, 0, _deadline());
        vm.expectRevert();
        vm.prank(STRANGER); // no BREV, no allowance
        market.requestProof(req);
        assertEq(market.getSenderPendingRequests(STRANGER).length, 0, "nothing recorded");
    }

    // ------------------------------------------------------------ views

    function test_getPhaseEnds() public {
        assertTrue(_biddingEnd(bytes32(uint256(1))) == 0 && _revealEnd(bytes32(uint256(1))) == 0, "unknown: zeros");
        vm.warp(START + 123);
        bytes32 reqid = _simpleRequest(1);
        (uint256 biddingEnd, uint256 revealEnd) = market.getPhaseEnds(reqid);
        assertEq(biddingEnd, START + 123 + BIDDING, "bidding end");
        assertEq(revealEnd, START + 123 + BIDDING + REVEAL, "reveal end");
    }

    function test_getRequest_unknownIsZero() public view {
        (uint8 status, uint64 timestamp, address sender, uint256 maxFee,,,,,) = market.getRequest(keccak256("nope"));
        assertEq(status, 0, "status");
        assertEq(timestamp, 0, "timestamp");
        assertEq(sender, address(0), "sender");
        assertEq(maxFee, 0, "maxFee");
    }

    function test_getSenderPendingRequests_tracksEachSender() public {
        bytes32 a = _request(1, 2 ether, 0, _deadline());
        bytes32 b = _request(2, 3 ether, 0, _deadline());
        bytes32 c = _requestFrom(REQUESTER2, 3, 4 ether, 0, _deadline());
        bytes32[] memory mine = market.getSenderPendingRequests(REQUESTER);
        assertEq(mine.length, 2, "two for the first requester");
        assertTrue(_contains(mine, a) && _contains(mine, b), "a and b");
        bytes32[] memory theirs = market.getSenderPendingRequests(REQUESTER2);
        assertEq(theirs.length, 1, "one for the second");
        assertEq(theirs[0], c, "c");

        // settled requests leave the list: a refunded (no bids), b fulfilled
        _win(p0, b, 1 ether);
        market.refund(a);
        _submit(p0, b);
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 0, "none pending");
        assertEq(market.getSenderPendingRequests(REQUESTER2).length, 1, "c still pending");
    }
}
