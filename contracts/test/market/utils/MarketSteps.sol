// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {Lists} from "../../utils/Lists.sol";
import {Test} from "../../utils/Test.sol";

/// @title What a market test does, whatever controller stands behind the market.
/// @notice Builds request ids, bid hashes and devnet proofs as the deployed protocol defines
///         them, requests, bids, reveals and proves, and moves time to the phase boundaries the
///         market computes from the durations in force. The fixture that inherits this deploys
///         `market` (with `verifier`, the DevProofVerifier, as version 0) and funds REQUESTER.
abstract contract MarketSteps is Test, Lists {
    bytes32 internal constant VK = keccak256("provernet-test-vk");
    address internal constant REQUESTER = address(0xA11CE);

    BrevisMarket internal market;
    DevProofVerifier internal verifier;

    // ------------------------------------------------------------ accounts

    /// @dev Submitter consent then registration: `submitter` acts for `prover` afterwards.
    function _registerSubmitter(address prover, address submitter) internal {
        vm.prank(submitter);
        market.setSubmitterConsent(prover);
        vm.prank(prover);
        market.registerSubmitter(submitter);
    }

    // ------------------------------------------------------------ requests

    function _digest(uint64 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("public-values", nonce));
    }

    /// @notice The deployed request id: keccak256(abi.encodePacked(uint64 nonce, vk, publicValuesDigest)).
    function _reqid(uint64 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(nonce, VK, _digest(nonce)));
    }

    function _proofRequest(uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline)
        internal
        pure
        returns (IBrevisMarket.ProofRequest memory req)
    {
        req.nonce = nonce;
        req.vk = VK;
        req.publicValuesDigest = _digest(nonce);
        req.imgURL = "ipfs://elf";
        req.inputData = abi.encodePacked(nonce);
        req.inputURL = "";
        req.version = 0;
        // casting is safe: tests pass fees and stakes far below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        req.fee = IBrevisMarket.FeeParams({maxFee: uint96(maxFee), minStake: uint96(minStake), deadline: deadline});
    }

    /// @notice REQUESTER asks for a proof; returns the request id computed independently of the market.
    function _request(uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline) internal returns (bytes32) {
        return _requestFrom(REQUESTER, nonce, maxFee, minStake, deadline);
    }

    function _requestFrom(address from, uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline)
        internal
        returns (bytes32 reqid)
    {
        IBrevisMarket.ProofRequest memory req = _proofRequest(nonce, maxFee, minStake, deadline);
        vm.prank(from);
        market.requestProof(req);
        reqid = _reqid(nonce);
        (, uint64 timestamp, address sender,,,,,,) = market.getRequest(reqid);
        assertEq(timestamp, block.timestamp, "request stored under the deployed request id");
        assertEq(sender, from, "request sender");
    }

    /// @dev A point in time as the uint64 the market stores.
    function _u64(uint256 time) internal pure returns (uint64) {
        require(time <= type(uint64).max, "time beyond uint64");
        // casting to 'uint64' is safe: checked just above
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(time);
    }

    /// @dev A deadline one hour out: well after the 10 minutes of bidding and reveal.
    function _deadline() internal view returns (uint64) {
        return _u64(block.timestamp + 1 hours);
    }

    /// @dev A request with the given nonce, 10 BREV maxFee, minStake = the controller's minimum
    ///      self-stake, one-hour deadline.
    function _simpleRequest(uint64 nonce) internal returns (bytes32) {
        return _request(nonce, 10 ether, market.stakingController().minSelfStake(), _deadline());
    }

    // ------------------------------------------------------------ bids, reveals, proofs

    /// @notice The deployed bid hash: keccak256(abi.encodePacked(reqid, prover, uint256 fee, uint256 nonce)).
    function _bidHash(bytes32 reqid, address prover, uint256 fee, uint256 salt) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(reqid, prover, fee, salt));
    }

    function _bid(address prover, bytes32 reqid, uint256 fee, uint256 salt) internal returns (bytes32 bidHash) {
        return _bidVia(prover, prover, reqid, fee, salt);
    }

    /// @dev `sender` (the prover or one of its submitters) posts the prover's sealed bid.
    function _bidVia(address sender, address prover, bytes32 reqid, uint256 fee, uint256 salt)
        internal
        returns (bytes32 bidHash)
    {
        bidHash = _bidHash(reqid, prover, fee, salt);
        vm.prank(sender);
        market.bid(reqid, bidHash);
    }

    function _reveal(address sender, bytes32 reqid, uint256 fee, uint256 salt) internal {
        vm.prank(sender);
        market.reveal(reqid, fee, salt);
    }

    /// @notice The one proof the DevProofVerifier accepts for this request.
    function _proof(bytes32 reqid) internal view returns (uint256[8] memory) {
        (,,,,,, bytes32 vk, bytes32 digest,) = market.getRequest(reqid);
        return verifier.testProof(vk, digest);
    }

    function _submit(address sender, bytes32 reqid) internal {
        uint256[8] memory proof = _proof(reqid);
        vm.prank(sender);
        market.submitProof(reqid, proof);
    }

    /// @dev Every listed prover bids and reveals its fee (salt = index + 1), then time moves to
    ///      the first second of proving.
    function _auction(bytes32 reqid, address[] memory bidders, uint256[] memory fees) internal {
        for (uint256 i = 0; i < bidders.length; ++i) {
            _bid(bidders[i], reqid, fees[i], i + 1);
        }
        _warpToReveal(reqid);
        for (uint256 i = 0; i < bidders.length; ++i) {
            _reveal(bidders[i], reqid, fees[i], i + 1);
        }
        _warpToProving(reqid);
    }

    /// @dev One prover bids and reveals `fee` alone; time ends at the first second of proving.
    function _win(address prover, bytes32 reqid, uint256 fee) internal {
        _bid(prover, reqid, fee, 7);
        _warpToReveal(reqid);
        _reveal(prover, reqid, fee, 7);
        _warpToProving(reqid);
    }

    // ------------------------------------------------------------ time (durations in force)

    function _createdAt(bytes32 reqid) internal view returns (uint256 createdAt) {
        (, createdAt,,,,,,,) = market.getRequest(reqid);
    }

    /// @dev The last second of bidding.
    function _biddingEnd(bytes32 reqid) internal view returns (uint256) {
        return _createdAt(reqid) + market.biddingPhaseDuration();
    }

    /// @dev The last second of reveals.
    function _revealEnd(bytes32 reqid) internal view returns (uint256) {
        return _biddingEnd(reqid) + market.revealPhaseDuration();
    }

    function _deadlineOf(bytes32 reqid) internal view returns (uint64 deadline) {
        (,,,,, deadline,,,) = market.getRequest(reqid);
    }

    /// @dev The first second of the reveal phase.
    function _warpToReveal(bytes32 reqid) internal {
        vm.warp(_biddingEnd(reqid) + 1);
    }

    /// @dev The first second proofs are accepted.
    function _warpToProving(bytes32 reqid) internal {
        vm.warp(_revealEnd(reqid) + 1);
    }

    /// @dev Expects the next call to be a refund refused as too early, with the phase ends the
    ///      market computes now.
    function _expectCannotRefundYet(bytes32 reqid) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                IBrevisMarket.MarketCannotRefundYet.selector,
                block.timestamp,
                _deadlineOf(reqid),
                _biddingEnd(reqid),
                _revealEnd(reqid)
            )
        );
    }

    /// @dev The first second after the deadline.
    function _warpPastDeadline(bytes32 reqid) internal {
        vm.warp(uint256(_deadlineOf(reqid)) + 1);
    }

    // ------------------------------------------------------------ reads

    function _status(bytes32 reqid) internal view returns (IBrevisMarket.ReqStatus status) {
        (status,,,,,,,,) = market.getRequest(reqid);
    }

    function _assertStatus(bytes32 reqid, IBrevisMarket.ReqStatus expected, string memory message) internal view {
        assertEq(uint256(_status(reqid)), uint256(expected), message);
    }

    function _winner(bytes32 reqid) internal view returns (address winner, uint256 winnerFee) {
        (winner, winnerFee,,) = market.getBidders(reqid);
    }

    function _bidCount(bytes32 reqid) internal view returns (uint32 bidCount) {
        (,,,,,,, bidCount,,) = market.requests(reqid);
    }

    function _protocolFeeBalance() internal view returns (uint256 balance) {
        (, balance) = market.getProtocolFeeInfo();
    }
}
