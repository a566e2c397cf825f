// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../src/market/BrevisMarket.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @title BrevisMarket submitters: two-step registration (consent, then registration), removal
///        by either side, and submitters bidding, revealing and proving for their prover.
contract BrevisMarketSubmittersTest is MarketFixture {
    // ------------------------------------------------------------ consent

    function test_setSubmitterConsent_recordsAndEmits() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterConsentUpdated(SUBMITTER, address(0), p0);
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p0);
        assertEq(market.submitterConsent(SUBMITTER), p0, "consent to p0");

        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterConsentUpdated(SUBMITTER, p0, p1);
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p1);
        assertEq(market.submitterConsent(SUBMITTER), p1, "consent moved to p1");

        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterConsentUpdated(SUBMITTER, p1, address(0));
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(address(0));
        assertEq(market.submitterConsent(SUBMITTER), address(0), "consent withdrawn");
    }

    // ------------------------------------------------------------ registration

    function test_registerSubmitter_afterConsent() public {
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p0);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterRegistered(p0, SUBMITTER);
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);

        assertEq(market.submitterToProver(SUBMITTER), p0, "submitter -> prover");
        address[] memory list = market.getSubmittersForProver(p0);
        assertEq(list.length, 1, "one submitter");
        assertEq(list[0], SUBMITTER, "the submitter");
        assertEq(market.getSubmittersForProver(p1).length, 0, "none for p1");

        _registerSubmitter(p0, SUBMITTER2);
        assertEq(market.getSubmittersForProver(p0).length, 2, "two submitters");
    }

    function test_registerSubmitter_revertsForNonProver() public {
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(STRANGER);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketProverNotRegistered.selector));
        vm.prank(STRANGER);
        market.registerSubmitter(SUBMITTER);
    }

    function test_registerSubmitter_inactiveProverMayStillRegister() public {
        controller.deactivateProver(p0);
        _registerSubmitter(p0, SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), p0, "registered while deactivated");
    }

    function test_registerSubmitter_revertsForSelf() public {
        vm.prank(p0);
        market.setSubmitterConsent(p0);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotRegisterSelf.selector));
        vm.prank(p0);
        market.registerSubmitter(p0);
    }

    function test_registerSubmitter_revertsForAnotherProver() public {
        vm.prank(p1);
        market.setSubmitterConsent(p0);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotRegisterProverAsSubmitter.selector, p1));
        vm.prank(p0);
        market.registerSubmitter(p1);

        // a deactivated prover is still a prover
        controller.deactivateProver(p2);
        vm.prank(p2);
        market.setSubmitterConsent(p0);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketCannotRegisterProverAsSubmitter.selector, p2));
        vm.prank(p0);
        market.registerSubmitter(p2);
    }

    function test_registerSubmitter_revertsWhenAlreadyRegistered() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterAlreadyRegistered.selector, SUBMITTER, p0));
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);

        // even with consent for another prover, one prover at a time
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterAlreadyRegistered.selector, SUBMITTER, p0));
        vm.prank(p1);
        market.registerSubmitter(SUBMITTER);
    }

    function test_registerSubmitter_revertsWithoutConsent() public {
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER));
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);

        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p1); // consent for someone else
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER));
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);

        vm.prank(SUBMITTER);
        market.setSubmitterConsent(address(0)); // consent withdrawn before registration
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER));
        vm.prank(p1);
        market.registerSubmitter(SUBMITTER);
    }

    // ------------------------------------------------------------ removal

    function test_unregisterSubmitter_byProver() public {
        _registerSubmitter(p0, SUBMITTER);
        _registerSubmitter(p0, SUBMITTER2);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterUnregistered(p0, SUBMITTER);
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), address(0), "removed");
        address[] memory list = market.getSubmittersForProver(p0);
        assertEq(list.length, 1, "one left");
        assertEq(list[0], SUBMITTER2, "the other stays");
    }

    function test_unregisterSubmitter_byProver_revertsWhenNotItsSubmitter() public {
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterNotRegistered.selector, SUBMITTER));
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER);

        _registerSubmitter(p1, SUBMITTER);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterNotRegistered.selector, SUBMITTER));
        vm.prank(p0); // registered, but to p1
        market.unregisterSubmitter(SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), p1, "untouched");
    }

    function test_unregisterSubmitter_bySubmitter() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.SubmitterUnregistered(p0, SUBMITTER);
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
        assertEq(market.submitterToProver(SUBMITTER), address(0), "left");
        assertEq(market.getSubmittersForProver(p0).length, 0, "none left");

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterNotRegistered.selector, SUBMITTER));
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
    }

    function test_unregisterSubmitter_bySubmitter_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterNotRegistered.selector, STRANGER));
        vm.prank(STRANGER);
        market.unregisterSubmitter();
    }

    /// @notice Documents current behaviour: consent is not consumed by registration, so after a
    ///         removal the prover may register the same submitter again until it withdraws consent.
    function test_consentOutlivesRemoval() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER); // no fresh consent needed
        assertEq(market.submitterToProver(SUBMITTER), p0, "registered again");

        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
        vm.prank(SUBMITTER);
        market.setSubmitterConsent(address(0));
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER));
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);
    }

    // ------------------------------------------------------------ acting for the prover

    function test_submitter_bidsRevealsAndProvesForItsProver() public {
        _registerSubmitter(p0, SUBMITTER);
        _registerSubmitter(p0, SUBMITTER2);
        bytes32 reqid = _simpleRequest(1);

        bytes32 bidHash = _bidHash(reqid, p0, 2 ether, 5); // the hash names the prover
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.NewBid(reqid, p0, bidHash);
        vm.prank(SUBMITTER);
        market.bid(reqid, bidHash);
        assertEq(market.getBidHash(reqid, p0), bidHash, "stored for the prover");
        assertEq(market.getBidHash(reqid, SUBMITTER), bytes32(0), "not for the submitter");
        assertEq(market.getProverStatsTotal(p0).bids, 1, "counted for the prover");

        _warpToReveal(reqid);
        vm.expectEmit(true, true, true, true, address(market));
        emit BrevisMarket.BidRevealed(reqid, p0, 2 ether);
        vm.prank(SUBMITTER2); // any submitter of the prover may reveal
        market.reveal(reqid, 2 ether, 5);
        (address winner,) = _winner(reqid);
        assertEq(winner, p0, "the prover wins");
        assertEq(market.assignedStake(p0), 100 ether, "stake bound on the prover");

        // the prover itself has already revealed through its submitter
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketAlreadyRevealed.selector, reqid, p0));
        _reveal(p0, reqid, 2 ether, 5);

        _warpToRevealEnd(reqid);
        _submit(SUBMITTER, reqid);
        assertEq(_status(reqid), FULFILLED, "fulfilled");
    }

    function test_submitter_isCheckedAgainstItsProversEligibility() public {
        _registerSubmitter(p0, SUBMITTER);
        controller.deactivateProver(p0);
        bytes32 reqid = _simpleRequest(1);
        vm.expectRevert(
            abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, p0, 100 ether, MIN_SELF_STAKE)
        );
        vm.prank(SUBMITTER);
        market.bid(reqid, bytes32(uint256(1)));
    }

    function test_submitter_afterRemovalActsForItselfOnly() public {
        _registerSubmitter(p0, SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        _bidVia(SUBMITTER, p0, reqid, 2 ether, 1);
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER);

        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, SUBMITTER, 100 ether, 0));
        vm.prank(SUBMITTER);
        market.bid(reqid, bytes32(uint256(1)));

        _warpToReveal(reqid);
        bytes32 actual = _bidHash(reqid, SUBMITTER, 2 ether, 1);
        vm.expectRevert(abi.encodeWithSelector(BrevisMarket.MarketBidRevealMismatch.selector, bytes32(0), actual));
        vm.prank(SUBMITTER);
        market.reveal(reqid, 2 ether, 1);
        // the prover's own bid is still there for the prover to reveal
        _reveal(p0, reqid, 2 ether, 1);
    }
}
