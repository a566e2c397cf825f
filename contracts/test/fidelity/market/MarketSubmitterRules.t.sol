// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: submitters, from consent to removal, and what they may do for their prover.
contract MarketSubmitterRulesFidelityTest is MarketFixture {
    function _consent(address submitter, address prover) internal {
        vm.prank(submitter);
        market.setSubmitterConsent(prover);
    }

    function _register(address prover, address submitter, bytes memory expectedError) internal {
        vm.expectRevert(expectedError);
        vm.prank(prover);
        market.registerSubmitter(submitter);
    }

    // ------------------------------------------------------------ consent

    /// @notice The submitter names the prover it consents to (address(0) withdraws); the event
    ///         carries the previous and the new prover.
    function test_consent_isSetAndWithdrawnByTheSubmitter() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterConsentUpdated(SUBMITTER, address(0), p0);
        _consent(SUBMITTER, p0);
        assertEq(market.submitterConsent(SUBMITTER), p0, "consent recorded");

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterConsentUpdated(SUBMITTER, p0, p1);
        _consent(SUBMITTER, p1);

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterConsentUpdated(SUBMITTER, p1, address(0));
        _consent(SUBMITTER, address(0));
        assertEq(market.submitterConsent(SUBMITTER), address(0), "withdrawn");
    }

    function test_consent_cannotNameOneself() public {
        vm.expectRevert(IBrevisMarket.MarketCannotRegisterSelf.selector);
        _consent(SUBMITTER, SUBMITTER);
    }

    // ------------------------------------------------------------ registration

    function test_register_needsTheSubmittersConsentToThisProver() public {
        _register(
            p0, SUBMITTER, abi.encodeWithSelector(IBrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER)
        );
        _consent(SUBMITTER, p1);
        _register(
            p0, SUBMITTER, abi.encodeWithSelector(IBrevisMarket.MarketSubmitterConsentRequired.selector, SUBMITTER)
        );

        _consent(SUBMITTER, p0);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterRegistered(p0, SUBMITTER);
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), p0, "registered");
        assertEq(market.getSubmittersForProver(p0)[0], SUBMITTER, "listed");
    }

    /// @notice Any prover state but Null may register (a deactivated or jailed prover too).
    function test_register_byAProverInAnyStateButNull() public {
        controller.setState(p0, DEACTIVATED);
        controller.setState(p1, JAILED);
        _consent(SUBMITTER, p0);
        _consent(SUBMITTER2, p1);
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);
        vm.prank(p1);
        market.registerSubmitter(SUBMITTER2);

        _consent(address(0xD00D), STRANGER);
        _register(STRANGER, address(0xD00D), abi.encodeWithSelector(IBrevisMarket.MarketProverNotRegistered.selector));
    }

    function test_register_zeroAddressOrSelfReverts() public {
        _register(p0, address(0), abi.encodeWithSelector(IBrevisMarket.MarketZeroAddress.selector));
        _register(p0, p0, abi.encodeWithSelector(IBrevisMarket.MarketCannotRegisterSelf.selector));
    }

    /// @notice An account that is a prover (any state but Null) can never be a submitter.
    function test_register_aProverCannotBecomeASubmitter() public {
        controller.setState(p1, DEACTIVATED);
        _consent(p1, p0);
        _register(p0, p1, abi.encodeWithSelector(IBrevisMarket.MarketCannotRegisterProverAsSubmitter.selector, p1));
    }

    function test_register_submitterOfAnotherProverReverts() public {
        _registerSubmitter(p0, SUBMITTER);
        _consent(SUBMITTER, p1);
        _register(
            p1,
            SUBMITTER,
            abi.encodeWithSelector(IBrevisMarket.MarketSubmitterAlreadyRegistered.selector, SUBMITTER, p0)
        );
    }

    /// @notice Surprising but deployed: registering one's own submitter again succeeds and emits again.
    function test_register_againByTheSameProverSucceedsAndEmitsAgain() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterRegistered(p0, SUBMITTER);
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);
        assertEq(market.getSubmittersForProver(p0).length, 1, "listed once");
    }

    /// @notice Checks run in the deployed order: zero, self, caller not a prover, held by another
    ///         prover, submitter is a prover, consent.
    function test_register_checksRunInTheDeployedOrder() public {
        _registerSubmitter(p1, SUBMITTER);
        controller.setState(SUBMITTER, ACTIVE); // held by p1 *and* now a prover, without consent to p0
        _register(STRANGER, SUBMITTER, abi.encodeWithSelector(IBrevisMarket.MarketProverNotRegistered.selector));
        _register(
            p0,
            SUBMITTER,
            abi.encodeWithSelector(IBrevisMarket.MarketSubmitterAlreadyRegistered.selector, SUBMITTER, p1)
        );
        _register(
            p1,
            SUBMITTER,
            abi.encodeWithSelector(IBrevisMarket.MarketCannotRegisterProverAsSubmitter.selector, SUBMITTER)
        );
    }

    /// @notice registerSubmitters registers each, or none if one fails.
    function test_registerSubmitters_registersEachOrNone() public {
        _consent(SUBMITTER, p0);
        _consent(SUBMITTER2, p0);
        address[] memory both = _addrs(SUBMITTER, SUBMITTER2);
        address[] memory withStranger = _addrs(SUBMITTER, STRANGER);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSubmitterConsentRequired.selector, STRANGER));
        vm.prank(p0);
        market.registerSubmitters(withStranger);
        assertEq(market.submitterToProver(SUBMITTER), address(0), "rolled back");

        vm.prank(p0);
        market.registerSubmitters(both);
        assertEq(market.getSubmittersForProver(p0).length, 2, "both registered");
    }

    // ------------------------------------------------------------ removal

    function test_unregister_byTheProver() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.expectRevert(IBrevisMarket.MarketNotAuthorized.selector);
        vm.prank(p1);
        market.unregisterSubmitter(SUBMITTER);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSubmitterNotRegistered.selector, SUBMITTER2));
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER2);

        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterUnregistered(p0, SUBMITTER);
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), address(0), "removed");
        assertEq(market.getSubmittersForProver(p0).length, 0, "unlisted");
    }

    function test_unregister_byTheSubmitterItself() public {
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSubmitterNotRegistered.selector, SUBMITTER));
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();

        _registerSubmitter(p0, SUBMITTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SubmitterUnregistered(p0, SUBMITTER);
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
        assertEq(market.getSubmittersForProver(p0).length, 0, "unlisted");
    }

    function test_unregisterSubmitters_removesEachOrNone() public {
        _registerSubmitter(p0, SUBMITTER);
        _registerSubmitter(p0, SUBMITTER2);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSubmitterNotRegistered.selector, STRANGER));
        vm.prank(p0);
        market.unregisterSubmitters(_addrs(SUBMITTER, STRANGER));
        assertEq(market.getSubmittersForProver(p0).length, 2, "rolled back");

        vm.prank(p0);
        market.unregisterSubmitters(_addrs(SUBMITTER, SUBMITTER2));
        assertEq(market.getSubmittersForProver(p0).length, 0, "both removed");
    }

    /// @notice Consent is not used up: after removal the prover may register the submitter again
    ///         until the submitter withdraws its consent.
    function test_consent_outlivesRemoval() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.prank(SUBMITTER);
        market.unregisterSubmitter();
        vm.prank(p0);
        market.registerSubmitter(SUBMITTER);
        assertEq(market.submitterToProver(SUBMITTER), p0, "registered again on the old consent");
    }

    // ------------------------------------------------------------ acting for the prover

    /// @notice A submitter bids, reveals and proves as its prover: bids are stored and announced
    ///         under the prover, whose eligibility counts, and the prover is paid.
    function test_submitter_actsAsItsProver() public {
        _registerSubmitter(p0, SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        bytes32 h = _bidHash(reqid, p0, 2 ether, 1);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.NewBid(reqid, p0, h);
        vm.prank(SUBMITTER);
        market.bid(reqid, h);
        assertEq(market.getBidHash(reqid, SUBMITTER), bytes32(0), "nothing under the submitter");

        _warpToReveal(reqid);
        _reveal(SUBMITTER, reqid, 2 ether, 1);
        (address winner,) = _winner(reqid);
        assertEq(winner, p0, "the prover wins");
        _warpToProving(reqid);
        _submit(SUBMITTER, reqid);
        assertEq(controller.rewardsOf(p0), 2 ether - 2 ether * PROTOCOL_FEE_BPS / BPS, "the prover is paid");
        assertEq(market.getProverStatsTotal(p0).bids, 1, "stats are the prover's");

        controller.setState(p0, DEACTIVATED);
        bytes32 other = _simpleRequest(2);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p0, MIN_SELF_STAKE, PROVER_ASSETS)
        );
        vm.prank(SUBMITTER);
        market.bid(other, bytes32(uint256(1)));
    }

    /// @notice Once removed, a submitter acts for itself only.
    function test_submitter_afterRemovalActsForItselfOnly() public {
        _registerSubmitter(p0, SUBMITTER);
        vm.prank(p0);
        market.unregisterSubmitter(SUBMITTER);
        bytes32 reqid = _simpleRequest(1);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, SUBMITTER, MIN_SELF_STAKE, 0)
        );
        vm.prank(SUBMITTER);
        market.bid(reqid, bytes32(uint256(1)));
    }
}
