// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: requestProof's checks, the request id and what the market stores and returns.
contract MarketRequestRulesFidelityTest is MarketFixture {
    function _try(IBrevisMarket.ProofRequest memory req, bytes memory expectedError) internal {
        vm.expectRevert(expectedError);
        vm.prank(REQUESTER);
        market.requestProof(req);
    }

    function test_requestId_isKeccakOfPackedNonceVkAndDigest() public {
        IBrevisMarket.ProofRequest memory req = _proofRequest(42, 10 ether, MIN_SELF_STAKE, _deadline());
        vm.prank(REQUESTER);
        market.requestProof(req);
        bytes32 reqid = keccak256(abi.encodePacked(uint64(42), VK, _digest(42)));
        (, uint64 timestamp,,,,,,,) = market.getRequest(reqid);
        assertEq(timestamp, START, "stored under keccak256(abi.encodePacked(uint64 nonce, vk, digest))");
    }

    /// @notice requests(reqid) returns status, timestamp, sender, fee, vk, digest, version,
    ///         bidCount, winner and second; the escrow, event and lists follow.
    function test_requestProof_escrowsMaxFeeAndStoresTheRequest() public {
        IBrevisMarket.ProofRequest memory req = _proofRequest(1, 10 ether, 1500 ether, _deadline());
        uint256 before = brev.balanceOf(REQUESTER);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.NewRequest(_reqid(1), req);
        vm.prank(REQUESTER);
        market.requestProof(req);

        bytes32 reqid = _reqid(1);
        (
            IBrevisMarket.ReqStatus status,
            uint64 timestamp,
            address sender,
            IBrevisMarket.FeeParams memory fee,
            bytes32 vk,
            bytes32 digest,
            uint32 version,
            uint32 bidCount,
            IBrevisMarket.Bidder memory winner,
            IBrevisMarket.Bidder memory second
        ) = market.requests(reqid);
        assertEq(uint256(status), uint256(IBrevisMarket.ReqStatus.Pending), "pending");
        assertEq(timestamp, START, "created now");
        assertEq(sender, REQUESTER, "sender");
        assertEq(fee.maxFee, 10 ether, "maxFee");
        assertEq(fee.minStake, 1500 ether, "minStake");
        assertEq(fee.deadline, req.fee.deadline, "deadline");
        assertEq(vk, VK, "vk");
        assertEq(digest, _digest(1), "digest");
        assertEq(version, 0, "version");
        assertEq(bidCount, 0, "no bids");
        assertEq(winner.prover, address(0), "no winner");
        assertEq(second.prover, address(0), "no second");

        assertEq(before - brev.balanceOf(REQUESTER), 10 ether, "maxFee pulled from the requester");
        assertEq(brev.balanceOf(address(market)), 10 ether, "escrowed by the market");
        assertEq(market.getSenderPendingRequests(REQUESTER)[0], reqid, "pending for its sender");
        assertEq(market.getGlobalStatsTotal().totalRequests, 1, "counted");
    }

    function test_requestProof_deadlineMustBeInTheFuture() public {
        _try(
            _proofRequest(1, 10 ether, MIN_SELF_STAKE, _u64(START)),
            abi.encodeWithSelector(IBrevisMarket.MarketDeadlineMustBeInFuture.selector)
        );
    }

    function test_requestProof_deadlineAtMostThirtyDaysAway() public {
        uint256 latest = START + 30 days;
        _try(
            _proofRequest(1, 10 ether, MIN_SELF_STAKE, _u64(latest + 1)),
            abi.encodeWithSelector(IBrevisMarket.MarketDeadlineTooFar.selector, latest + 1, latest)
        );
        _request(1, 10 ether, MIN_SELF_STAKE, _u64(latest));
        assertEq(market.MAX_DEADLINE_DURATION(), 30 days, "MAX_DEADLINE_DURATION");
    }

    /// @notice The deadline may be the end of the reveal phase itself, not a second earlier.
    function test_requestProof_deadlineNotBeforeTheRevealPhaseEnds() public {
        uint256 revealEnd = START + BIDDING + REVEAL;
        _try(
            _proofRequest(1, 10 ether, MIN_SELF_STAKE, _u64(revealEnd - 1)),
            abi.encodeWithSelector(IBrevisMarket.MarketDeadlineBeforeRevealPhaseEnd.selector)
        );
        _request(1, 10 ether, MIN_SELF_STAKE, _u64(revealEnd));
    }

    function test_requestProof_maxFeeAtLeastMinMaxFee() public {
        _try(
            _proofRequest(1, MIN_MAX_FEE - 1, MIN_SELF_STAKE, _deadline()),
            abi.encodeWithSelector(IBrevisMarket.MarketMaxFeeTooLow.selector, MIN_MAX_FEE - 1, MIN_MAX_FEE)
        );
        _request(1, MIN_MAX_FEE, MIN_SELF_STAKE, _deadline());
    }

    /// @notice maxMaxFee 0 (the initial value) means no ceiling.
    function test_requestProof_maxFeeAtMostMaxMaxFeeWhenOneIsSet() public {
        assertEq(market.maxMaxFee(), 0, "no ceiling at first");
        _request(1, 100_000 ether, MIN_SELF_STAKE, _deadline());

        market.setMaxMaxFee(50 ether);
        _try(
            _proofRequest(2, 50 ether + 1, MIN_SELF_STAKE, _deadline()),
            abi.encodeWithSelector(IBrevisMarket.MarketMaxFeeTooHigh.selector, 50 ether + 1, 50 ether)
        );
        _request(2, 50 ether, MIN_SELF_STAKE, _deadline());
    }

    /// @notice minStake ≥ the controller's minSelfStake, read at each request.
    function test_requestProof_minStakeAtLeastTheControllersMinSelfStake() public {
        _try(
            _proofRequest(1, 10 ether, MIN_SELF_STAKE - 1, _deadline()),
            abi.encodeWithSelector(IBrevisMarket.MarketMinStakeTooLow.selector, MIN_SELF_STAKE - 1, MIN_SELF_STAKE)
        );
        _request(1, 10 ether, MIN_SELF_STAKE, _deadline());

        controller.setMinSelfStake(2000 ether);
        _try(
            _proofRequest(2, 10 ether, MIN_SELF_STAKE, _deadline()),
            abi.encodeWithSelector(IBrevisMarket.MarketMinStakeTooLow.selector, MIN_SELF_STAKE, 2000 ether)
        );
    }

    function test_requestProof_verifierVersionMustBeSet() public {
        IBrevisMarket.ProofRequest memory req = _proofRequest(1, 10 ether, MIN_SELF_STAKE, _deadline());
        req.version = 1;
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketVerifierVersionNotSet.selector, uint32(1)));

        market.setPicoVerifier(1, _versionOneVerifier());
        vm.prank(REQUESTER);
        market.requestProof(req);
        (,,,,,,,, uint32 version) = market.getRequest(_reqid(1));
        assertEq(version, 1, "version stored");
    }

    /// @notice An id is used once, even after its request is settled.
    function test_requestProof_sameIdTwiceReverts() public {
        bytes32 reqid = _simpleRequest(1);
        IBrevisMarket.ProofRequest memory again = _proofRequest(1, 20 ether, MIN_SELF_STAKE, _deadline());
        _try(again, abi.encodeWithSelector(IBrevisMarket.MarketRequestAlreadyExists.selector, reqid));

        _warpToReveal(reqid);
        market.refund(reqid);
        _try(
            _proofRequest(1, 20 ether, MIN_SELF_STAKE, _deadline()),
            abi.encodeWithSelector(IBrevisMarket.MarketRequestAlreadyExists.selector, reqid)
        );
    }

    /// @notice The same nonce with another digest is another request.
    function test_requestProof_sameNonceOtherDigestIsAnotherRequest() public {
        _simpleRequest(1);
        IBrevisMarket.ProofRequest memory req = _proofRequest(1, 10 ether, MIN_SELF_STAKE, _deadline());
        req.publicValuesDigest = keccak256("other values");
        vm.prank(REQUESTER);
        market.requestProof(req);
        assertEq(market.getSenderPendingRequests(REQUESTER).length, 2, "two requests");
    }

    /// @notice Checks run in the deployed order: deadline (future, 30 days, reveal end), maxFee
    ///         (floor, ceiling), minStake, then id and verifier version; the escrow comes last.
    function test_requestProof_checksRunInTheDeployedOrder() public {
        market.setMaxMaxFee(100 ether);
        IBrevisMarket.ProofRequest memory req = _proofRequest(1, 0, 0, _u64(START + BIDDING));
        req.version = 9;
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketDeadlineBeforeRevealPhaseEnd.selector));
        req.fee.deadline = _deadline();
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketMaxFeeTooLow.selector, 0, MIN_MAX_FEE));
        req.fee.maxFee = 200 ether;
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketMaxFeeTooHigh.selector, 200 ether, 100 ether));
        req.fee.maxFee = 10 ether;
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketMinStakeTooLow.selector, 0, MIN_SELF_STAKE));
        req.fee.minStake = 1000 ether;
        _try(req, abi.encodeWithSelector(IBrevisMarket.MarketVerifierVersionNotSet.selector, uint32(9)));
        req.version = 0;
        vm.prank(STRANGER); // no allowance, no funds
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, 10 ether)
        );
        market.requestProof(req);
    }

    function test_getRequest_unknownIdIsAllZero() public view {
        (IBrevisMarket.ReqStatus status, uint64 timestamp, address sender, uint256 maxFee,,,,,) =
            market.getRequest(keccak256("nothing"));
        assertEq(uint256(status), 0, "status reads Pending (0)");
        assertEq(timestamp + maxFee, 0, "no timestamp, no fee");
        assertEq(sender, address(0), "no sender");
    }
}
