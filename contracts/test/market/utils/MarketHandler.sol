// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";
import {InvariantHandler} from "../../utils/InvariantHandler.sol";

/// @title Drives the market at random for the invariant suite.
/// @notice Requests (from several requesters), sealed bids and reveals (by provers or their
///         submitters), proofs, refunds, slashes, replays of settled requests, prover state and
///         asset changes (on the mock controller), market parameter changes (phase durations
///         included: open requests' phases move with them) and time. Every action bounds its inputs and picks a
///         request for which it can succeed, or else moves the system forward (opens a request,
///         warps to the phase it needs). Calls the market must refuse (an ineligible bidder, a fee
///         above maxFee, a second settlement) are made on purpose and must fail with the right
///         error; a call it must accept that fails raises a flag too (forge would otherwise only
///         count the revert). The handler keeps its own model of each auction (winner, second
///         price, who holds which stake) and of every payout, and flags any disagreement.
contract MarketHandler is InvariantHandler {
    enum Action {
        Request,
        Bid,
        Reveal,
        Submit,
        Refund,
        Slash,
        Replay,
        ProverState,
        Params,
        Warp
    }

    uint256 public constant ACTION_COUNT = 10;
    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_OPEN = 24;
    IStakingController.ProverState private constant ACTIVE = IStakingController.ProverState.Active;

    struct Req {
        uint64 nonce;
        address requester;
        uint256 maxFee;
        uint256 minStake;
        uint64 deadline;
        uint256 createdAt;
        uint256 bidders; // provers that posted a sealed bid
        // the handler's model of the auction
        address winner;
        uint256 winnerFee;
        bool hasSecond;
        uint256 secondFee;
        // settlement
        uint8 settlements;
        bool refunded;
        bool slashed;
    }

    struct Bid {
        bool exists;
        bool revealed;
        uint256 fee;
        uint256 salt;
    }

    BrevToken public immutable brev;
    MockStakingController public immutable controller;
    BrevisMarket public immutable market;
    DevProofVerifier public immutable verifier;
    address public immutable owner;
    bytes32 public immutable vk;

    address[] internal proverList;
    address[] internal requesterList;
    mapping(address prover => address) public submitterOf;

    uint64 private nextNonce = 1;
    address private constant TREASURY = address(0x7EA5);

    bytes32[] internal allReqs;
    bytes32[] internal openReqs;
    mapping(bytes32 reqid => Req) internal reqs;
    mapping(bytes32 reqid => mapping(address prover => Bid)) internal bidsOf;

    // ------------------------------------------------------------ ghosts

    uint256 public probes;
    uint256 public refusedInactive;
    uint256 public refusedStake;
    uint256 public refusedFee;
    uint256 public refusedUnpayable;

    uint256 public totalEscrowed;
    uint256 public totalRefunded;
    uint256 public totalToProvers;
    uint256 public totalProtocolFees;
    uint256 public totalWithdrawn;
    uint256 public totalSlashed;
    uint256 public largestPayout;
    uint256 public displacements;

    bool public paidTwice;
    uint256 public settledCount;
    uint256 public fulfilledCount;
    bool public overpaid;

    constructor(
        BrevisMarket market_,
        MockStakingController controller_,
        BrevToken brev_,
        DevProofVerifier verifier_,
        address owner_,
        bytes32 vk_,
        address[] memory provers_,
        address[] memory submitters_,
        address[] memory requesters_
    ) {
        market = market_;
        controller = controller_;
        brev = brev_;
        verifier = verifier_;
        owner = owner_;
        vk = vk_;
        proverList = provers_;
        requesterList = requesters_;
        for (uint256 i = 0; i < submitters_.length; ++i) {
            if (submitters_[i] != address(0)) submitterOf[provers_[i]] = submitters_[i];
        }
    }

    // ------------------------------------------------------------ actions

    /// @dev Every action that finds nothing to act on moves the system forward instead (opens a
    ///      request, or warps to the phase it needs), so that random sequences stay productive.

    function request(uint256 requesterSeed, uint256 maxFeeSeed, uint256 minStakeSeed, uint256 lengthSeed)
        external
        action
    {
        if (openReqs.length >= MAX_OPEN) return _skip(Action.Request);
        _newRequest(requesterSeed, maxFeeSeed, minStakeSeed, lengthSeed);
    }

    /// @notice One to three provers (from proverSeed on) post sealed bids on a request in its bidding phase.
    function bid(uint256 reqSeed, uint256 proverSeed, uint256 feeSeed, bool viaSubmitter) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _inBidding);
        if (!found) {
            if (openReqs.length >= MAX_OPEN) return _skip(Action.Bid);
            reqid = _newRequest(reqSeed, feeSeed, proverSeed, reqSeed >> 128);
            if (reqid == bytes32(0)) return;
        }
        uint256 count = 1 + (proverSeed >> 128) % 3;
        for (uint256 i = 0; i < count; ++i) {
            address prover = proverList[(proverSeed % proverList.length + i) % proverList.length];
            _bid(reqid, prover, uint256(keccak256(abi.encode(feeSeed, i))), viaSubmitter);
        }
    }

    function _bid(bytes32 reqid, address prover, uint256 feeSeed, bool viaSubmitter) private {
        Req storage r = reqs[reqid];
        address sender = viaSubmitter && submitterOf[prover] != address(0) ? submitterOf[prover] : prover;
        // a tenth of the bids exceed maxFee: they can never be revealed
        uint256 fee = feeSeed % 10 == 0 ? r.maxFee + 1 + (feeSeed % 1 ether) : _bound(feeSeed, 0, r.maxFee);
        uint256 salt = uint256(keccak256(abi.encode(feeSeed, reqid, prover)));
        bytes32 bidHash = keccak256(abi.encodePacked(reqid, prover, fee, salt));

        (bool eligible, uint256 required, uint256 assets) = _eligibility(prover, r.minStake);
        _countRefusal(prover, eligible, false);
        vm.prank(sender);
        try market.bid(reqid, bidHash) {
            if (!eligible) _flag("an ineligible prover could bid");
            if (market.getBidHash(reqid, prover) != bidHash) _flag("bid hash not stored for the prover");
            if (!bidsOf[reqid][prover].exists) ++r.bidders;
            bidsOf[reqid][prover] = Bid({exists: true, revealed: false, fee: fee, salt: salt});
            _ok(Action.Bid);
        } catch (bytes memory err) {
            if (eligible) _flag("an eligible prover could not bid");
            _expectError(
                err,
                abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, prover, required, assets),
                "bid: wrong error"
            );
            ++probes;
            _skip(Action.Bid);
        }
    }

    /// @notice Reveals one to three of the sealed bids on a request in its reveal phase (moving
    ///         to the reveal phase of a request with bids when none is there yet).
    function reveal(uint256 reqSeed, uint256 proverSeed, bool viaSubmitter) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _revealable);
        if (!found) {
            // the earliest request still in bidding with a bid waiting: move to its reveal phase
            (found, reqid) = _pick(openReqs, reqSeed, _awaitingReveal);
            if (!found) return _skipOrProgress(Action.Reveal, reqSeed);
            _warpTo(_biddingEnd(reqid) + 1);
        }
        uint256 count = 1 + (proverSeed >> 128) % 3;
        uint256 n = proverList.length;
        for (uint256 k = 0; k < n && count > 0; ++k) {
            address prover = proverList[(proverSeed % n + k) % n];
            if (bidsOf[reqid][prover].exists && !bidsOf[reqid][prover].revealed) {
                _reveal(reqid, prover, viaSubmitter);
                --count;
            }
        }
    }

    function _reveal(bytes32 reqid, address prover, bool viaSubmitter) private {
        Req storage r = reqs[reqid];
        Bid storage b = bidsOf[reqid][prover];
        address sender = viaSubmitter && submitterOf[prover] != address(0) ? submitterOf[prover] : prover;

        // eligibility is checked before the fee
        bytes memory expectedError;
        (bool eligible, uint256 required, uint256 assets) = _eligibility(prover, r.minStake);
        if (!eligible) {
            expectedError =
                abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, prover, required, assets);
        } else if (b.fee > r.maxFee) {
            expectedError = abi.encodeWithSelector(IBrevisMarket.MarketFeeExceedsMaximum.selector, b.fee, r.maxFee);
        }

        _countRefusal(prover, eligible, eligible && b.fee > r.maxFee);
        vm.prank(sender);
        try market.reveal(reqid, b.fee, b.salt) {
            if (expectedError.length != 0) _flag("a reveal the market must refuse succeeded");
            b.revealed = true;
            _applyReveal(r, prover, b.fee);
            _checkBidders(reqid, r);
            _ok(Action.Reveal);
        } catch (bytes memory err) {
            if (expectedError.length == 0) _flag("a valid reveal failed");
            _expectError(err, expectedError, "reveal: wrong error");
            // a refused reveal is not retried (the prover "gives up" on it)
            b.revealed = true;
            ++probes;
            _skip(Action.Reveal);
        }
    }

    function submit(uint256 reqSeed, bool viaSubmitter) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _provable);
        if (!found) {
            // drive an auction to its end: a request with a winner still in its reveal phase, or
            // else one with sealed bids, which are all revealed first
            (found, reqid) = _pick(openReqs, reqSeed, _wonInReveal);
            if (!found) {
                (found, reqid) = _pick(openReqs, reqSeed, _unrevealedBeforeEnd);
                if (!found) return _skipOrProgress(Action.Submit, reqSeed);
                _warpTo(_biddingEnd(reqid) + 1);
                for (uint256 k = 0; k < proverList.length; ++k) {
                    address bidder = proverList[(reqSeed % proverList.length + k) % proverList.length];
                    if (bidsOf[reqid][bidder].exists && !bidsOf[reqid][bidder].revealed) {
                        _reveal(reqid, bidder, viaSubmitter);
                    }
                }
            }
            _warpTo(_revealEnd(reqid) + 1);
            // the deadline may already have passed (it may equal the end of reveals, or the phases grew)
            if (!_provable(reqid)) return _skip(Action.Submit);
        }
        Req storage r = reqs[reqid];
        address prover = r.winner;
        address sender = viaSubmitter && submitterOf[prover] != address(0) ? submitterOf[prover] : prover;
        // now and then the controller deactivates the winner just before its proof lands
        if (reqSeed % 8 == 0) controller.setState(prover, IStakingController.ProverState.Deactivated);

        uint256 actualFee = r.hasSecond ? r.secondFee : r.winnerFee;
        uint256 protocolFee = actualFee * market.protocolFeeBps() / BPS;
        uint256 requesterBefore = brev.balanceOf(r.requester);
        uint256 rewardBefore = controller.rewardsOf(prover);
        (, uint256 feeBalanceBefore) = market.getProtocolFeeInfo();
        // a winner no longer Active cannot be paid: its proof is refused unless there is nothing to pay
        bool payable_ = actualFee == protocolFee || controller.getProverState(prover) == ACTIVE;

        uint256[8] memory proof = verifier.testProof(vk, _digest(r.nonce));
        vm.prank(sender);
        try market.submitProof(reqid, proof) {
            if (!payable_) _flag("a winner that cannot be paid proved");
        } catch (bytes memory err) {
            if (payable_) _flag("the winner's valid proof was refused in its window");
            _expectError(
                err,
                abi.encodeWithSelector(IStakingController.ControllerProverNotActive.selector),
                "unpayable winner: wrong error"
            );
            ++probes;
            ++refusedUnpayable;
            return _skip(Action.Submit);
        }

        uint256 change = brev.balanceOf(r.requester) - requesterBefore;
        uint256 reward = controller.rewardsOf(prover) - rewardBefore;
        (, uint256 feeBalanceAfter) = market.getProtocolFeeInfo();
        uint256 kept = feeBalanceAfter - feeBalanceBefore;
        if (change != r.maxFee - actualFee) _flag("requester change is not maxFee - second price");
        if (reward != actualFee - protocolFee) _flag("prover reward is not second price - protocol fee");
        if (kept != protocolFee) _flag("protocol fee");
        if (change + reward + kept != r.maxFee) _flag("payouts do not add up to maxFee");
        if (reward > r.maxFee) overpaid = true;
        if (reward > largestPayout) largestPayout = reward;
        totalRefunded += change;
        totalToProvers += reward;
        totalProtocolFees += kept;
        ++fulfilledCount;
        _settle(reqid, r);
        _ok(Action.Submit);
    }

    function refund(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _refundable);
        if (!found) {
            // with many requests open, let one lapse (past its deadline if won, past its reveals if not)
            if (openReqs.length < MAX_OPEN / 3) return _skipOrProgress(Action.Refund, reqSeed);
            reqid = openReqs[reqSeed % openReqs.length];
            Req storage lapsing = reqs[reqid];
            if (lapsing.winner != address(0)) _warpTo(uint256(lapsing.deadline) + 1);
            else if (lapsing.bidders == 0) _warpTo(_biddingEnd(reqid) + 1);
            else _warpTo(_revealEnd(reqid) + 1);
        }
        _refund(reqid);
        _ok(Action.Refund);
    }

    function slash(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pick(allReqs, reqSeed, _slashable);
        if (!found) {
            // a winner misses its deadline: refund, then slash
            (found, reqid) = _pick(openReqs, reqSeed, _won);
            if (!found) return _skipOrProgress(Action.Slash, reqSeed);
            if (block.timestamp <= reqs[reqid].deadline) _warpTo(uint256(reqs[reqid].deadline) + 1);
            _refund(reqid);
        }
        Req storage r = reqs[reqid];
        // Time may have moved past the slash window since the miss: then the slash must be refused.
        if (block.timestamp > uint256(r.deadline) + market.slashWindow()) {
            try market.slash(reqid) {
                _flag("a slash after the window was accepted");
            } catch {}
            return _skip(Action.Slash);
        }
        uint256 expected = r.minStake * market.slashBps() / BPS;
        uint256 calls = controller.slashCount();
        try market.slash(reqid) {}
        catch {
            _flag("a slash within the window was refused");
            return _skip(Action.Slash);
        }
        if (controller.slashCount() != calls + 1) _flag("a slash is one slashByAmount call");
        (address slashed, uint256 amount) = controller.slashes(calls);
        if (slashed != r.winner) _flag("slashed someone else than the winner");
        if (amount != expected) _flag("slash amount is not minStake * slashBps / 10,000");
        totalSlashed += amount;
        r.slashed = true;
        _ok(Action.Slash);
    }

    /// @notice Tries to settle a settled request again (proof, refund, or a second slash): must
    ///         fail, with the error the deployed checks give first.
    function replay(uint256 reqSeed, uint256 how) external action {
        (bool found, bytes32 reqid) = _pick(allReqs, reqSeed, _settled);
        if (!found) return _skipOrProgress(Action.Replay, reqSeed);
        Req storage r = reqs[reqid];
        (IBrevisMarket.ReqStatus status,,,,,,,,) = market.getRequest(reqid);
        bytes memory statusError = abi.encodeWithSelector(IBrevisMarket.MarketInvalidRequestStatus.selector, status);
        bool ok;
        if (how % 3 == 0) {
            address sender = r.winner == address(0) ? proverList[0] : r.winner;
            uint256[8] memory proof = verifier.testProof(vk, _digest(r.nonce));
            vm.prank(sender);
            try market.submitProof(reqid, proof) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(err, _replayedProofError(reqid, r, sender, statusError), "replayed proof: wrong error");
            }
        } else if (how % 3 == 1) {
            try market.refund(reqid) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(err, statusError, "replayed refund: wrong error");
            }
        } else {
            if (!r.slashed) return _skip(Action.Replay);
            try market.slash(reqid) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(err, statusError, "second slash: wrong error");
            }
        }
        if (ok) paidTwice = true;
        _ok(Action.Replay);
    }

    /// @dev submitProof checks timing, then the caller, then the status.
    function _replayedProofError(bytes32 reqid, Req storage r, address sender, bytes memory statusError)
        private
        view
        returns (bytes memory)
    {
        uint256 revealEnd = _revealEnd(reqid);
        if (block.timestamp <= revealEnd) {
            return abi.encodeWithSelector(IBrevisMarket.MarketRevealPhaseNotEnded.selector, block.timestamp, revealEnd);
        }
        if (block.timestamp > r.deadline) {
            return abi.encodeWithSelector(IBrevisMarket.MarketDeadlinePassed.selector, block.timestamp, r.deadline);
        }
        if (sender != r.winner) {
            return abi.encodeWithSelector(IBrevisMarket.MarketNotExpectedProver.selector, r.winner, sender);
        }
        return statusError;
    }

    /// @notice The staking side moves under the market (on the mock controller): a prover is
    ///         deactivated or jailed, its vault assets change, or an inactive prover is made Active.
    function proverState(uint256 proverSeed, uint256 kind) external action {
        uint256 n = proverList.length;
        address prover = proverList[proverSeed % n];
        if (kind % 4 == 0) {
            if (controller.getProverState(prover) != ACTIVE) return _skip(Action.ProverState);
            controller.setState(
                prover,
                kind % 8 == 0 ? IStakingController.ProverState.Jailed : IStakingController.ProverState.Deactivated
            );
        } else if (kind % 4 == 1) {
            controller.setAssets(prover, _bound(kind >> 8, 1000 ether, 6000 ether));
        } else {
            bool found;
            for (uint256 k = 0; k < n && !found; ++k) {
                prover = proverList[(proverSeed % n + k) % n];
                found = controller.getProverState(prover) != ACTIVE;
            }
            if (!found) return _skip(Action.ProverState);
            controller.setState(prover, ACTIVE);
        }
        _ok(Action.ProverState);
    }

    /// @notice The owner retunes the market while requests are open: a phase duration (open
    ///         requests' phases move with it), overcommitment, protocol fee, slash fraction, or it
    ///         withdraws the protocol fees.
    function params(uint256 which, uint256 value) external action {
        vm.startPrank(owner);
        if (which % 6 == 0) {
            market.setBiddingPhaseDuration(uint64(_bound(value, 1 minutes, 10 minutes)));
        } else if (which % 6 == 1) {
            market.setRevealPhaseDuration(uint64(_bound(value, 1 minutes, 10 minutes)));
        } else if (which % 6 == 2) {
            market.setOvercommitBps(_bound(value, 0, BPS));
        } else if (which % 6 == 3) {
            market.setProtocolFeeBps(_bound(value, 0, 2000));
        } else if (which % 6 == 4) {
            market.setSlashBps(_bound(value, 0, BPS));
        } else {
            (, uint256 balance) = market.getProtocolFeeInfo();
            if (balance > 0) {
                market.withdrawProtocolFee(TREASURY);
                totalWithdrawn += balance;
            }
        }
        vm.stopPrank();
        _ok(Action.Params);
    }

    function warp(uint256 seed) external action {
        uint256 step = seed % 8 == 0 ? _bound(seed, 1 hours, 3 days) : _bound(seed, 1, 6 minutes);
        currentTime += step;
        vm.warp(currentTime);
        _ok(Action.Warp);
    }

    // ------------------------------------------------------------ views for the invariants

    function provers() external view returns (address[] memory) {
        return proverList;
    }

    function openRequests() external view returns (bytes32[] memory) {
        return openReqs;
    }

    function allRequests() external view returns (bytes32[] memory) {
        return allReqs;
    }

    function requestInfo(bytes32 reqid)
        external
        view
        returns (uint256 maxFee, uint256 minStake, address winner, uint8 settlements)
    {
        Req storage r = reqs[reqid];
        return (r.maxFee, r.minStake, r.winner, r.settlements);
    }

    /// @notice Σ minStake of the open requests the handler's model says `prover` wins.
    function modelAssigned(address prover) public view returns (uint256 total) {
        for (uint256 i = 0; i < openReqs.length; ++i) {
            Req storage r = reqs[openReqs[i]];
            if (r.winner == prover) total += r.minStake;
        }
    }

    function actionName(uint256 i) external pure returns (string memory) {
        string[ACTION_COUNT] memory names =
            ["request", "bid", "reveal", "submit", "refund", "slash", "replay", "proverState", "params", "warp"];
        return names[i];
    }

    function actionSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](ACTION_COUNT);
        selectors[0] = this.request.selector;
        selectors[1] = this.bid.selector;
        selectors[2] = this.reveal.selector;
        selectors[3] = this.submit.selector;
        selectors[4] = this.refund.selector;
        selectors[5] = this.slash.selector;
        selectors[6] = this.replay.selector;
        selectors[7] = this.proverState.selector;
        selectors[8] = this.params.selector;
        selectors[9] = this.warp.selector;
    }

    // ------------------------------------------------------------ internals

    function _applyReveal(Req storage r, address prover, uint256 fee) private {
        if (r.winner == address(0) || fee < r.winnerFee) {
            if (r.winner != address(0)) {
                (r.hasSecond, r.secondFee) = (true, r.winnerFee);
                ++displacements;
            }
            (r.winner, r.winnerFee) = (prover, fee);
        } else if (!r.hasSecond || fee < r.secondFee) {
            (r.hasSecond, r.secondFee) = (true, fee);
        }
    }

    function _checkBidders(bytes32 reqid, Req storage r) private {
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        if (winner != r.winner || winnerFee != r.winnerFee) _flag("winner differs from the model");
        if ((second != address(0)) != r.hasSecond || (r.hasSecond && secondFee != r.secondFee)) {
            _flag("second price differs from the model");
        }
    }

    /// @dev Records a settlement (proof or refund); the market must show it settled that way.
    function _settle(bytes32 reqid, Req storage r) private {
        if (r.settlements > 0) paidTwice = true;
        ++r.settlements;
        ++settledCount;
        (IBrevisMarket.ReqStatus status,,,,,,,,) = market.getRequest(reqid);
        IBrevisMarket.ReqStatus expected =
            r.refunded ? IBrevisMarket.ReqStatus.Refunded : IBrevisMarket.ReqStatus.Fulfilled;
        if (status != expected) _flag("market status after settlement");
        for (uint256 i = 0; i < openReqs.length; ++i) {
            if (openReqs[i] == reqid) {
                openReqs[i] = openReqs[openReqs.length - 1];
                openReqs.pop();
                return;
            }
        }
        _flag("settled a request that was not open");
    }

    /// @dev Eligibility from first principles: Active, and vault assets >= minStake + the
    ///      model's assigned stake * overcommitBps / 10000.
    function _eligibility(address prover, uint256 minStake)
        private
        view
        returns (bool eligible, uint256 required, uint256 assets)
    {
        required = minStake + modelAssigned(prover) * market.overcommitBps() / BPS;
        assets = controller.vaultAssets(prover);
        eligible = controller.getProverState(prover) == ACTIVE && assets >= required;
    }

    function _digest(uint64 nonce) private pure returns (bytes32) {
        return keccak256(abi.encodePacked("handler", nonce));
    }

    /// @dev Phase ends from the durations in force, as the market computes them.
    function _biddingEnd(bytes32 reqid) private view returns (uint256) {
        return reqs[reqid].createdAt + market.biddingPhaseDuration();
    }

    function _revealEnd(bytes32 reqid) private view returns (uint256) {
        return _biddingEnd(reqid) + market.revealPhaseDuration();
    }

    function _newRequest(uint256 requesterSeed, uint256 maxFeeSeed, uint256 minStakeSeed, uint256 lengthSeed)
        private
        returns (bytes32 reqid)
    {
        address requester = requesterList[requesterSeed % requesterList.length];
        uint256 maxFee = _bound(maxFeeSeed, 1 ether, 50 ether);
        // mostly affordable for every prover, sometimes only for well-staked ones
        uint256 minStake = minStakeSeed % 8 == 0
            ? _bound(minStakeSeed, 3000 ether, 4000 ether)
            : _bound(minStakeSeed, 1000 ether, 1500 ether);
        // a deadline from the end of the reveal phase itself to two hours after it
        uint64 deadline = uint64(
            block.timestamp + market.biddingPhaseDuration() + market.revealPhaseDuration()
                + _bound(lengthSeed, 0, 2 hours)
        );
        uint64 nonce = nextNonce++;
        bytes32 digest = _digest(nonce);

        IBrevisMarket.ProofRequest memory req;
        req.nonce = nonce;
        req.vk = vk;
        req.publicValuesDigest = digest;
        // casting is safe: both are bounded far below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        req.fee = IBrevisMarket.FeeParams({maxFee: uint96(maxFee), minStake: uint96(minStake), deadline: deadline});

        uint256 before = brev.balanceOf(requester);
        vm.prank(requester);
        try market.requestProof(req) {}
        catch {
            _flag("a valid request was refused");
            return bytes32(0);
        }
        if (brev.balanceOf(requester) != before - maxFee) _flag("request did not escrow maxFee");

        reqid = keccak256(abi.encodePacked(nonce, vk, digest));
        (, uint64 createdAt,,,,,,,) = market.getRequest(reqid);
        if (createdAt != block.timestamp) _flag("request not stored under the deployed id");
        Req storage r = reqs[reqid];
        r.nonce = nonce;
        r.requester = requester;
        r.maxFee = maxFee;
        r.minStake = minStake;
        r.deadline = deadline;
        r.createdAt = block.timestamp;
        allReqs.push(reqid);
        openReqs.push(reqid);
        totalEscrowed += maxFee;
        _ok(Action.Request);
    }

    function _countRefusal(address prover, bool eligible, bool feeTooHigh) private {
        if (feeTooHigh) ++refusedFee;
        else if (eligible) return;
        else if (controller.getProverState(prover) != ACTIVE) ++refusedInactive;
        else ++refusedStake;
    }

    /// @dev Nothing for `a` to act on: open a request and let two or three provers bid on it instead.
    function _skipOrProgress(Action a, uint256 seed) private {
        _skip(a);
        if (openReqs.length >= MAX_OPEN) return;
        seed = uint256(keccak256(abi.encode("progress", seed)));
        bytes32 reqid = _newRequest(seed, seed >> 64, seed >> 128, seed >> 192);
        if (reqid == bytes32(0)) return;
        uint256 count = 2 + seed % 2;
        for (uint256 i = 0; i < count; ++i) {
            _bid(reqid, proverList[(seed % proverList.length + i) % proverList.length], seed >> i, seed % 2 == 0);
        }
    }

    function _refund(bytes32 reqid) private {
        Req storage r = reqs[reqid];
        uint256 before = brev.balanceOf(r.requester);
        try market.refund(reqid) {}
        catch {
            _flag("a due refund was refused");
            return;
        }
        if (brev.balanceOf(r.requester) - before != r.maxFee) _flag("refund is not maxFee");
        totalRefunded += r.maxFee;
        r.refunded = true;
        _settle(reqid, r);
    }

    function _hasUnrevealedBid(bytes32 reqid) private view returns (bool) {
        for (uint256 k = 0; k < proverList.length; ++k) {
            Bid storage b = bidsOf[reqid][proverList[k]];
            if (b.exists && !b.revealed) return true;
        }
        return false;
    }

    function _inBidding(bytes32 reqid) private view returns (bool) {
        return block.timestamp <= _biddingEnd(reqid);
    }

    function _revealable(bytes32 reqid) private view returns (bool) {
        return block.timestamp > _biddingEnd(reqid) && block.timestamp <= _revealEnd(reqid) && _hasUnrevealedBid(reqid);
    }

    function _awaitingReveal(bytes32 reqid) private view returns (bool) {
        return block.timestamp <= _biddingEnd(reqid) && _hasUnrevealedBid(reqid);
    }

    function _unrevealedBeforeEnd(bytes32 reqid) private view returns (bool) {
        return block.timestamp <= _revealEnd(reqid) && _hasUnrevealedBid(reqid);
    }

    function _won(bytes32 reqid) private view returns (bool) {
        return reqs[reqid].winner != address(0);
    }

    function _wonInReveal(bytes32 reqid) private view returns (bool) {
        return reqs[reqid].winner != address(0) && block.timestamp <= _revealEnd(reqid);
    }

    function _provable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.winner != address(0) && block.timestamp > _revealEnd(reqid) && block.timestamp <= r.deadline;
    }

    /// @dev The deployed refund rule: past the deadline; bidding over without a bid; reveals over without a winner.
    function _refundable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return block.timestamp > r.deadline || (block.timestamp > _biddingEnd(reqid) && r.bidders == 0)
            || (block.timestamp > _revealEnd(reqid) && r.winner == address(0));
    }

    function _slashable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.refunded && !r.slashed && r.winner != address(0)
            && block.timestamp <= uint256(r.deadline) + market.slashWindow();
    }

    function _settled(bytes32 reqid) private view returns (bool) {
        return reqs[reqid].settlements > 0;
    }

    function _ok(Action a) private {
        _countOk(uint256(a));
    }

    function _skip(Action a) private {
        _countSkip(uint256(a));
    }
}
