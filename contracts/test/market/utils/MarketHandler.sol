// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {DevProofVerifier} from "../../../src/market/DevProofVerifier.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Vm, VM_ADDRESS} from "../../utils/Vm.sol";

/// @title Drives the market at random for the invariant suite.
/// @notice Requests (from several requesters), sealed bids and reveals (by provers or their
///         submitters), proofs, refunds, slashes, replays of settled requests, prover state
///         changes, market parameter changes and time. Every action bounds its inputs and picks a
///         request for which it can succeed, or else moves the system forward (opens a request,
///         warps to the phase it needs). Calls the market must refuse (an ineligible bidder, a fee
///         above maxFee, a second settlement) are made on purpose and must fail with the right
///         error; a call it must accept that fails raises a flag too (forge would otherwise only
///         count the revert). The handler keeps its own model of each auction (winner, second
///         price, who holds which stake) and of every payout, and flags any disagreement.
contract MarketHandler {
    Vm private constant vm = Vm(VM_ADDRESS);

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
    uint8 private constant ACTIVE = 1;
    uint8 private constant STATUS_FULFILLED = 1;
    uint8 private constant STATUS_REFUNDED = 2;

    struct Req {
        uint64 nonce;
        address requester;
        uint256 maxFee;
        uint256 minStake;
        uint64 deadline;
        uint256 biddingEnd;
        uint256 revealEnd;
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
    StakingController public immutable controller;
    BrevisMarket public immutable market;
    DevProofVerifier public immutable verifier;
    address public immutable admin;
    bytes32 public immutable vk;

    address[] internal proverList;
    address[] internal requesterList;
    mapping(address prover => address) public submitterOf;

    uint256 public currentTime;
    uint64 private nextNonce = 1;

    bytes32[] internal allReqs;
    bytes32[] internal openReqs;
    mapping(bytes32 reqid => Req) internal reqs;
    mapping(bytes32 reqid => mapping(address prover => Bid)) internal bidsOf;

    // ------------------------------------------------------------ ghosts

    uint256[ACTION_COUNT] internal okCounts;
    uint256[ACTION_COUNT] internal skipCounts;
    uint256 public probes;
    uint256 public refusedInactive;
    uint256 public refusedStake;
    uint256 public refusedFee;
    uint256 public successfulCalls;
    uint256 public skippedCalls;

    uint256 public totalEscrowed;
    uint256 public totalRefunded;
    uint256 public totalToProvers;
    uint256 public totalProtocolFees;
    uint256 public totalSlashed;
    uint256 public largestPayout;
    uint256 public displacements;

    bool public modelError;
    string public modelNote;
    bool public paidTwice;
    uint256 public settledCount;
    uint256 public fulfilledCount;
    bool public overpaid;

    constructor(
        BrevisMarket market_,
        StakingController controller_,
        BrevToken brev_,
        DevProofVerifier verifier_,
        address admin_,
        bytes32 vk_,
        address[] memory provers_,
        address[] memory submitters_,
        address[] memory requesters_
    ) {
        market = market_;
        controller = controller_;
        brev = brev_;
        verifier = verifier_;
        admin = admin_;
        vk = vk_;
        proverList = provers_;
        requesterList = requesters_;
        for (uint256 i = 0; i < submitters_.length; ++i) {
            if (submitters_[i] != address(0)) submitterOf[provers_[i]] = submitters_[i];
        }
        currentTime = block.timestamp;
    }

    modifier action() {
        vm.warp(currentTime);
        _;
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
        (bool found, bytes32 reqid) = _pickOpen(reqSeed, _inBidding);
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
            bidsOf[reqid][prover] = Bid({exists: true, revealed: false, fee: fee, salt: salt});
            _ok(Action.Bid);
        } catch (bytes memory err) {
            if (eligible) _flag("an eligible prover could not bid");
            _expectError(
                err,
                abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, prover, required, assets),
                "bid: wrong error"
            );
            ++probes;
            _skip(Action.Bid);
        }
    }

    /// @notice Reveals one to three of the sealed bids on a request in its reveal phase (moving
    ///         to the reveal phase of a request with bids when none is there yet).
    function reveal(uint256 reqSeed, uint256 proverSeed, bool viaSubmitter) external action {
        (bool found, bytes32 reqid) = _pickOpen(reqSeed, _revealable);
        if (!found) {
            // the earliest request still in bidding with a bid waiting: move to its reveal phase
            (found, reqid) = _pickOpen(reqSeed, _awaitingReveal);
            if (!found) return _skipOrProgress(Action.Reveal, reqSeed);
            _warpTo(reqs[reqid].biddingEnd);
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

        bytes memory expectedError;
        (bool eligible, uint256 required, uint256 assets) = _eligibility(prover, r.minStake);
        if (b.fee > r.maxFee) {
            expectedError = abi.encodeWithSelector(BrevisMarket.MarketFeeExceedsMaximum.selector, b.fee, r.maxFee);
        } else if (!eligible) {
            expectedError =
                abi.encodeWithSelector(BrevisMarket.MarketProverNotEligible.selector, prover, required, assets);
        }

        _countRefusal(prover, eligible, b.fee > r.maxFee);
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
        (bool found, bytes32 reqid) = _pickOpen(reqSeed, _provable);
        if (!found) {
            // drive an auction to its end: a request with a winner still in its reveal phase, or
            // else one with sealed bids, which are all revealed first
            (found, reqid) = _pickOpen(reqSeed, _wonInReveal);
            if (!found) {
                (found, reqid) = _pickOpen(reqSeed, _unrevealedBeforeEnd);
                if (!found) return _skipOrProgress(Action.Submit, reqSeed);
                _warpTo(reqs[reqid].biddingEnd);
                for (uint256 k = 0; k < proverList.length; ++k) {
                    address bidder = proverList[(reqSeed % proverList.length + k) % proverList.length];
                    if (bidsOf[reqid][bidder].exists && !bidsOf[reqid][bidder].revealed) {
                        _reveal(reqid, bidder, viaSubmitter);
                    }
                }
                if (reqs[reqid].winner == address(0)) return _skip(Action.Submit);
            }
            _warpTo(reqs[reqid].revealEnd);
        }
        Req storage r = reqs[reqid];
        address prover = r.winner;
        address sender = viaSubmitter && submitterOf[prover] != address(0) ? submitterOf[prover] : prover;

        uint256 actualFee = r.hasSecond ? r.secondFee : r.winnerFee;
        uint256 protocolFee = actualFee * market.protocolFeeBps() / BPS;
        uint256 requesterBefore = brev.balanceOf(r.requester);
        uint256 proverBefore = _proverValue(prover);
        (, uint256 feeBalanceBefore) = market.getProtocolFeeInfo();

        uint256[8] memory proof = verifier.testProof(vk, keccak256(abi.encodePacked("handler", r.nonce)));
        vm.prank(sender);
        try market.submitProof(reqid, proof) {}
        catch {
            _flag("the winner's valid proof was refused in its window");
            return _skip(Action.Submit);
        }

        uint256 refunded = brev.balanceOf(r.requester) - requesterBefore;
        uint256 reward = _proverValue(prover) - proverBefore;
        (, uint256 feeBalanceAfter) = market.getProtocolFeeInfo();
        uint256 kept = feeBalanceAfter - feeBalanceBefore;
        if (refunded != r.maxFee - actualFee) _flag("requester change is not maxFee - second price");
        if (reward != actualFee - protocolFee) _flag("prover reward is not second price - protocol fee");
        if (kept != protocolFee) _flag("protocol fee");
        if (refunded + reward + kept != r.maxFee) _flag("payouts do not add up to maxFee");
        if (reward > r.maxFee) overpaid = true;
        if (reward > largestPayout) largestPayout = reward;
        totalRefunded += refunded;
        totalToProvers += reward;
        totalProtocolFees += kept;
        ++fulfilledCount;
        _settle(reqid, r);
        _ok(Action.Submit);
    }

    function refund(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pickOpen(reqSeed, _refundable);
        if (!found) {
            // with many requests open, let one lapse (past its deadline if won, past its reveals if not)
            if (openReqs.length < MAX_OPEN / 3) return _skipOrProgress(Action.Refund, reqSeed);
            reqid = openReqs[reqSeed % openReqs.length];
            Req storage lapsing = reqs[reqid];
            _warpTo(lapsing.winner == address(0) ? lapsing.revealEnd : uint256(lapsing.deadline) + 1);
        }
        _refund(reqid);
        _ok(Action.Refund);
    }

    function slash(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pickAny(reqSeed, _slashable);
        if (!found) {
            // a winner misses its deadline: refund, then slash
            (found, reqid) = _pickOpen(reqSeed, _won);
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
        uint256 assetsBefore = controller.getProverTotalAssets(r.winner);
        uint256 target = r.minStake * market.slashBps() / BPS;
        try market.slash(reqid) {}
        catch {
            _flag("a slash within the window was refused");
            return _skip(Action.Slash);
        }
        uint256 assetsAfter = controller.getProverTotalAssets(r.winner);
        if (assetsAfter > assetsBefore) _flag("a slash raised the vault");
        uint256 taken = assetsBefore - assetsAfter;
        uint256 cap = assetsBefore * controller.maxSlashBps() / BPS;
        uint256 floor = target < cap ? target : cap;
        if (taken < floor) _flag("slashed less than minStake * slashBps");
        if (taken > floor + assetsBefore / BPS + 1) _flag("slashed more than minStake * slashBps");
        totalSlashed += taken;
        r.slashed = true;
        _ok(Action.Slash);
    }

    /// @notice Tries to settle a settled request again (proof, refund, or a second slash): must fail.
    function replay(uint256 reqSeed, uint256 how) external action {
        (bool found, bytes32 reqid) = _pickAny(reqSeed, _settled);
        if (!found) return _skipOrProgress(Action.Replay, reqSeed);
        Req storage r = reqs[reqid];
        (uint8 status,,,,,,,,) = market.getRequest(reqid);
        bool ok;
        if (how % 3 == 0) {
            address sender = r.winner == address(0) ? proverList[0] : r.winner;
            uint256[8] memory proof = verifier.testProof(vk, keccak256(abi.encodePacked("handler", r.nonce)));
            vm.prank(sender);
            try market.submitProof(reqid, proof) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(
                    err,
                    abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, status),
                    "replayed proof: wrong error"
                );
            }
        } else if (how % 3 == 1) {
            try market.refund(reqid) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(
                    err,
                    abi.encodeWithSelector(BrevisMarket.MarketRequestNotPending.selector, reqid, status),
                    "replayed refund: wrong error"
                );
            }
        } else {
            if (!r.slashed) return _skip(Action.Replay);
            try market.slash(reqid) {
                ok = true;
            } catch (bytes memory err) {
                _expectError(
                    err,
                    abi.encodeWithSelector(BrevisMarket.MarketCannotSlash.selector, reqid),
                    "second slash: wrong error"
                );
            }
        }
        if (ok) paidTwice = true;
        _ok(Action.Replay);
    }

    /// @notice The staking side moves under the market: deactivation by the admin (a quarter of
    ///         the calls), a self top-up, or reactivation of an inactive prover (topped up to the
    ///         minimum self-stake first) when its slashing scale allows it.
    function proverState(uint256 proverSeed, uint256 kind) external action {
        uint256 n = proverList.length;
        address prover = proverList[proverSeed % n];
        if (kind % 4 == 0) {
            if (controller.getProverState(prover) != ACTIVE) return _skip(Action.ProverState);
            vm.prank(admin);
            controller.deactivateProver(prover);
        } else if (kind % 4 == 1) {
            _topUp(prover, _bound(kind, 1 ether, 1000 ether));
        } else {
            bool found;
            for (uint256 k = 0; k < n && !found; ++k) {
                prover = proverList[(proverSeed % n + k) % n];
                found = controller.getProverState(prover) != ACTIVE
                    && controller.getProverSlashingScale(prover) >= controller.DEACTIVATION_SCALE();
            }
            if (!found) return _skip(Action.ProverState);
            uint256 self = controller.getProverTotalAssets(prover);
            if (self < controller.minSelfStake() + 1 ether) _topUp(prover, controller.minSelfStake() + 2 ether - self);
            vm.prank(admin);
            controller.reactivateProver(prover);
        }
        _ok(Action.ProverState);
    }

    /// @dev The prover adds to its own vault (allowed in any state); only provers hold shares here.
    function _topUp(address prover, uint256 amount) private {
        vm.prank(admin);
        brev.mint(prover, amount);
        vm.prank(prover);
        controller.stake(prover, amount);
    }

    /// @notice The admin retunes the market while requests are open: phase durations (which must
    ///         not move open requests' phases), overcommitment, protocol fee or slash fraction.
    function params(uint256 which, uint256 value) external action {
        vm.startPrank(admin);
        if (which % 4 == 0) {
            // casting to 'uint64' is safe: both are bounded to minutes
            // forge-lint: disable-next-line(unsafe-typecast)
            market.setPhaseDurations(
                uint64(_bound(value, 1 minutes, 10 minutes)), uint64(_bound(value >> 64, 1 minutes, 10 minutes))
            );
        } else if (which % 4 == 1) {
            market.setOvercommitBps(_bound(value, 0, 20_000));
        } else if (which % 4 == 2) {
            market.setProtocolFeeBps(_bound(value, 0, 2000));
        } else {
            market.setSlashParams(_bound(value, 0, BPS), market.slashWindow());
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

    function okCount(Action a) external view returns (uint256) {
        return okCounts[uint256(a)];
    }

    function skipCount(Action a) external view returns (uint256) {
        return skipCounts[uint256(a)];
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
        (uint8 status,,,,,,,,) = market.getRequest(reqid);
        if (status != (r.refunded ? STATUS_REFUNDED : STATUS_FULFILLED)) _flag("market status after settlement");
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
        assets = controller.getProverTotalAssets(prover);
        eligible = controller.getProverState(prover) == ACTIVE && assets >= required;
    }

    /// @dev What a market payment adds for the prover: vault assets plus pending commission.
    function _proverValue(address prover) private view returns (uint256) {
        (,,, uint256 commission,,,,) = controller.getProverInfo(prover);
        return controller.getProverTotalAssets(prover) + commission;
    }

    function _newRequest(uint256 requesterSeed, uint256 maxFeeSeed, uint256 minStakeSeed, uint256 lengthSeed)
        private
        returns (bytes32 reqid)
    {
        address requester = requesterList[requesterSeed % requesterList.length];
        uint256 maxFee = _bound(maxFeeSeed, 1 ether, 50 ether);
        // mostly affordable for every prover, sometimes only for well-staked ones
        uint256 minStake =
            minStakeSeed % 8 == 0 ? _bound(minStakeSeed, 2000 ether, 3200 ether) : _bound(minStakeSeed, 0, 400 ether);
        uint64 deadline = uint64(
            block.timestamp + market.biddingPhaseDuration() + market.revealPhaseDuration()
                + _bound(lengthSeed, 1, 2 hours)
        );
        uint64 nonce = nextNonce++;
        bytes32 digest = keccak256(abi.encodePacked("handler", nonce));

        BrevisMarket.ProofRequest memory req;
        req.nonce = nonce;
        req.vk = vk;
        req.publicValuesDigest = digest;
        req.version = 1;
        // casting is safe: both are bounded far below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        req.fee = BrevisMarket.FeeParams({maxFee: uint96(maxFee), minStake: uint96(minStake), deadline: deadline});

        uint256 before = brev.balanceOf(requester);
        vm.prank(requester);
        try market.requestProof(req) {}
        catch {
            _flag("a valid request was refused");
            return bytes32(0);
        }
        if (brev.balanceOf(requester) != before - maxFee) _flag("request did not escrow maxFee");

        reqid = keccak256(abi.encodePacked(nonce, vk, digest));
        (uint256 biddingEnd, uint256 revealEnd) = market.getPhaseEnds(reqid);
        if (biddingEnd == 0) _flag("request not stored under the README id");
        Req storage r = reqs[reqid];
        r.nonce = nonce;
        r.requester = requester;
        r.maxFee = maxFee;
        r.minStake = minStake;
        r.deadline = deadline;
        r.biddingEnd = biddingEnd;
        r.revealEnd = revealEnd;
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

    function _warpTo(uint256 t) private {
        if (t > currentTime) {
            currentTime = t;
            vm.warp(t);
        }
    }

    function _pickOpen(uint256 seed, function(bytes32) view returns (bool) fits) private view returns (bool, bytes32) {
        uint256 n = openReqs.length;
        for (uint256 k = 0; k < n; ++k) {
            bytes32 reqid = openReqs[(seed % n + k) % n];
            if (fits(reqid)) return (true, reqid);
        }
        return (false, bytes32(0));
    }

    function _pickAny(uint256 seed, function(bytes32) view returns (bool) fits) private view returns (bool, bytes32) {
        uint256 n = allReqs.length;
        for (uint256 k = 0; k < n; ++k) {
            bytes32 reqid = allReqs[(seed % n + k) % n];
            if (fits(reqid)) return (true, reqid);
        }
        return (false, bytes32(0));
    }

    function _hasUnrevealedBid(bytes32 reqid) private view returns (bool) {
        for (uint256 k = 0; k < proverList.length; ++k) {
            Bid storage b = bidsOf[reqid][proverList[k]];
            if (b.exists && !b.revealed) return true;
        }
        return false;
    }

    function _inBidding(bytes32 reqid) private view returns (bool) {
        return block.timestamp < reqs[reqid].biddingEnd;
    }

    function _revealable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return block.timestamp >= r.biddingEnd && block.timestamp < r.revealEnd && _hasUnrevealedBid(reqid);
    }

    function _awaitingReveal(bytes32 reqid) private view returns (bool) {
        return block.timestamp < reqs[reqid].biddingEnd && _hasUnrevealedBid(reqid);
    }

    function _unrevealedBeforeEnd(bytes32 reqid) private view returns (bool) {
        return block.timestamp < reqs[reqid].revealEnd && _hasUnrevealedBid(reqid);
    }

    function _won(bytes32 reqid) private view returns (bool) {
        return reqs[reqid].winner != address(0);
    }

    function _wonInReveal(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.winner != address(0) && block.timestamp < r.revealEnd;
    }

    function _provable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.winner != address(0) && block.timestamp >= r.revealEnd && block.timestamp <= r.deadline;
    }

    function _refundable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        if (r.winner == address(0)) return block.timestamp >= r.revealEnd;
        return block.timestamp > r.deadline;
    }

    function _slashable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.refunded && !r.slashed && r.winner != address(0)
            && block.timestamp <= uint256(r.deadline) + market.slashWindow();
    }

    function _settled(bytes32 reqid) private view returns (bool) {
        return reqs[reqid].settlements > 0;
    }

    function _expectError(bytes memory actual, bytes memory expected, string memory note) private {
        if (keccak256(actual) != keccak256(expected)) _flag(note);
    }

    function _ok(Action a) private {
        ++okCounts[uint256(a)];
        ++successfulCalls;
    }

    function _skip(Action a) private {
        ++skipCounts[uint256(a)];
        ++skippedCalls;
    }

    function _flag(string memory note) private {
        if (modelError) return;
        modelError = true;
        modelNote = note;
    }

    function _bound(uint256 value, uint256 min, uint256 max) private pure returns (uint256) {
        return min + (value % (max - min + 1));
    }
}
