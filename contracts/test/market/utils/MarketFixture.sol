// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketViewer} from "../../../src/market/MarketViewer.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {IPicoVerifier} from "../../../src/pico/IPicoVerifier.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";
import {Test} from "../../utils/Test.sol";

/// @title Shared fixture of the market tests.
/// @notice BREV (admin and minter = this test), a MockStakingController (1000 BREV minimum
///         self-stake), a BrevisMarket built and configured as Deploy.s.sol `_deployMarket` does
///         (DevProofVerifier as version 0, 5-minute phases, 1 BREV minMaxFee, slashBps 5000,
///         7-day slash window, 5 % protocol fee, overcommitBps at its default 500), a
///         MarketViewer, four Active provers with 10,000 BREV of vault assets each and two
///         funded requesters. This test is the market's owner and epoch updater. Helpers build
///         request ids, bid hashes and devnet proofs as the deployed protocol defines them, and
///         move time to the phase boundaries the market computes from the durations in force.
abstract contract MarketFixture is Test {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    // ------------------------------------------------------------ parameters

    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant PROVER_ASSETS = 10_000 ether;

    uint64 internal constant BIDDING = 5 minutes;
    uint64 internal constant REVEAL = 5 minutes;
    uint256 internal constant MIN_MAX_FEE = 1 ether;
    uint256 internal constant SLASH_BPS = 5000;
    uint256 internal constant SLASH_WINDOW = 7 days;
    uint256 internal constant PROTOCOL_FEE_BPS = 500;
    uint256 internal constant DEFAULT_OVERCOMMIT_BPS = 500;
    uint256 internal constant BPS = 10_000;

    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant NUM_PROVERS = 4;
    uint256 internal constant REQUESTER_FUNDS = 1_000_000 ether;
    bytes32 internal constant VK = keccak256("provernet-test-vk");

    IStakingController.ProverState internal constant NULL = IStakingController.ProverState.Null;
    IStakingController.ProverState internal constant ACTIVE = IStakingController.ProverState.Active;
    IStakingController.ProverState internal constant DEACTIVATED = IStakingController.ProverState.Deactivated;
    IStakingController.ProverState internal constant JAILED = IStakingController.ProverState.Jailed;

    // ------------------------------------------------------------ system

    BrevToken internal brev;
    MockStakingController internal controller;
    DevProofVerifier internal verifier;
    BrevisMarket internal market;
    MarketViewer internal viewer;

    address internal owner;
    address internal constant REQUESTER = address(0xA11CE);
    address internal constant REQUESTER2 = address(0xB0B);
    address internal constant STRANGER = address(0x5757);
    address internal constant SUBMITTER = address(0x5B01);
    address internal constant SUBMITTER2 = address(0x5B02);
    address internal constant TREASURY = address(0x7EA5);

    address[] internal provers;
    address internal p0;
    address internal p1;
    address internal p2;
    address internal p3;

    function setUp() public virtual {
        vm.warp(START);
        owner = address(this);
        brev = new BrevToken(owner);
        controller = new MockStakingController(brev, MIN_SELF_STAKE);
        verifier = new DevProofVerifier();
        market = new BrevisMarket(verifier, _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
        market.setSlashBps(SLASH_BPS);
        market.setSlashWindow(SLASH_WINDOW);
        market.setProtocolFeeBps(PROTOCOL_FEE_BPS);
        viewer = new MarketViewer(address(market));

        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            // casting to 'uint160' is safe: a small constant plus an index below NUM_PROVERS
            // forge-lint: disable-next-line(unsafe-typecast)
            address prover = address(uint160(0x9000 + i));
            vm.label(prover, string.concat("prover", toString(i)));
            provers.push(prover);
            controller.setProver(prover, ACTIVE, PROVER_ASSETS);
        }
        (p0, p1, p2, p3) = (provers[0], provers[1], provers[2], provers[3]);

        _fundRequester(REQUESTER);
        _fundRequester(REQUESTER2);
        vm.label(address(market), "market");
        vm.label(address(controller), "controller");
    }

    function _controller() internal view returns (IStakingController) {
        return IStakingController(address(controller));
    }

    // ------------------------------------------------------------ accounts

    function _fundRequester(address who) internal {
        brev.mint(who, REQUESTER_FUNDS);
        vm.prank(who);
        brev.approve(address(market), type(uint256).max);
    }

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

    /// @dev A request with the given nonce, 10 BREV maxFee, minStake = the minimum self-stake, one-hour deadline.
    function _simpleRequest(uint64 nonce) internal returns (bytes32) {
        return _request(nonce, 10 ether, MIN_SELF_STAKE, _deadline());
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

    function _lastSlash() internal view returns (address prover, uint256 amount) {
        (prover, amount) = controller.slashes(controller.slashCount() - 1);
    }

    function _contains(bytes32[] memory list, bytes32 item) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == item) return true;
        }
        return false;
    }

    function _one(bytes32 a) internal pure returns (bytes32[] memory list) {
        list = new bytes32[](1);
        list[0] = a;
    }

    function _pair(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory list) {
        list = new bytes32[](2);
        (list[0], list[1]) = (a, b);
    }

    function _pair(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        (list[0], list[1]) = (a, b);
    }

    function _pair(uint256 a, uint256 b) internal pure returns (uint256[] memory list) {
        list = new uint256[](2);
        (list[0], list[1]) = (a, b);
    }

    function _triple(address a, address b, address c) internal pure returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function _triple(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory list) {
        list = new uint256[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    /// @dev forge prints calls to its console address (no forge-std here).
    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    /// @dev A verifier for another version: accepts any proof whose first word is 1.
    function _versionOneVerifier() internal returns (IPicoVerifier) {
        return IPicoVerifier(address(new FirstWordVerifier()));
    }
}

/// @dev A second verifier, to tell apart which version the market consulted.
contract FirstWordVerifier is IPicoVerifier {
    error FirstWordNotOne();

    function verifyPicoProof(bytes32, bytes calldata, uint256[8] calldata proof) external pure {
        if (proof[0] != 1) revert FirstWordNotOne();
    }

    function verifyPicoProof(bytes32, bytes32, uint256[8] calldata proof) external pure {
        if (proof[0] != 1) revert FirstWordNotOne();
    }
}
