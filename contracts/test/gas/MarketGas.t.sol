// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../market/utils/MarketFixture.sol";

/// @title One focused test per market write, for `forge snapshot`.
/// @notice setUp leaves every request in the phase its test needs at one moment (T = START + 902),
///         so each test body is the single call under measurement; the call's own gas (gasleft
///         around it) is also logged (forge test -vv). Against the mock controller, so the
///         figures leave out the real controller's addRewards and slashByAmount work.
contract MarketGasTest is MarketFixture {
    bytes32 private bidding; // in bidding, p0 has bid
    bytes32 private firstReveal; // in reveal, p0 has bid, nobody revealed
    bytes32 private displacing; // in reveal, p1 revealed 2 BREV, p0 bid 1 BREV
    bytes32 private proving; // proof window, p0 won at 2 BREV against p1's 3
    bytes32 private overdue; // deadline passed, p2 won
    bytes32 private slashable; // refunded after p3 missed its deadline
    bytes32 private unbid; // bidding over, no bid
    IBrevisMarket.ProofRequest private nextRequest;
    uint256[8] private proof;

    function setUp() public override {
        super.setUp();
        overdue = _request(1, 10 ether, MIN_SELF_STAKE, _u64(START + BIDDING + REVEAL));
        slashable = _request(2, 10 ether, MIN_SELF_STAKE, _u64(START + BIDDING + REVEAL));
        proving = _request(3, 10 ether, MIN_SELF_STAKE, _u64(START + 1 days));
        _bid(p2, overdue, 1 ether, 1);
        _bid(p3, slashable, 1 ether, 1);
        _bid(p0, proving, 2 ether, 1);
        _bid(p1, proving, 3 ether, 2);
        vm.warp(START + BIDDING + 1);
        _reveal(p2, overdue, 1 ether, 1);
        _reveal(p3, slashable, 1 ether, 1);
        _reveal(p0, proving, 2 ether, 1);
        _reveal(p1, proving, 3 ether, 2);

        vm.warp(START + BIDDING + REVEAL + 1);
        market.refund(slashable);
        firstReveal = _simpleRequest(4);
        displacing = _simpleRequest(5);
        unbid = _simpleRequest(6);
        _bid(p0, firstReveal, 1 ether, 1);
        _bid(p0, displacing, 1 ether, 1);
        _bid(p1, displacing, 2 ether, 2);

        vm.warp(START + 2 * (BIDDING + REVEAL) - REVEAL + 2); // START + 902: reveals of 4 and 5 open
        _reveal(p1, displacing, 2 ether, 2);
        bidding = _simpleRequest(7);
        _bid(p0, bidding, 1 ether, 1);

        nextRequest = _proofRequest(8, 10 ether, MIN_SELF_STAKE, _deadline());
        proof = _proof(proving);
    }

    function test_gas_requestProof() public {
        IBrevisMarket.ProofRequest memory req = nextRequest;
        vm.prank(REQUESTER);
        uint256 g = gasleft();
        market.requestProof(req);
        _log("requestProof gas", g - gasleft());
    }

    function test_gas_bid() public {
        bytes32 h = _bidHash(bidding, p1, 1 ether, 1);
        vm.prank(p1);
        uint256 g = gasleft();
        market.bid(bidding, h);
        _log("bid (first bid of the prover) gas", g - gasleft());
    }

    function test_gas_bid_replace() public {
        bytes32 h = _bidHash(bidding, p0, 2 ether, 2);
        vm.prank(p0);
        uint256 g = gasleft();
        market.bid(bidding, h);
        _log("bid (replacing the prover's bid) gas", g - gasleft());
    }

    function test_gas_reveal() public {
        vm.prank(p0);
        uint256 g = gasleft();
        market.reveal(firstReveal, 1 ether, 1);
        _log("reveal (first, becomes winner) gas", g - gasleft());
    }

    function test_gas_reveal_displacesWinner() public {
        vm.prank(p0);
        uint256 g = gasleft();
        market.reveal(displacing, 1 ether, 1);
        _log("reveal (lower fee displaces the winner) gas", g - gasleft());
    }

    function test_gas_submitProof() public {
        uint256[8] memory words = proof;
        vm.prank(p0);
        uint256 g = gasleft();
        market.submitProof(proving, words);
        _log("submitProof (second price) gas", g - gasleft());
    }

    function test_gas_refund() public {
        uint256 g = gasleft();
        market.refund(overdue);
        _log("refund (winner missed the deadline) gas", g - gasleft());
    }

    function test_gas_refund_noBid() public {
        uint256 g = gasleft();
        market.refund(unbid);
        _log("refund (no bid) gas", g - gasleft());
    }

    function test_gas_slash() public {
        uint256 g = gasleft();
        market.slash(slashable);
        _log("slash gas", g - gasleft());
    }
}
