// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../src/market/interfaces/IBrevisMarket.sol";
import {SystemFixture} from "../system/utils/SystemFixture.sol";

/// @title One focused test per market write, for `forge snapshot`.
/// @notice On the real system (SystemFixture, wired as Deploy.s.sol wires it), so each figure
///         includes the controller's share: the eligibility read in bid and reveal, addRewards
///         splitting the fee between commission and stakers in submitProof, slashByAmount
///         taking from a vault and its pending unstakes in slash. Every prover has stakers
///         besides itself (p1 4000 BREV of alice's, p2 3000 of bob's, p3 5000 of alice's and
///         3000 of bob's, 1000 of which bob is unstaking); p3 staked 1000 BREV more than the
///         minimum, so the slash leaves it Active. setUp leaves every request in the phase its
///         test needs at one moment, so each test body is the single call under measurement.
contract MarketGasTest is SystemFixture {
    bytes32 private bidding; // in bidding, p1 has bid
    bytes32 private firstReveal; // in reveal, p1 has bid, nobody revealed
    bytes32 private displacing; // in reveal, p2 revealed 2 BREV, p1 bid 1 BREV
    bytes32 private proving; // proof window, p1 won at 2 BREV against p2's 3
    bytes32 private overdue; // deadline passed, p3 won
    bytes32 private slashable; // refunded after p3 missed its deadline
    bytes32 private unbid; // bidding over, no bid
    IBrevisMarket.ProofRequest private nextRequest;
    uint256[8] private proof;

    function setUp() public override {
        super.setUp();
        _initProver(p3, DEFAULT_COMMISSION);
        _stake(p3, p3, 1000 ether);
        _stake(alice, p1, 4000 ether);
        _stake(bob, p2, 3000 ether);
        _stake(alice, p3, 5000 ether);
        _stake(bob, p3, 3000 ether);
        _requestUnstake(bob, p3, _shares(p3, bob) / 3);

        uint64 firstDeadline = _u64(START + BIDDING + REVEAL);
        overdue = _request(1, 10 ether, MIN_SELF_STAKE, firstDeadline);
        slashable = _request(2, 10 ether, MIN_SELF_STAKE, firstDeadline);
        proving = _request(3, 10 ether, MIN_SELF_STAKE, _u64(START + 1 days));
        _bid(p3, overdue, 1 ether, 1);
        _bid(p3, slashable, 1 ether, 1);
        _bid(p1, proving, 2 ether, 1);
        _bid(p2, proving, 3 ether, 2);
        _warpToReveal(proving);
        _reveal(p3, overdue, 1 ether, 1);
        _reveal(p3, slashable, 1 ether, 1);
        _reveal(p1, proving, 2 ether, 1);
        _reveal(p2, proving, 3 ether, 2);

        _warpToProving(proving); // one second past the first deadline
        market.refund(slashable);
        firstReveal = _simpleRequest(4);
        displacing = _simpleRequest(5);
        unbid = _simpleRequest(6);
        _bid(p1, firstReveal, 1 ether, 1);
        _bid(p1, displacing, 1 ether, 1);
        _bid(p2, displacing, 2 ether, 2);

        _warpToReveal(displacing);
        _reveal(p2, displacing, 2 ether, 2);
        bidding = _simpleRequest(7);
        _bid(p1, bidding, 1 ether, 1);

        nextRequest = _proofRequest(8, 10 ether, MIN_SELF_STAKE, _deadline());
        proof = _proof(proving);
    }

    function test_gas_requestProof() public {
        IBrevisMarket.ProofRequest memory req = nextRequest;
        vm.prank(REQUESTER);
        market.requestProof(req);
    }

    /// @notice p2's first bid on the request.
    function test_gas_bid() public {
        bytes32 h = _bidHash(bidding, p2, 1 ether, 1);
        vm.prank(p2);
        market.bid(bidding, h);
    }

    /// @notice p1 replaces its bid.
    function test_gas_bid_replace() public {
        bytes32 h = _bidHash(bidding, p1, 2 ether, 2);
        vm.prank(p1);
        market.bid(bidding, h);
    }

    /// @notice The first reveal: p1 becomes the winner.
    function test_gas_reveal() public {
        vm.prank(p1);
        market.reveal(firstReveal, 1 ether, 1);
    }

    /// @notice p1's lower fee displaces p2 as the winner.
    function test_gas_reveal_displacesWinner() public {
        vm.prank(p1);
        market.reveal(displacing, 1 ether, 1);
    }

    /// @notice p1 is paid the second price, 3 BREV less the protocol fee, split by the controller.
    function test_gas_submitProof() public {
        uint256[8] memory words = proof;
        vm.prank(p1);
        market.submitProof(proving, words);
    }

    /// @notice The winner, p3, missed the deadline.
    function test_gas_refund() public {
        market.refund(overdue);
    }

    function test_gas_refund_noBid() public {
        market.refund(unbid);
    }

    /// @notice The controller takes 5 % of p3's vault and of bob's pending unstake.
    function test_gas_slash() public {
        market.slash(slashable);
    }
}
