// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketFixture} from "../market/utils/MarketFixture.sol";

/// @title The gas of the prover's market writes (bid, reveal, submitProof), held to
///        .gas-snapshot by `npm test` (forge snapshot --check).
/// @notice setUp staggers three requests so that, at its final time, one is open for bids, one
///         is in its reveal phase and one has a revealed winner ready for its proof; each test
///         body is the one call under measurement.
contract MarketGasTest is MarketFixture {
    uint256 private constant FEE = 4 ether;
    uint256 private constant SALT = 7;

    bytes32 private biddingReq;
    bytes32 private revealingReq;
    bytes32 private provingReq;
    bytes32 private bidHash;
    uint256[8] private proof;

    function setUp() public override {
        super.setUp();
        provingReq = _simpleRequest(1);
        _bid(p0, provingReq, FEE, SALT);
        _warpToReveal(provingReq);
        _reveal(p0, provingReq, FEE, SALT);
        revealingReq = _simpleRequest(2);
        _bid(p1, revealingReq, FEE, SALT);
        _warpToRevealEnd(provingReq);
        _warpToReveal(revealingReq);
        biddingReq = _simpleRequest(3);
        bidHash = _bidHash(biddingReq, p2, FEE, SALT);
        proof = _proof(provingReq);
    }

    function test_gas_bid() public {
        vm.prank(p2);
        market.bid(biddingReq, bidHash);
    }

    function test_gas_reveal() public {
        vm.prank(p1);
        market.reveal(revealingReq, FEE, SALT);
    }

    function test_gas_submitProof() public {
        vm.prank(p0);
        market.submitProof(provingReq, proof);
    }
}
