// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): a submitter acts for its prover — bids, reveals
///        and proves in the prover's name — only while the real controller has that prover
///        Active; what becomes of a retired prover's submitters.
/// @notice SUBMITTER consented to p1 and p1 registered it.
contract MarketSubmittersSystemTest is SystemFixture {
    function setUp() public override {
        super.setUp();
        _registerSubmitter(p1, SUBMITTER);
    }

    /// @notice The bid is stored under p1, p1 wins, and the proof pays p1 (RewardsAdded names p1
    ///         with the market as source); the submitter itself holds nothing.
    function test_submitter_bidsRevealsAndProvesForAnActiveProver() public {
        bytes32 reqid = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        bytes32 bidHash = _bidVia(SUBMITTER, p1, reqid, 2 ether, 1);
        assertEq(market.getBidHash(reqid, p1), bidHash, "stored under the prover");
        assertEq(market.getBidHash(reqid, SUBMITTER), bytes32(0), "nothing under the submitter");
        _warpToReveal(reqid);
        _reveal(SUBMITTER, reqid, 2 ether, 1);
        (address winner,) = _winner(reqid);
        assertEq(winner, p1, "the prover wins");
        _warpToProving(reqid);

        uint256[8] memory proof = _proof(reqid);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(p1, address(market), 1.9 ether, 0.19 ether, 1.71 ether);
        vm.prank(SUBMITTER);
        market.submitProof(reqid, proof);
        assertEq(brev.balanceOf(SUBMITTER), 0, "the submitter is paid nothing");
    }

    /// @notice Once its prover is not Active, the submitter can neither bid, reveal nor be paid
    ///         for a proof (though p1, with alice's 2000 BREV, has the assets); when the prover
    ///         is Active again, it can.
    function test_submitter_actsOnlyWhileItsProverIsActive() public {
        _stake(alice, p1, 2000 ether);
        bytes32 won = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        _win(p1, won, 2 ether);
        bytes32 next = _requestWith(2, 10 ether, MIN_SELF_STAKE);
        _bidVia(SUBMITTER, p1, next, 2 ether, 1);
        controller.deactivateProver(p1);

        uint256 required = MIN_SELF_STAKE + MIN_SELF_STAKE * market.overcommitBps() / BPS;
        bytes memory notEligible =
            abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p1, required, 3000 ether);
        vm.expectRevert(notEligible);
        _bidVia(SUBMITTER, p1, next, 3 ether, 2);
        _warpToReveal(next);
        vm.expectRevert(notEligible);
        _reveal(SUBMITTER, next, 2 ether, 1);
        _expectProofUnpaid(SUBMITTER, won);

        vm.prank(p1);
        controller.reactivateProver(p1);
        _submit(SUBMITTER, won);
        _assertStatus(won, IBrevisMarket.ReqStatus.Fulfilled, "proved by the submitter once p1 is Active");
    }

    /// @notice Surprising but deployed: retirement does not touch the market. The link stays
    ///         (and keeps the submitter from serving anyone else until it leaves), its bids are
    ///         refused as p1's with 0 assets, p1 may still unregister it but register no one, and
    ///         p1 — a Null prover again — may itself become another prover's submitter.
    function test_retiredProver_submittersStayLinkedButCannotAct() public {
        _emptyProver(p1);
        vm.prank(p1);
        controller.retireProver(p1);
        assertEq(market.submitterToProver(SUBMITTER), p1, "still linked");
        assertEq(market.getSubmittersForProver(p1).length, 1, "still listed");

        bytes32 reqid = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, p1, MIN_SELF_STAKE, 0));
        _bidVia(SUBMITTER, p1, reqid, 1 ether, 1);

        vm.prank(SUBMITTER);
        market.setSubmitterConsent(p2);
        vm.expectRevert(abi.encodeWithSelector(IBrevisMarket.MarketSubmitterAlreadyRegistered.selector, SUBMITTER, p1));
        vm.prank(p2);
        market.registerSubmitter(SUBMITTER);

        vm.prank(bob);
        market.setSubmitterConsent(p1);
        vm.expectRevert(IBrevisMarket.MarketProverNotRegistered.selector);
        vm.prank(p1);
        market.registerSubmitter(bob);

        vm.prank(p1);
        market.unregisterSubmitter(SUBMITTER);
        vm.prank(p2);
        market.registerSubmitter(SUBMITTER);
        _registerSubmitter(p2, p1);
        assertEq(market.submitterToProver(p1), p2, "the retired prover submits for p2");
    }
}
