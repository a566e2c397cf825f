// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {FirstWordVerifier, MarketFixture} from "../../market/utils/MarketFixture.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";

/// @dev A controller that, while paid, calls back into the market.
contract ReenteringController is MockStakingController {
    bytes private callback;

    constructor(IERC20 token, uint256 minSelfStake_) MockStakingController(token, minSelfStake_) {}

    function setCallback(bytes memory data) external {
        callback = data;
    }

    function addRewards(address prover, uint256 amount) external override returns (uint256, uint256) {
        (bool ok, bytes memory err) = msg.sender.call(callback);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
        return (0, amount);
    }
}

/// @title Fidelity: proofs and payment, refunds, slashing and the protocol fee.
contract MarketSettlementRulesFidelityTest is MarketFixture {
    // ------------------------------------------------------------ submitProof and payment

    /// @notice The winner is paid the second-lowest fee minus the protocol fee through the
    ///         controller's addRewards; the requester gets maxFee minus the second-lowest fee.
    function test_submitProof_paysTheSecondPriceMinusTheProtocolFee() public {
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _addrs(p0, p1, p2), _amts(6 ether, 2 ether, 3 ether));
        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        uint256[8] memory proof = _proof(reqid);

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProofSubmitted(reqid, p1, proof, 3 ether);
        vm.prank(p1);
        market.submitProof(reqid, proof);

        uint256 protocolFee = 3 ether * PROTOCOL_FEE_BPS / BPS;
        assertEq(controller.rewardsOf(p1), 3 ether - protocolFee, "second price minus the protocol fee");
        assertEq(brev.balanceOf(address(controller)), 3 ether - protocolFee, "pulled by the controller");
        assertEq(brev.balanceOf(REQUESTER) - requesterBefore, 7 ether, "maxFee minus the second price back");
        assertEq(_protocolFeeBalance(), protocolFee, "protocol fee kept");
        assertEq(brev.balanceOf(address(market)), protocolFee, "the market keeps only the protocol fee");
        assertEq(controller.rewardsOf(p0) + controller.rewardsOf(p2), 0, "losers unpaid");
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "fulfilled");
        assertEq(market.assignedStake(p1), 0, "released");
        assertEq(market.getProverPendingRequests(p1).length, 0, "off the prover's list");
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 0, "off the sender's list");
    }

    /// @notice With one revealed bid the winner is paid its own fee.
    function test_submitProof_oneBidPaysTheWinnersOwnFee() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 4 ether);
        uint256[8] memory proof = _proof(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProofSubmitted(reqid, p0, proof, 4 ether);
        vm.prank(p0);
        market.submitProof(reqid, proof);
        assertEq(controller.rewardsOf(p0), 4 ether - 4 ether * PROTOCOL_FEE_BPS / BPS, "own fee minus protocol fee");
    }

    /// @notice A winner that is no longer Active cannot be paid (addRewards reverts), so its proof
    ///         is refused; the request stays pending and is refunded after the deadline.
    function test_submitProof_winnerNoLongerActiveCannotBePaid() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 4 ether);
        uint256[8] memory proof = _proof(reqid);
        controller.setState(p0, DEACTIVATED);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(p0);
        market.submitProof(reqid, proof);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Pending, "still pending");

        _warpPastDeadline(reqid);
        market.refund(reqid);
        assertEq(market.getProverStatsTotal(p0).requestsRefunded, 1, "missed");
    }

    /// @notice Surprising but deployed: with nothing to pay (a zero fee, or a 100 % protocol fee)
    ///         addRewards is not called, so even a winner that is no longer Active may prove.
    function test_submitProof_zeroRewardSkipsAddRewards() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 0);
        controller.setState(p0, DEACTIVATED);
        _submit(p0, reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "fulfilled without a payment");
        assertEq(controller.rewardsOf(p0), 0, "nothing paid");
        assertEq(brev.balanceOf(REQUESTER), REQUESTER_FUNDS, "whole maxFee back");

        market.setProtocolFeeBps(BPS);
        bytes32 other = _simpleRequest(2);
        _win(p1, other, 5 ether);
        controller.setState(p1, JAILED);
        _submit(p1, other);
        assertEq(_protocolFeeBalance(), 5 ether, "all to the protocol");
    }

    /// @notice Only the winner or its submitter may prove; the error names the winner and the caller.
    function test_submitProof_onlyTheWinnerOrItsSubmitter() public {
        _registerSubmitter(p1, SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        _auction(reqid, _addrs(p0, p1), _amts(2 ether, 3 ether));
        uint256[8] memory proof = _proof(reqid);
        address[3] memory refused = [p1, SUBMITTER, STRANGER];
        for (uint256 i = 0; i < 3; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketNotExpectedProver.selector, p0, refused[i]));
            vm.prank(refused[i]);
            market.submitProof(reqid, proof);
        }
    }

    function test_submitProof_withoutAWinnerReverts() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToProving(reqid);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketNotExpectedProver.selector, address(0), p0));
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    /// @notice The verifier's own error comes through (the devnet stand-in raises ProofInvalid).
    function test_submitProof_invalidProofRevertsWithTheVerifiersError() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        uint256[8] memory proof = _proof(reqid);
        proof[7] ^= 1;
        vm.expectRevert(DevProofVerifier.ProofInvalid.selector);
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    /// @notice The request's version picks the verifier, read when the proof arrives.
    function test_submitProof_usesTheVerifierOfTheRequestsVersion() public {
        market.setPicoVerifier(1, _versionOneVerifier());
        IBrevisMarket.ProofRequest memory req = _proofRequest(1, 10 ether, MIN_SELF_STAKE, _deadline());
        req.version = 1;
        vm.prank(REQUESTER);
        market.requestProof(req);
        bytes32 reqid = _reqid(1);
        _win(p0, reqid, 2 ether);

        uint256[8] memory devProof = _proof(reqid);
        vm.expectRevert(FirstWordVerifier.FirstWordNotOne.selector);
        vm.prank(p0);
        market.submitProof(reqid, devProof);

        uint256[8] memory proof;
        proof[0] = 1;
        vm.prank(p0);
        market.submitProof(reqid, proof);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "version 1's verifier accepted it");
    }

    /// @notice Timing and caller are checked before the status: a fulfilled request proved again
    ///         in its window by its winner reports its status.
    function test_submitProof_settledRequestRevertsWithItsStatus() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        _submit(p0, reqid);
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Fulfilled)
        );
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    /// @notice Surprising but deployed: there is no existence check; an unknown id has a zero
    ///         deadline, so the proof is refused as late.
    function test_submitProof_unknownRequestRevertsAsPastItsDeadline() public {
        uint256[8] memory proof;
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketDeadlinePassed.selector, START, 0));
        vm.prank(p0);
        market.submitProof(keccak256("nothing"), proof);
    }

    /// @notice totalFees and feeReceived count what the provers got, after the protocol fee;
    ///         totalFulfilled and requestsFulfilled count proofs.
    function test_stats_totalFeesAndFeeReceivedAreAfterTheProtocolFee() public {
        bytes32 a = _simpleRequest(1);
        _auction(a, _addrs(p0, p1), _amts(2 ether, 4 ether));
        _submit(p0, a);
        bytes32 b = _simpleRequest(2);
        _win(p1, b, 6 ether);
        _submit(p1, b);

        uint256 toP0 = 4 ether - 4 ether * PROTOCOL_FEE_BPS / BPS;
        uint256 toP1 = 6 ether - 6 ether * PROTOCOL_FEE_BPS / BPS;
        IBrevisMarket.GlobalStats memory g = market.getGlobalStatsTotal();
        assertEq(g.totalFees, toP0 + toP1, "totalFees after the protocol fee");
        assertEq(g.totalFulfilled, 2, "fulfilled");
        assertEq(market.getProverStatsTotal(p0).feeReceived, toP0, "feeReceived after the protocol fee");
        assertEq(market.getProverStatsTotal(p0).requestsFulfilled, 1, "requestsFulfilled");
        assertEq(market.getProverStatsTotal(p1).feeReceived, toP1, "p1 feeReceived");
    }

    /// @notice submitProof and refund share a reentrancy guard: a controller calling back into
    ///         refund while it is paid is refused with ReentrancyGuardReentrantCall.
    function test_submitProof_andRefundAreGuardedAgainstReentry() public {
        ReenteringController hostile = new ReenteringController(brev, MIN_SELF_STAKE);
        market = new BrevisMarket(verifier, IStakingController(address(hostile)), BIDDING, REVEAL, MIN_MAX_FEE);
        hostile.setProver(p0, ACTIVE, PROVER_ASSETS);
        _fundRequester(REQUESTER);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        hostile.setCallback(abi.encodeCall(BrevisMarket.refund, (reqid)));
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(ReentrancyGuard.ReentrancyGuardReentrantCall.selector);
        vm.prank(p0);
        market.submitProof(reqid, proof);
    }

    // ------------------------------------------------------------ refund

    /// @notice Right after bidding (from biddingEnd + 1) when nobody bid.
    function test_refund_rightAfterBiddingWhenNobodyBid() public {
        bytes32 reqid = _simpleRequest(1);
        uint256 biddingEnd = START + BIDDING;
        vm.warp(biddingEnd);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector,
                biddingEnd,
                _deadlineOf(reqid),
                biddingEnd,
                biddingEnd + REVEAL
            )
        );
        market.refund(reqid);

        vm.warp(biddingEnd + 1);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.Refunded(reqid, REQUESTER, 10 ether);
        vm.prank(STRANGER);
        market.refund(reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Refunded, "refunded");
        assertEq(brev.balanceOf(REQUESTER), REQUESTER_FUNDS, "maxFee back");
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 0, "off the sender's list");
    }

    /// @notice After the reveal phase (from revealEnd + 1) when bids came but none was revealed.
    function test_refund_afterTheRevealPhaseWhenNobodyRevealed() public {
        bytes32 reqid = _simpleRequest(1);
        _bid(p0, reqid, 2 ether, 1);
        uint256 revealEnd = START + BIDDING + REVEAL;
        vm.warp(revealEnd);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector, revealEnd, _deadlineOf(reqid), START + BIDDING, revealEnd
            )
        );
        market.refund(reqid);
        vm.warp(revealEnd + 1);
        market.refund(reqid);
        assertEq(market.getProverStatsTotal(p0).requestsRefunded, 0, "a bidder without a win is not charged");
    }

    /// @notice After the deadline when the winner did not deliver: counted against the winner,
    ///         its stake released.
    function test_refund_afterTheDeadlineWhenTheWinnerDidNotDeliver() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        uint256 deadline = _deadlineOf(reqid);
        vm.warp(deadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector,
                deadline,
                deadline,
                START + BIDDING,
                START + BIDDING + REVEAL
            )
        );
        market.refund(reqid);

        vm.warp(deadline + 1);
        market.refund(reqid);
        assertEq(brev.balanceOf(REQUESTER), REQUESTER_FUNDS, "whole maxFee back");
        IBrevisMarket.ProverStats memory s = market.getProverStatsTotal(p0);
        assertEq(s.requestsRefunded, 1, "missed by the winner");
        assertEq(s.lastActiveAt, START + BIDDING + 1, "a refund is not the prover's activity");
        assertEq(market.assignedStake(p0), 0, "released");
        assertEq(market.getProverPendingRequests(p0).length, 0, "off the prover's list");
    }

    function test_refund_settledRequestRevertsWithItsStatus() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToReveal(reqid);
        market.refund(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Refunded)
        );
        market.refund(reqid);
    }

    /// @notice Surprising but deployed: no existence check; an unknown id looks overdue, and the
    ///         refund fails only in the token, paying zero to address(0).
    function test_refund_unknownRequestRevertsInTheToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        market.refund(keccak256("nothing"));
    }

    /// @notice batchRefund refunds each id, and fails as a whole if one cannot be refunded.
    function test_batchRefund_refundsEachOrNone() public {
        bytes32 a = _simpleRequest(1);
        bytes32 b = _simpleRequest(2);
        bytes32 c = _simpleRequest(3);
        _bid(p0, c, 1 ether, 1);
        _warpToReveal(a);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector,
                block.timestamp,
                _deadlineOf(c),
                START + BIDDING,
                START + BIDDING + REVEAL
            )
        );
        market.batchRefund(_ids(a, c));
        _assertStatus(a, IBrevisMarket.ReqStatus.Pending, "rolled back");

        market.batchRefund(_ids(a, b));
        _assertStatus(a, IBrevisMarket.ReqStatus.Refunded, "a refunded");
        _assertStatus(b, IBrevisMarket.ReqStatus.Refunded, "b refunded");
    }

    // ------------------------------------------------------------ slash

    /// @notice Anyone may slash a refunded request's winner: the market asks the controller's
    ///         slashByAmount for minStake × slashBps / 10,000, whatever the prover's other assets
    ///         or pending unstakes, and the event carries that amount.
    function test_slash_asksSlashByAmountForMinStakeTimesSlashBps() public {
        bytes32 reqid = _request(1, 10 ether, 3000 ether, _deadline());
        _win(p0, reqid, 2 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProverSlashed(reqid, p0, 1500 ether);
        vm.prank(STRANGER);
        market.slash(reqid);
        (address prover, uint256 amount) = _lastSlash();
        assertEq(prover, p0, "the winner");
        assertEq(amount, 1500 ether, "3000 x 50 %");
        assertEq(controller.slashCount(), 1, "one call");
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Slashed, "slashed");
    }

    /// @notice With slashBps 0 the controller is still asked, for zero.
    function test_slash_zeroSlashBpsAsksForZero() public {
        market.setSlashBps(0);
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        _warpPastDeadline(reqid);
        market.refund(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProverSlashed(reqid, p0, 0);
        market.slash(reqid);
        (, uint256 amount) = _lastSlash();
        assertEq(amount, 0, "zero asked");
    }

    /// @notice Only a Refunded request: a pending, fulfilled or already slashed one reports its status.
    function test_slash_onlyARefundedRequest() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        _warpPastDeadline(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Pending)
        );
        market.slash(reqid);
        market.refund(reqid);
        market.slash(reqid);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Slashed)
        );
        market.slash(reqid);

        bytes32 fulfilled = _simpleRequest(2);
        _win(p1, fulfilled, 2 ether);
        _submit(p1, fulfilled);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, IBrevisMarket.ReqStatus.Fulfilled)
        );
        market.slash(fulfilled);
    }

    /// @notice A request refunded early (no bid) cannot be slashed before its deadline, nor after
    ///         it, having no winner.
    function test_slash_needsThePassedDeadlineAndAWinner() public {
        bytes32 reqid = _simpleRequest(1);
        _warpToReveal(reqid);
        market.refund(reqid);
        uint256 deadline = _deadlineOf(reqid);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketBeforeDeadline.selector, block.timestamp, deadline));
        market.slash(reqid);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketNoAssignedProverToSlash.selector, reqid));
        market.slash(reqid);
    }

    /// @notice Up to deadline + slashWindow inclusive; a window of 0 leaves no time to slash.
    function test_slash_withinTheSlashWindow() public {
        bytes32 reqid = _simpleRequest(1);
        _win(p0, reqid, 2 ether);
        uint256 end = uint256(_deadlineOf(reqid)) + SLASH_WINDOW;
        _warpPastDeadline(reqid);
        market.refund(reqid);
        vm.warp(end + 1);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSlashWindowExpired.selector, end + 1, end));
        market.slash(reqid);
        vm.warp(end);
        market.slash(reqid);

        market.setSlashWindow(0);
        bytes32 other = _simpleRequest(2);
        _win(p1, other, 2 ether);
        uint256 deadline = _deadlineOf(other);
        _warpPastDeadline(other);
        market.refund(other);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSlashWindowExpired.selector, deadline + 1, deadline));
        market.slash(other);
    }

    // ------------------------------------------------------------ protocol fee

    /// @notice The owner withdraws everything collected and not yet withdrawn.
    function test_protocolFee_withdrawalSendsTheUnwithdrawnBalance() public {
        vm.expectRevert(IBrevisMarket.MarketNoProtocolFeeToWithdraw.selector);
        market.withdrawProtocolFee(TREASURY);

        bytes32 a = _simpleRequest(1);
        _win(p0, a, 4 ether);
        _submit(p0, a);
        vm.expectRevert(IBrevisMarket.MarketZeroAddress.selector);
        market.withdrawProtocolFee(address(0));

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProtocolFeeWithdrawn(TREASURY, 0.2 ether);
        market.withdrawProtocolFee(TREASURY);
        assertEq(brev.balanceOf(TREASURY), 0.2 ether, "sent");
        assertEq(market.cumulativeProtocolFee(), 0.2 ether, "cumulative");
        assertEq(market.withdrawnProtocolFee(), 0.2 ether, "withdrawn");
        (uint256 feeBps, uint256 balance) = market.getProtocolFeeInfo();
        assertEq(feeBps, PROTOCOL_FEE_BPS, "rate");
        assertEq(balance, 0, "nothing left");

        bytes32 b = _simpleRequest(2);
        _win(p0, b, 2 ether);
        _submit(p0, b);
        (, balance) = market.getProtocolFeeInfo();
        assertEq(balance, 0.1 ether, "collected since");
        assertEq(market.cumulativeProtocolFee(), 0.3 ether, "cumulative keeps growing");
    }
}
