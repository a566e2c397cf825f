// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {IProofVerifier} from "../../src/market/IProofVerifier.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Vm} from "../utils/Vm.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @dev Accepts every proof (to show the market relies on the verifier it is configured with).
contract AcceptAllVerifier is IProofVerifier {
    function verifyProof(bytes32, bytes32, uint256[8] calldata) external pure returns (bool) {
        return true;
    }
}

/// @title BrevisMarket: submitProof (second price, protocol fee, rewards to the controller,
///        change to the requester), refund and slash, with every error path.
contract BrevisMarketSettlementTest is MarketFixture {
    bytes32 private constant REWARDS_ADDED = keccak256("RewardsAdded(address,address,uint256,uint256,uint256)");

    // ------------------------------------------------------------ submitProof: payouts

    function test_submitProof_aloneIsPaidOwnFeeMinusProtocolFee() public {
        bytes32 reqid = _request(1, 10 ether, 100 ether, _deadline());
        _win(p0, reqid, 4 ether);

        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        uint256 vaultBefore = _assets(p0);
        uint256 actualFee = 4 ether;
        uint256 protocolFee = actualFee * PROTOCOL_FEE_BPS / BPS; // 0.2
        uint256 toProver = actualFee - protocolFee; // 3.8
        uint256 commission = toProver * COMMISSION_BPS / BPS; // 0.38
        uint256[8] memory proof = _proof(reqid);

        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(p0, address(market), toProver, commission, toProver - commission);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProofSubmitted(reqid, p0, proof, actualFee);
        vm.prank(p0);
        market.submitProof(reqid, proof);

        assertEq(_status(reqid), FULFILLED, "fulfilled");
        assertEq(brev.balanceOf(REQUESTER), requesterBefore + 10 ether - actualFee, "requester gets maxFee - actualFee");
        assertEq(_protocolFeeBalance(), protocolFee, "protocol fee kept");
        assertEq(brev.balanceOf(address(market)), protocolFee, "market holds only the protocol fee");
        assertEq(_assets(p0), vaultBefore + toProver - commission, "stakers' part donated to the vault");
        assertEq(_pendingCommission(p0), commission, "commission to the prover");
        assertEq(market.assignedStake(p0), 0, "assigned stake released");
        assertEq(market.getProverPendingRequests(p0).length, 0, "no longer pending for the prover");
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 0, "no longer pending for the sender");
    }

    function test_submitProof_winnerIsPaidTheSecondLowestFee() public {
        bytes32 reqid = _request(1, 10 ether, 100 ether, _deadline());
        _auction(reqid, _triple(p0, p1, p2), _triple(6 ether, 2 ether, 3 ether));
        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        uint256 actualFee = 3 ether;
        uint256 toProver = actualFee - actualFee * PROTOCOL_FEE_BPS / BPS;
        uint256 commission = toProver * COMMISSION_BPS / BPS;

        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(p1, address(market), toProver, commission, toProver - commission);
        _submit(p1, reqid);

        assertEq(brev.balanceOf(REQUESTER), requesterBefore + 7 ether, "requester refunded maxFee - second price");
        assertEq(_protocolFeeBalance(), 0.15 ether, "5 % of the second price");
        BrevisMarket.ProverStats memory s = market.getProverStatsTotal(p1);
        assertEq(s.requestsFulfilled, 1, "fulfilled");
        assertEq(s.feeReceived, toProver, "feeReceived after the protocol fee");
        BrevisMarket.GlobalStats memory g = market.getGlobalStatsTotal();
        assertEq(g.totalFulfilled, 1, "global fulfilled");
        assertEq(g.totalFees, actualFee, "global fees count the whole actual fee");
        // the losers got nothing
        assertEq(_pendingCommission(p0) + _pendingCommission(p2), 0, "losers unpaid");
    }

    function test_submitProof_usesThePerSourceCommissionOverride() public {
        vm.prank(p0);
        controller.setCommissionRate(address(market), 5000);
        bytes32 reqid = _request(1, 10 ether, 0, _deadline());
        _win(p0, reqid, 2 ether);
        uint256 toProver = 1.9 ether;
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(p0, address(market), toProver, toProver / 2, toProver / 2);
        _submit(p0, reqid);
    }

    function test_submitProof_zeroFeeSkipsRewards() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 0);
        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        vm.recordLogs();
        _submit(p0, reqid);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != REWARDS_ADDED, "no RewardsAdded for a zero payment");
        }
        assertEq(brev.balanceOf(REQUESTER), requesterBefore + 10 ether, "whole maxFee back");
        assertEq(brev.balanceOf(address(market)), 0, "nothing left in the market");
        assertEq(market.getProverStatsTotal(p0).requestsFulfilled, 1, "still a fulfilment");
    }

    function test_submitProof_fullProtocolFeeLeavesNothingForTheProver() public {
        market.setProtocolFeeBps(BPS);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 4 ether);
        _submit(p0, reqid);
        assertEq(_protocolFeeBalance(), 4 ether, "all of the fee to the protocol");
        assertEq(_pendingCommission(p0), 0, "no commission");
        assertEq(_assets(p0), MIN_SELF_STAKE, "vault unchanged");
    }

    function test_submitProof_noProtocolFee() public {
        market.setProtocolFeeBps(0);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 4 ether);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(p0, address(market), 4 ether, 0.4 ether, 3.6 ether);
        _submit(p0, reqid);
        assertEq(_protocolFeeBalance(), 0, "no protocol fee");
    }

    function test_submitProof_atTheDeadlineIsAccepted() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        vm.warp(_deadlineOf(reqid));
        _submit(p0, reqid);
        assertEq(_status(reqid), FULFILLED, "fulfilled at the deadline");
    }

    function test_submitProof_bySubmitterOfTheWinner() public {
        _registerSubmitter(p0, SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        _submit(SUBMITTER, reqid);
        assertEq(_status(reqid), FULFILLED, "a submitter proves for its prover");
        assertEq(market.getProverStatsTotal(p0).requestsFulfilled, 1, "credited to the prover");
        assertEq(market.getProverStatsTotal(SUBMITTER).requestsFulfilled, 0, "not to the submitter");
    }

    function test_submitProof_withAnotherVerifier() public {
        market.setVerifier(new AcceptAllVerifier());
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        uint256[8] memory junk;
        vm.prank(p0);
        market.submitProof(reqid, junk);
        assertEq(_status(reqid), FULFILLED, "the configured verifier decides");
    }

    // ------------------------------------------------------------ submitProof: errors

    function test_submitProof_revertsBeforeRevealPhaseEnds() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _warpToReveal(reqid);
        _reveal(p0, reqid, 1 ether, 1);
        uint256 revealEnd = _revealEnd(reqid);
        vm.warp(revealEnd - 1);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketRevealPhaseNotEnded.selector, revealEnd - 1, revealEnd)
        );
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    function test_submitProof_revertsAfterDeadline() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        uint256 deadline = _deadlineOf(reqid);
        vm.warp(deadline + 1);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketDeadlinePassed.selector, deadline + 1, deadline));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    function test_submitProof_revertsForNonWinner() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _pair(p0, p1), _pair(1 ether, 2 ether));
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketNotAuthorized.selector));
        vm.prank(p1); // the second place
        market.submitProof(reqid, proof);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketNotAuthorized.selector));
        vm.prank(STRANGER);
        market.submitProof(reqid, proof);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketNotAuthorized.selector));
        vm.prank(REQUESTER);
        market.submitProof(reqid, proof);
    }

    function test_submitProof_revertsForSubmitterOfAnotherProver() public {
        _registerSubmitter(p1, SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketNotAuthorized.selector));
        vm.prank(SUBMITTER);
        market.submitProof(reqid, proof);
    }

    function test_submitProof_revertsWithoutWinner() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1); // never revealed
        _warpToRevealEnd(reqid);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketNotAuthorized.selector));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    function test_submitProof_revertsForInvalidProof() public {
        bytes32 reqid = _simpleRequest(1);
        bytes32 other = _simpleRequest(2);
        _win(p0, reqid, 1 ether);

        uint256[8] memory proof = _proof(reqid);
        proof[7] ^= 1;
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidProof.selector, reqid));
        vm.prank(p0);
        market.submitProof(reqid, proof);

        uint256[8] memory otherProof = _proof(other); // valid, but for other public values
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidProof.selector, reqid));
        vm.prank(p0);
        market.submitProof(reqid, otherProof);

        uint256[8] memory zero;
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketInvalidProof.selector, reqid));
        vm.prank(p0);
        market.submitProof(reqid, zero);
        assertEq(_status(reqid), PENDING, "still pending");
    }

    function test_submitProof_revertsForUnknownOrSettledRequest() public {
        bytes32 unknown = keccak256("unknown");
        uint256[8] memory proof;
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotFound.selector, unknown));
        vm.prank(p0);
        market.submitProof(unknown, proof);

        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        _submit(p0, reqid);
        proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, FULFILLED));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    // ------------------------------------------------------------ refund

    function test_refund_withoutBidsAfterRevealPhase() public {
        bytes32 reqid = _simpleRequest(1);
        uint256 revealEnd = _revealEnd(reqid);
        vm.warp(revealEnd - 1);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketRevealPhaseNotEnded.selector, revealEnd - 1, revealEnd)
        );
        market.refund(reqid);

        vm.warp(revealEnd);
        uint256 before = brev.balanceOf(REQUESTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.Refunded(reqid, REQUESTER, 10 ether);
        vm.prank(STRANGER); // anyone may trigger it; the money goes to the requester
        market.refund(reqid);
        assertEq(brev.balanceOf(REQUESTER), before + 10 ether, "maxFee back");
        assertEq(brev.balanceOf(address(market)), 0, "escrow emptied");
        assertEq(_status(reqid), REFUNDED, "refunded");
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 0, "not pending");
    }

    function test_refund_withUnrevealedBidsOnly() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 1 ether, 1);
        _bid(p1, reqid, 2 ether, 1);
        _warpToRevealEnd(reqid);
        market.refund(reqid);
        assertEq(_status(reqid), REFUNDED, "refunded");
        assertEq(market.getProverStatsTotal(p0).requestsRefunded, 0, "no prover is charged with it");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, reqid));
        market.slash(reqid);
    }

    function test_refund_withWinnerOnlyAfterDeadline() public {
        bytes32 reqid = _request(1, 10 ether, 250 ether, _deadline());
        _win(p0, reqid, 3 ether);
        uint256 deadline = _deadlineOf(reqid);

        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketDeadlineNotPassed.selector, block.timestamp, deadline)
        );
        market.refund(reqid);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketDeadlineNotPassed.selector, deadline, deadline));
        market.refund(reqid);

        vm.warp(deadline + 1);
        uint256 before = brev.balanceOf(REQUESTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.Refunded(reqid, REQUESTER, 10 ether);
        market.refund(reqid);
        assertEq(brev.balanceOf(REQUESTER), before + 10 ether, "whole maxFee back");
        assertEq(market.assignedStake(p0), 0, "assigned stake released");
        assertEq(market.getProverPendingRequests(p0).length, 0, "not pending for the prover");
        BrevisMarket.ProverStats memory total = market.getProverStatsTotal(p0);
        assertEq(total.requestsRefunded, 1, "refund counted against the winner");
        assertEq(total.requestsFulfilled, 0, "no fulfilment");
        (BrevisMarket.ProverStats memory recent,) = market.getProverRecentStats(p0);
        assertEq(recent.requestsRefunded, 1, "recent refund");
        assertEq(_pendingCommission(p0), 0, "winner unpaid");
    }

    function test_refund_revertsForUnknownOrSettledRequest() public {
        bytes32 unknown = keccak256("unknown");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotFound.selector, unknown));
        market.refund(unknown);

        bytes32 reqid = _simpleRequest(1);
        _warpToRevealEnd(reqid);
        market.refund(reqid);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, REFUNDED));
        market.refund(reqid);

        bytes32 done = _simpleRequest(2);
        _win(p0, done, 1 ether);
        _submit(p0, done);
        _warpPastDeadline(done);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, done, FULFILLED));
        market.refund(done);
    }

    // ------------------------------------------------------------ slash

    function test_slash_withinWindowSlashesMinStakeTimesSlashBps() public {
        bytes32 reqid = _request(1, 10 ether, 200 ether, _deadline());
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);

        uint256 expected = 200 ether * SLASH_BPS / BPS; // 100 BREV = 10 % of the 1000 BREV vault
        uint256 treasuryBefore = brev.balanceOf(TREASURY);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.ProverSlashed(p0, expected, 1000);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProverSlashed(reqid, p0, expected);
        vm.prank(STRANGER); // anyone may call it
        market.slash(reqid);

        assertEq(_status(reqid), SLASHED, "slashed");
        assertEq(_assets(p0), MIN_SELF_STAKE - expected, "vault lost the slash");
        assertEq(brev.balanceOf(TREASURY), treasuryBefore + expected, "treasury received it");
        assertEq(controller.getProverState(p0), 2, "self-stake below the minimum: deactivated");

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, reqid));
        market.slash(reqid);
    }

    function test_slash_roundsTheFractionUpOnUnevenVaults() public {
        _stake(STAKER, p0, 234.567 ether); // 1234.567 BREV
        bytes32 reqid = _request(1, 10 ether, 100 ether, _deadline());
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        uint256 assets = _assets(p0);
        uint256 target = 50 ether;
        market.slash(reqid);
        uint256 slashed = assets - _assets(p0);
        assertGe(slashed, target, "at least minStake * slashBps");
        assertLe(slashed, target + assets / BPS, "at most one basis point of the vault more");
        // 406 bps of 1234.567
        assertEq(slashed, assets * 406 / BPS, "ceil(50 / 1234.567 in bps) = 406");
    }

    function test_slash_cappedByControllersMaxSlashBps() public {
        market.setSlashParams(BPS, SLASH_WINDOW); // slash the whole minStake
        bytes32 reqid = _request(1, 10 ether, 1000 ether, _deadline());
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProverSlashed(reqid, p0, 500 ether);
        market.slash(reqid);
        assertEq(_assets(p0), 500 ether, "capped at 50 % of the vault");
    }

    function test_slash_zeroSlashBpsSlashesNothing() public {
        market.setSlashParams(0, SLASH_WINDOW);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProverSlashed(reqid, p0, 0);
        market.slash(reqid);
        assertEq(_status(reqid), SLASHED, "marked slashed");
        assertEq(_assets(p0), MIN_SELF_STAKE, "nothing taken");
    }

    function test_slash_alsoTakesFromPendingUnstakes() public {
        _stake(STAKER, p0, 1000 ether); // vault 2000
        ProverVault vault = ProverVault(controller.getProverVault(p0));
        vm.startPrank(STAKER);
        vault.approve(address(controller), type(uint256).max);
        uint256 pendingAmount = controller.requestUnstake(p0, vault.balanceOf(STAKER) / 2);
        vm.stopPrank();
        assertApproxEq(pendingAmount, 500 ether, 1e9, "half of the stake pending");
        assertApproxEq(_assets(p0), 1500 ether, 1e9, "vault after the unstake request");

        bytes32 reqid = _request(1, 10 ether, 300 ether, _deadline()); // slash 150 = 10 % of 1500
        _win(p0, reqid, 1 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        uint256 vaultBefore = _assets(p0);
        uint256 treasuryBefore = brev.balanceOf(TREASURY);
        uint256 fromVault = vaultBefore * 1000 / BPS;
        uint256 fromPending = pendingAmount * 1000 / BPS;
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.ProverSlashed(reqid, p0, fromVault + fromPending);
        market.slash(reqid);
        assertEq(_assets(p0), vaultBefore - fromVault, "vault lost 10 %");
        assertEq(controller.getProverTotalUnstaking(p0), pendingAmount - fromPending, "pending unstakes lost 10 %");
        assertEq(brev.balanceOf(TREASURY), treasuryBefore + fromVault + fromPending, "both parts to the treasury");
    }

    function test_slash_windowBoundaries() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 1 ether);
        uint256 windowEnd = uint256(_deadlineOf(reqid)) + SLASH_WINDOW;
        vm.warp(windowEnd);
        market.refund(reqid);
        market.slash(reqid); // the last second of the window
        assertEq(_status(reqid), SLASHED, "slashed at the window's end");

        bytes32 late = _simpleRequest(2);
        _win(p1, late, 1 ether);
        windowEnd = uint256(_deadlineOf(late)) + SLASH_WINDOW;
        vm.warp(windowEnd + 1);
        market.refund(late); // a refund is possible any time after the deadline
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSlashWindowClosed.selector, windowEnd + 1, windowEnd));
        market.slash(late);
        assertEq(_assets(p1), MIN_SELF_STAKE, "p1 untouched");
    }

    function test_slash_revertsUnlessRefundedWithWinner() public {
        bytes32 unknown = keccak256("unknown");
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, unknown));
        market.slash(unknown);

        bytes32 pending = _simpleRequest(1);
        _win(p0, pending, 1 ether);
        _warpPastDeadline(pending);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, pending));
        market.slash(pending); // overdue but not refunded yet

        bytes32 fulfilled = _simpleRequest(2);
        _win(p1, fulfilled, 1 ether);
        _submit(p1, fulfilled);
        _warpPastDeadline(fulfilled);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, fulfilled));
        market.slash(fulfilled);

        bytes32 noBids = _simpleRequest(3);
        _warpPastDeadline(noBids);
        market.refund(noBids);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, noBids));
        market.slash(noBids);
    }
}
