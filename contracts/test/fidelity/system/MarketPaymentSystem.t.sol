// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): how submitProof pays the winner through the real
///        controller, and what happens when the winner can no longer be paid.
/// @notice p1 (1000 BREV of its own, 5000 of alice's) charges the market 20 %, EpochRewards 5 %
///         and anyone else its 10 % default; p2 (1000 BREV) keeps the default for every source.
contract MarketPaymentSystemTest is SystemFixture {
    uint256 internal constant MAX_FEE = 10 ether;

    function setUp() public override {
        super.setUp();
        _stake(alice, p1, 5000 ether);
        _setCommissionRate(p1, address(market), 2000);
        _setCommissionRate(p1, address(rewards), 500);
    }

    // ------------------------------------------------------------ payment

    /// @notice p1 wins at 3 BREV against p2's 5: it is paid the second price, 5 BREV, minus the
    ///         5 % protocol fee, through addRewards with the market as source, so at its 20 % rate
    ///         for the market: 0.95 BREV of commission, 3.8 BREV to the vault.
    function test_submitProof_paysTheSecondPriceLessTheFee_throughAddRewards_atTheMarketsRate() public {
        bytes32 reqid = _requestWith(1, MAX_FEE, MIN_SELF_STAKE);
        _auction(reqid, _addrs(p1, p2), _amts(3 ether, 5 ether));
        uint256[8] memory proof = _proof(reqid);
        uint256 requesterBefore = brev.balanceOf(REQUESTER);
        uint256 aliceBefore = _value(p1, alice);

        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(p1, address(market), 4.75 ether, 0.95 ether, 3.8 ether);
        _expectEmit(address(market));
        emit IBrevisMarket.ProofSubmitted(reqid, p1, proof, 5 ether);
        vm.prank(p1);
        market.submitProof(reqid, proof);

        assertEq(_pendingCommission(p1), 0.95 ether, "commission at the market's own rate");
        assertEq(_vaultAssets(p1), 6003.8 ether, "the rest donated to the vault, no shares minted");
        assertEq(_vault(p1).totalSupply(), 6000 ether, "no shares minted");
        assertGt(_value(p1, alice), aliceBefore, "alice's shares are worth more");
        assertEq(brev.balanceOf(address(controller)), 0.95 ether, "the controller holds the commission");
        assertEq(brev.balanceOf(REQUESTER) - requesterBefore, MAX_FEE - 5 ether, "maxFee less the second price back");
        assertEq(_protocolFeeBalance(), 0.25 ether, "5 % of the second price kept");
        assertEq(brev.balanceOf(address(market)), 0.25 ether, "the market keeps only the protocol fee");
        assertEq(market.getProverStatsTotal(p1).feeReceived, 4.75 ether, "feeReceived after the protocol fee");
        assertEq(market.getGlobalStatsTotal().totalFees, 4.75 ether, "totalFees after the protocol fee");
        assertEq(_claimCommission(p1), 0.95 ether, "claimable");
    }

    /// @notice Without a rate of its own for the market, the prover's default applies: p2 wins
    ///         alone at 4 BREV, is paid 3.8, 10 % of it as commission.
    function test_submitProof_withoutAMarketRate_usesTheDefaultCommission() public {
        bytes32 reqid = _requestWith(1, MAX_FEE, MIN_SELF_STAKE);
        _win(p2, reqid, 4 ether);
        uint256[8] memory proof = _proof(reqid);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(p2, address(market), 3.8 ether, 0.38 ether, 3.42 ether);
        vm.prank(p2);
        market.submitProof(reqid, proof);
        assertEq(controller.getCommissionRate(p2, address(market)), DEFAULT_COMMISSION, "the default");
        assertEq(_vaultAssets(p2), MIN_SELF_STAKE + 3.42 ether, "the stakers' part");
    }

    // ------------------------------------------------------------ a winner that cannot be paid

    /// @notice The owner deactivates the winner before its proof: submitProof reverts with the
    ///         controller's ControllerProverNotActive (the payment is refused, so the proof is). The
    ///         request stays Pending; the requester can only wait for the deadline, then anyone
    ///         refunds the whole maxFee, and the missed deadline can be slashed.
    function test_winnerDeactivatedBeforeProving_cannotBePaid_refundAfterTheDeadline() public {
        bytes32 reqid = _requestWith(1, MAX_FEE, MIN_SELF_STAKE);
        _win(p1, reqid, 4 ether);
        controller.deactivateProver(p1);
        _expectProofUnpaid(p1, reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Pending, "still pending");

        _expectCannotRefundYet(reqid);
        vm.prank(REQUESTER);
        market.refund(reqid);

        _warpPastDeadline(reqid);
        uint256 before = brev.balanceOf(REQUESTER);
        market.refund(reqid);
        assertEq(brev.balanceOf(REQUESTER) - before, MAX_FEE, "the whole maxFee back");
        assertEq(market.getProverStatsTotal(p1).requestsRefunded, 1, "counted against the winner");
        assertEq(market.assignedStake(p1), 0, "its stake is free again");
        market.slash(reqid);
        assertGt(controller.treasuryPool(), 0, "a Deactivated prover is still slashed");
    }

    /// @notice A jailed winner cannot be paid either, and cannot reactivate itself; if the owner
    ///         reactivates it before the deadline, the same proof is accepted and paid.
    function test_winnerJailedBeforeProving_cannotBePaid_untilTheOwnerReactivatesIt() public {
        bytes32 reqid = _requestWith(1, MAX_FEE, MIN_SELF_STAKE);
        _win(p1, reqid, 4 ether);
        controller.jailProver(p1);
        _expectProofUnpaid(p1, reqid);

        vm.expectRevert(IStakingController.ControllerOnlyAdmin.selector);
        vm.prank(p1);
        controller.reactivateProver(p1);

        controller.reactivateProver(p1);
        _submit(p1, reqid);
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Fulfilled, "paid once Active again");
        assertEq(_pendingCommission(p1), 0.76 ether, "3.8 BREV at the market's 20 %");
    }

    /// @notice The winner's own full exit deactivates it (it does not retire): its stakers
    ///         remain, yet the proof cannot be paid.
    function test_winnerThatExitsFully_cannotBePaid() public {
        bytes32 reqid = _requestWith(1, MAX_FEE, MIN_SELF_STAKE);
        _win(p1, reqid, 4 ether);
        _requestUnstakeAll(p1, p1);
        _assertState(p1, DEACTIVATED, "a full exit deactivates");
        _expectProofUnpaid(p1, reqid);
    }
}
