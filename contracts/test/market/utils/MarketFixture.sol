// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {DevProofVerifier} from "../../../src/market/DevProofVerifier.sol";
import {MarketViewer} from "../../../src/market/MarketViewer.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Test} from "../../utils/Test.sol";

/// @title Shared fixture of the market tests (issue #5).
/// @notice BREV (admin and minter = this test), a StakingController (1000 BREV self-stake,
///         7-day unstake delay, 50 % maximum slash), a BrevisMarket with the devnet parameters of
///         Deploy.s.sol `_deployMarket` and the DevProofVerifier, a MarketViewer, the market's
///         reward-source and slasher roles, four Active provers (exactly the 1000 BREV self-stake
///         each, so vault assets are round numbers) and two funded requesters. Helpers build the
///         request id, bid hashes and devnet proofs exactly as the README specifies them, and
///         warp to a request's phase boundaries.
abstract contract MarketFixture is Test {
    // ------------------------------------------------------------ parameters

    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant UNSTAKE_DELAY = 7 days;
    uint256 internal constant MAX_SLASH_BPS = 5000;

    uint64 internal constant BIDDING = 5 minutes;
    uint64 internal constant REVEAL = 5 minutes;
    uint256 internal constant MIN_MAX_FEE = 1 ether;
    uint256 internal constant SLASH_BPS = 5000;
    uint256 internal constant SLASH_WINDOW = 7 days;
    uint256 internal constant PROTOCOL_FEE_BPS = 500;
    uint256 internal constant OVERCOMMIT_BPS = 10_000;
    uint256 internal constant BPS = 10_000;

    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant NUM_PROVERS = 4;
    /// @notice Every prover's default commission: 10 % of what the market pays goes to commission.
    uint64 internal constant COMMISSION_BPS = 1000;
    uint256 internal constant REQUESTER_FUNDS = 1_000_000 ether;
    bytes32 internal constant VK = keccak256("provernet-test-vk");

    uint8 internal constant PENDING = 0;
    uint8 internal constant FULFILLED = 1;
    uint8 internal constant REFUNDED = 2;
    uint8 internal constant SLASHED = 3;

    // ------------------------------------------------------------ system

    BrevToken internal brev;
    StakingController internal controller;
    DevProofVerifier internal verifier;
    BrevisMarket internal market;
    MarketViewer internal viewer;

    address internal admin;
    address internal constant TREASURY = address(0x7EA5);
    address internal constant REQUESTER = address(0xA11CE);
    address internal constant REQUESTER2 = address(0xB0B);
    address internal constant STRANGER = address(0x5757);
    address internal constant SUBMITTER = address(0x5B01);
    address internal constant SUBMITTER2 = address(0x5B02);
    address internal constant STAKER = address(0x57A4);

    address[] internal provers;
    address internal p0;
    address internal p1;
    address internal p2;
    address internal p3;

    function setUp() public virtual {
        vm.warp(START);
        admin = address(this);
        brev = new BrevToken(admin);
        controller = new StakingController(brev, admin, MIN_SELF_STAKE, UNSTAKE_DELAY, MAX_SLASH_BPS);
        controller.setSlashTreasury(TREASURY);
        verifier = new DevProofVerifier();
        market = new BrevisMarket(controller, verifier, admin, _params());
        viewer = new MarketViewer(market);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), address(market));
        controller.grantRole(controller.SLASHER_ROLE(), address(market));

        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            // casting to 'uint160' is safe: a small constant plus an index below NUM_PROVERS
            // forge-lint: disable-next-line(unsafe-typecast)
            address prover = address(uint160(0x9000 + i));
            vm.label(prover, string.concat("prover", toString(i)));
            provers.push(prover);
            _initProver(prover);
        }
        (p0, p1, p2, p3) = (provers[0], provers[1], provers[2], provers[3]);

        _fundRequester(REQUESTER);
        _fundRequester(REQUESTER2);
        vm.label(address(market), "market");
        vm.label(address(controller), "controller");
    }

    function _params() internal pure returns (BrevisMarket.Params memory) {
        return BrevisMarket.Params({
            biddingPhaseDuration: BIDDING,
            revealPhaseDuration: REVEAL,
            minMaxFee: MIN_MAX_FEE,
            slashBps: SLASH_BPS,
            slashWindow: SLASH_WINDOW,
            protocolFeeBps: PROTOCOL_FEE_BPS,
            overcommitBps: OVERCOMMIT_BPS
        });
    }

    // ------------------------------------------------------------ accounts

    function _initProver(address prover) internal {
        brev.mint(prover, MIN_SELF_STAKE);
        vm.startPrank(prover);
        brev.approve(address(controller), type(uint256).max);
        controller.initializeProver(COMMISSION_BPS);
        vm.stopPrank();
    }

    function _fundRequester(address who) internal {
        brev.mint(who, REQUESTER_FUNDS);
        vm.prank(who);
        brev.approve(address(market), type(uint256).max);
    }

    /// @dev `from` stakes `amount` more BREV with `prover` (a prover may top up its own vault in any state).
    function _stake(address from, address prover, uint256 amount) internal {
        brev.mint(from, amount);
        vm.startPrank(from);
        brev.approve(address(controller), type(uint256).max);
        controller.stake(prover, amount);
        vm.stopPrank();
    }

    function _assets(address prover) internal view returns (uint256) {
        return controller.getProverTotalAssets(prover);
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

    /// @notice The README's request id: keccak256(abi.encodePacked(uint64 nonce, vk, publicValuesDigest)).
    function _reqid(uint64 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(nonce, VK, _digest(nonce)));
    }

    function _proofRequest(uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline)
        internal
        pure
        returns (BrevisMarket.ProofRequest memory req)
    {
        req.nonce = nonce;
        req.vk = VK;
        req.publicValuesDigest = _digest(nonce);
        req.imgURL = "ipfs://elf";
        req.inputData = abi.encodePacked(nonce);
        req.inputURL = "";
        req.version = 1;
        // casting is safe: tests pass fees and stakes far below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        req.fee = BrevisMarket.FeeParams({maxFee: uint96(maxFee), minStake: uint96(minStake), deadline: deadline});
    }

    /// @notice REQUESTER asks for a proof; returns the request id computed independently of the market.
    function _request(uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline) internal returns (bytes32) {
        return _requestFrom(REQUESTER, nonce, maxFee, minStake, deadline);
    }

    function _requestFrom(address from, uint64 nonce, uint256 maxFee, uint256 minStake, uint64 deadline)
        internal
        returns (bytes32 reqid)
    {
        BrevisMarket.ProofRequest memory req = _proofRequest(nonce, maxFee, minStake, deadline);
        vm.prank(from);
        market.requestProof(req);
        reqid = _reqid(nonce);
        (, uint64 timestamp, address sender,,,,,,) = market.getRequest(reqid);
        assertEq(timestamp, block.timestamp, "request stored under the README's request id");
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
        return uint64(block.timestamp + 1 hours);
    }

    /// @dev A request with the given nonce, 10 BREV maxFee, 100 BREV minStake, one-hour deadline.
    function _simpleRequest(uint64 nonce) internal returns (bytes32) {
        return _request(nonce, 10 ether, 100 ether, _deadline());
    }

    // ------------------------------------------------------------ bids, reveals, proofs

    /// @notice The README's bid hash: keccak256(abi.encodePacked(reqid, prover, uint256 fee, uint256 nonce)).
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

    function _reveal(address prover, bytes32 reqid, uint256 fee, uint256 salt) internal {
        vm.prank(prover);
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

    /// @dev Every listed prover bids and reveals its fee (salt = index + 1), then time moves to the end of reveals.
    function _auction(bytes32 reqid, address[] memory bidders, uint256[] memory fees) internal {
        for (uint256 i = 0; i < bidders.length; ++i) {
            _bid(bidders[i], reqid, fees[i], i + 1);
        }
        _warpToReveal(reqid);
        for (uint256 i = 0; i < bidders.length; ++i) {
            _reveal(bidders[i], reqid, fees[i], i + 1);
        }
        _warpToRevealEnd(reqid);
    }

    /// @dev One prover bids and reveals `fee` alone; time ends at the close of reveals.
    function _win(address prover, bytes32 reqid, uint256 fee) internal {
        _bid(prover, reqid, fee, 7);
        _warpToReveal(reqid);
        _reveal(prover, reqid, fee, 7);
        _warpToRevealEnd(reqid);
    }

    // ------------------------------------------------------------ time

    function _biddingEnd(bytes32 reqid) internal view returns (uint256 biddingEnd) {
        (biddingEnd,) = market.getPhaseEnds(reqid);
    }

    function _revealEnd(bytes32 reqid) internal view returns (uint256 revealEnd) {
        (, revealEnd) = market.getPhaseEnds(reqid);
    }

    function _deadlineOf(bytes32 reqid) internal view returns (uint64 deadline) {
        (,,,,, deadline,,,) = market.getRequest(reqid);
    }

    /// @dev The first second of the reveal phase (bidding is closed from here on).
    function _warpToReveal(bytes32 reqid) internal {
        vm.warp(_biddingEnd(reqid));
    }

    /// @dev The first second after the reveal phase: proofs (and no-bid refunds) are accepted from here on.
    function _warpToRevealEnd(bytes32 reqid) internal {
        vm.warp(_revealEnd(reqid));
    }

    /// @dev The first second after the deadline: refunds against the winner are possible from here on.
    function _warpPastDeadline(bytes32 reqid) internal {
        vm.warp(uint256(_deadlineOf(reqid)) + 1);
    }

    // ------------------------------------------------------------ reads

    function _status(bytes32 reqid) internal view returns (uint8 status) {
        (status,,,,,,,,) = market.getRequest(reqid);
    }

    function _winner(bytes32 reqid) internal view returns (address winner, uint256 winnerFee) {
        (winner, winnerFee,,) = market.getBidders(reqid);
    }

    function _protocolFeeBalance() internal view returns (uint256 balance) {
        (, balance) = market.getProtocolFeeInfo();
    }

    function _pendingCommission(address prover) internal view returns (uint256 commission) {
        (,,, commission,,,,) = controller.getProverInfo(prover);
    }

    function _contains(bytes32[] memory list, bytes32 item) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == item) return true;
        }
        return false;
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
}
