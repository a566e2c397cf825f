// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {InvariantHandler} from "../../utils/InvariantHandler.sol";
import {SlashForecast} from "./SlashForecast.sol";

/// @title Drives the market and the real staking controller together for the system invariants.
/// @notice Requests, sealed bids and reveals, proofs paid through addRewards, refunds and market
///         slashes carried out by the controller; on the staking side stakes, unstake requests
///         and completions, the owner deactivating, jailing and reactivating provers, provers
///         leaving in full and claiming commission; the owner withdrawing protocol fees and the
///         treasury; and time. Every action bounds its inputs and acts only where it can
///         succeed, or moves the system forward. Each call's result is checked against what the
///         deployed rules predict from the state before it (eligibility, the payment and its
///         commission split, the slash as bps of vault assets plus pending unstakes or its
///         refusal at the scale floor); a disagreement raises a flag the invariants read. The
///         handler also counts every wei it sees go in and out.
contract SystemHandler is InvariantHandler {
    enum Action {
        Request,
        Bid,
        Reveal,
        Submit,
        Refund,
        Slash,
        Stake,
        Unstake,
        Complete,
        ProverState,
        Withdraw,
        Warp
    }

    uint256 public constant ACTION_COUNT = 12;
    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_OPEN = 16;
    uint256 private constant MAX_PENDING_UNSTAKES = 10;
    bytes32 private constant VK = keccak256("system-handler-vk");
    address public constant TREASURY = address(0x7EA5);
    IStakingController.ProverState private constant ACTIVE = IStakingController.ProverState.Active;

    struct Req {
        uint64 nonce;
        address requester;
        uint256 maxFee;
        uint256 minStake;
        uint64 deadline;
        uint256 createdAt;
        bool hasBids;
        uint256 unrevealed; // provers whose sealed bid waits to be revealed
        bool refunded;
        bool slashed;
    }

    struct Bid {
        bool exists;
        bool revealed;
        uint256 fee;
    }

    BrevToken public immutable brev;
    StakingController public immutable controller;
    BrevisMarket public immutable market;
    DevProofVerifier public immutable verifier;
    address public immutable owner;

    address[] internal proverList;
    address[] internal stakerList;
    address[] internal requesterList;

    uint64 private nextNonce = 1;
    bytes32[] internal allReqs;
    bytes32[] internal openReqs;
    mapping(bytes32 reqid => Req) internal reqs;
    mapping(bytes32 reqid => mapping(address prover => Bid)) internal bids;
    mapping(address prover => bool) internal everSlashed;

    // ------------------------------------------------------------ ghosts

    uint256 public totalEscrowed;
    uint256 public totalReturned;
    uint256 public totalToProvers;
    uint256 public totalProtocolFees;
    uint256 public totalFeesWithdrawn;
    uint256 public totalSlashed;
    uint256 public totalTreasuryWithdrawn;
    uint256 public slashesRefusedAtTheFloor;
    uint256 public unpayableWinners;
    uint256 public refusedInactive;
    uint256 public refusedShort;
    uint256 public roundingStalls;

    constructor(
        BrevisMarket market_,
        StakingController controller_,
        DevProofVerifier verifier_,
        address owner_,
        address[] memory provers_,
        address[] memory stakers_,
        address[] memory requesters_
    ) {
        market = market_;
        controller = controller_;
        brev = BrevToken(controller_.stakingToken());
        verifier = verifier_;
        owner = owner_;
        proverList = provers_;
        stakerList = stakers_;
        requesterList = requesters_;
        for (uint256 i = 0; i < requesters_.length; ++i) {
            vm.prank(requesters_[i]);
            brev.approve(address(market_), type(uint256).max);
        }
    }

    // ------------------------------------------------------------ market actions

    function request(uint256 seed) external action {
        if (openReqs.length >= MAX_OPEN) return _skip(Action.Request);
        _newRequest(seed);
        _ok(Action.Request);
    }

    /// @notice One or two provers bid on a request in its bidding phase (a new one if none is).
    function bid(uint256 reqSeed, uint256 proverSeed, uint256 feeSeed) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _inBidding);
        if (!found) {
            if (openReqs.length >= MAX_OPEN) return _skip(Action.Bid);
            reqid = _newRequest(reqSeed);
        }
        for (uint256 i = 0; i <= proverSeed % 2; ++i) {
            _bid(
                reqid, proverList[(proverSeed / 2 + i) % proverList.length], uint256(keccak256(abi.encode(feeSeed, i)))
            );
        }
        _ok(Action.Bid);
    }

    /// @notice Reveals every sealed bid of a request in its reveal phase, moving there if needed.
    function reveal(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _revealable);
        if (!found) {
            (found, reqid) = _pick(openReqs, reqSeed, _awaitingReveal);
            if (!found) return _progress(Action.Reveal, reqSeed);
            _warpTo(_biddingEnd(reqid) + 1);
        }
        for (uint256 i = 0; i < proverList.length; ++i) {
            Bid storage b = bids[reqid][proverList[i]];
            if (b.exists && !b.revealed) _reveal(reqid, proverList[i], b);
        }
        _ok(Action.Reveal);
    }

    /// @notice The winner proves in its window. It must be paid the second price less the
    ///         protocol fee through addRewards, split at its commission rate for the market; a
    ///         winner that is not Active must be refused with ControllerProverNotActive.
    function submit(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _provable);
        if (!found) {
            (found, reqid) = _pick(openReqs, reqSeed, _wonBeforeProving);
            if (!found) return _progress(Action.Submit, reqSeed);
            _warpTo(_revealEnd(reqid) + 1);
            if (!_provable(reqid)) return _skip(Action.Submit);
        }
        Req storage r = reqs[reqid];
        (address winner, uint256 winnerFee, address second, uint256 secondFee) = market.getBidders(reqid);
        uint256 price = second == address(0) ? winnerFee : secondFee;
        uint256 fee = price * market.protocolFeeBps() / BPS;
        uint256 reward = price - fee;
        bool payable_ = reward == 0 || controller.getProverState(winner) == ACTIVE;
        uint256[4] memory before = [
            brev.balanceOf(r.requester),
            _commission(winner),
            _vault(winner).totalAssets(),
            market.cumulativeProtocolFee()
        ];

        uint256[8] memory proof = verifier.testProof(VK, _digest(r.nonce));
        vm.prank(winner);
        try market.submitProof(reqid, proof) {
            if (!payable_) _flag("a winner that is not Active was paid");
        } catch (bytes memory err) {
            if (payable_) _flag("a payable winner's proof was refused");
            _expectError(
                err, abi.encodeWithSelector(IStakingController.ControllerProverNotActive.selector), "unpayable"
            );
            ++unpayableWinners;
            return _skip(Action.Submit);
        }
        uint256 commission = _commission(winner) - before[1];
        if (brev.balanceOf(r.requester) - before[0] != r.maxFee - price) _flag("requester change");
        if (commission + _vault(winner).totalAssets() - before[2] != reward) _flag("reward to the prover");
        if (commission != reward * controller.getCommissionRate(winner, address(market)) / BPS) {
            _flag("commission at the market's rate");
        }
        if (market.cumulativeProtocolFee() - before[3] != fee) _flag("protocol fee");
        totalReturned += r.maxFee - price;
        totalToProvers += reward;
        totalProtocolFees += fee;
        _close(reqid);
        _ok(Action.Submit);
    }

    function refund(uint256 reqSeed) external action {
        (bool found, bytes32 reqid) = _pick(openReqs, reqSeed, _refundable);
        if (!found) {
            // with many requests open, let one lapse
            if (openReqs.length < MAX_OPEN / 2) return _progress(Action.Refund, reqSeed);
            reqid = openReqs[reqSeed % openReqs.length];
            _warpTo(uint256(reqs[reqid].deadline) + 1);
        }
        _refund(reqid);
        _ok(Action.Refund);
    }

    /// @notice Slashes a missed deadline through the market (refunding it first if needed); one
    ///         time in four the deployer, a slasher on the devnet, slashes a prover by bps itself.
    ///         The controller must take the predicted amount (for the market: minStake ×
    ///         slashBps / 10,000 as whole bps of vault assets plus pending unstakes), or refuse
    ///         with ControllerSlashTooHigh exactly when the scale would fall below the floor.
    function slash(uint256 reqSeed) external action {
        address prover;
        uint256 bps;
        bytes32 reqid;
        if (reqSeed % 4 == 0) {
            prover = proverList[(reqSeed >> 8) % proverList.length];
            // mostly light, now and then the maximum
            bps = (reqSeed >> 16) % 4 == 0 ? controller.maxSlashBps() : _bound(reqSeed >> 24, 1, 1000);
        } else {
            bool found;
            (found, reqid) = _pick(allReqs, reqSeed, _slashable);
            if (!found) {
                (found, reqid) = _pick(openReqs, reqSeed, _wonInSlashWindow);
                if (!found) return _progress(Action.Slash, reqSeed);
                _warpTo(uint256(reqs[reqid].deadline) + 1);
                _refund(reqid);
            }
            prover = _winnerOf(reqid);
            bps = SlashForecast.bpsFor(controller, prover, reqs[reqid].minStake * market.slashBps() / BPS);
        }
        (bool refused, uint256 fromVault, uint256 fromPending) = SlashForecast.outcome(controller, prover, bps);
        uint256 taken = fromVault + fromPending;
        uint256 treasuryBefore = controller.treasuryPool();
        if (reqid == bytes32(0)) vm.prank(owner);
        (bool ok, bytes memory err) = reqid == bytes32(0)
            ? address(controller).call(abi.encodeCall(controller.slash, (prover, bps)))
            : address(market).call(abi.encodeCall(market.slash, (reqid)));
        if (!ok) {
            if (!refused) _flag("a slash within the rules was refused");
            _expectError(err, abi.encodeWithSelector(IStakingController.ControllerSlashTooHigh.selector), "floor");
            ++slashesRefusedAtTheFloor;
            return _skip(Action.Slash);
        }
        if (refused) _flag("a slash below the scale floor was accepted");
        if (controller.treasuryPool() - treasuryBefore != taken) _flag("slash amount");
        totalSlashed += taken;
        everSlashed[prover] = true;
        if (reqid != bytes32(0)) reqs[reqid].slashed = true;
        _ok(Action.Slash);
    }

    // ------------------------------------------------------------ staking actions

    function stake(uint256 stakerSeed, uint256 proverSeed, uint256 amountSeed) external action {
        (bool found, address prover) = _findProver(proverSeed, _isActive);
        if (!found) return _skip(Action.Stake);
        _stake(stakerList[stakerSeed % stakerList.length], prover, _bound(amountSeed, 1 ether, 3000 ether));
        _ok(Action.Stake);
    }

    /// @notice A staker asks for all its shares back one time in four, else for a part that
    ///         leaves at least 1 BREV on each side.
    function unstake(uint256 pairSeed, uint256 partSeed) external action {
        (bool found, address staker, address prover) = _findPair(stakerList, pairSeed, _canUnstake);
        if (!found) return _skip(Action.Unstake);
        ProverVault vault = _vault(prover);
        uint256 shares = vault.balanceOf(staker);
        if (partSeed % 4 != 0) {
            uint256 part = shares * _bound(partSeed >> 8, 1, 99) / 100;
            if (vault.convertToAssets(part) >= 1 ether && vault.convertToAssets(shares - part) >= 1 ether) {
                shares = part;
            }
        }
        _requestUnstake(staker, prover, shares);
        _ok(Action.Unstake);
    }

    /// @notice Completes a staker's or prover's matured requests, waiting for them if needed.
    ///         Deployed rounding may leave a slashed prover's pending total a few wei below its
    ///         requests' value, and then completion reverts: counted, not flagged.
    function complete(uint256 pairSeed) external action {
        (bool found, address actor, address prover) = _findPair(stakerList, pairSeed, _hasQueue);
        if (!found) (found, actor, prover) = _findPair(proverList, pairSeed, _hasQueue);
        if (!found) return _skip(Action.Complete);
        _warpTo(controller.getPendingUnstakes(prover, actor)[0].requestTime + controller.unstakeDelay());
        (, uint256 ready) = controller.getUnstakingInfo(prover, actor);
        uint256 balanceBefore = brev.balanceOf(actor);
        vm.prank(actor);
        try controller.completeUnstake(prover) returns (uint256 amount) {
            if (amount != ready || brev.balanceOf(actor) - balanceBefore != amount) _flag("completion amount");
        } catch {
            if (!everSlashed[prover] || ready <= controller.getProverTotalUnstaking(prover)) {
                _flag("a matured unstake could not be completed");
            }
            ++roundingStalls;
            return _skip(Action.Complete);
        }
        _ok(Action.Complete);
    }

    /// @notice The owner deactivates or jails an Active prover, or reactivates one that is not
    ///         (after the prover tops up its own stake if it fell below the minimum); or a
    ///         prover leaves in full (which deactivates it) or claims its commission.
    function proverState(uint256 proverSeed, uint256 kind) external action {
        bool found;
        address prover;
        kind %= 6;
        if (kind == 0) {
            (found, prover) = _findProver(proverSeed, _isActive);
            if (!found) return _skip(Action.ProverState);
            vm.prank(owner);
            if (proverSeed % 2 == 0) controller.deactivateProver(prover);
            else controller.jailProver(prover);
        } else if (kind == 1) {
            (found, prover) = _findProver(proverSeed, _canExit);
            if (!found) return _skip(Action.ProverState);
            _requestUnstake(prover, prover, _vault(prover).balanceOf(prover));
            if (controller.getProverState(prover) == ACTIVE) _flag("a full exit left the prover Active");
        } else if (kind <= 4) {
            (found, prover) = _findProver(proverSeed, _isInactive);
            if (!found) return _skip(Action.ProverState);
            uint256 own = _vault(prover).convertToAssets(_vault(prover).balanceOf(prover));
            uint256 minSelfStake = controller.minSelfStake();
            if (own < minSelfStake) _stake(prover, prover, minSelfStake - own + 1 ether);
            vm.prank(owner);
            controller.reactivateProver(prover);
        } else {
            prover = proverList[proverSeed % proverList.length];
            vm.prank(prover);
            controller.claimCommission();
        }
        _ok(Action.ProverState);
    }

    /// @notice The owner withdraws the protocol fees, or half of the treasury.
    function withdraw(bool fees) external action {
        vm.startPrank(owner);
        if (fees) {
            (, uint256 balance) = market.getProtocolFeeInfo();
            if (balance > 0) {
                market.withdrawProtocolFee(TREASURY);
                totalFeesWithdrawn += balance;
            }
        } else {
            uint256 half = controller.treasuryPool() / 2;
            controller.withdrawTreasury(TREASURY, half);
            totalTreasuryWithdrawn += half;
        }
        vm.stopPrank();
        _ok(Action.Withdraw);
    }

    function warp(uint256 seed) external action {
        currentTime += seed % 8 == 0 ? _bound(seed, 1 hours, 3 days) : _bound(seed, 1, 6 minutes);
        _ok(Action.Warp);
    }

    // ------------------------------------------------------------ views for the invariants

    function provers() external view returns (address[] memory) {
        return proverList;
    }

    /// @notice Every account that holds BREV besides the contracts.
    function holders() external view returns (address[] memory list) {
        list = new address[](proverList.length + stakerList.length + requesterList.length + 1);
        uint256 n = 0;
        for (uint256 i = 0; i < proverList.length; ++i) {
            list[n++] = proverList[i];
        }
        for (uint256 i = 0; i < stakerList.length; ++i) {
            list[n++] = stakerList[i];
        }
        for (uint256 i = 0; i < requesterList.length; ++i) {
            list[n++] = requesterList[i];
        }
        list[n] = TREASURY;
    }

    function openRequests() external view returns (bytes32[] memory) {
        return openReqs;
    }

    function actionName(uint256 i) external pure returns (string memory) {
        string[ACTION_COUNT] memory names = [
            "request",
            "bid",
            "reveal",
            "submit",
            "refund",
            "slash",
            "stake",
            "unstake",
            "complete",
            "proverState",
            "withdraw",
            "warp"
        ];
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
        selectors[6] = this.stake.selector;
        selectors[7] = this.unstake.selector;
        selectors[8] = this.complete.selector;
        selectors[9] = this.proverState.selector;
        selectors[10] = this.withdraw.selector;
        selectors[11] = this.warp.selector;
    }

    // ------------------------------------------------------------ internals: market

    function _newRequest(uint256 seed) private returns (bytes32 reqid) {
        address requester = requesterList[seed % requesterList.length];
        uint256 maxFee = _bound(seed >> 8, 1 ether, 50 ether);
        // half within every prover's reach, half only a well-staked one's (and slashed hard)
        uint256 minStake = (seed >> 64) % 2 == 0
            ? _bound(seed >> 72, 2000 ether, 4000 ether)
            : _bound(seed >> 72, 1000 ether, 1500 ether);
        uint64 deadline = uint64(
            block.timestamp + market.biddingPhaseDuration() + market.revealPhaseDuration()
                + _bound(seed >> 128, 1, 2 hours)
        );
        uint64 nonce = nextNonce++;
        IBrevisMarket.ProofRequest memory req;
        req.nonce = nonce;
        req.vk = VK;
        req.publicValuesDigest = _digest(nonce);
        // casting is safe: both are bounded far below 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        req.fee = IBrevisMarket.FeeParams({maxFee: uint96(maxFee), minStake: uint96(minStake), deadline: deadline});

        _mint(requester, maxFee);
        vm.prank(requester);
        market.requestProof(req);
        reqid = keccak256(abi.encodePacked(nonce, VK, req.publicValuesDigest));
        reqs[reqid] = Req({
            nonce: nonce,
            requester: requester,
            maxFee: maxFee,
            minStake: minStake,
            deadline: deadline,
            createdAt: block.timestamp,
            hasBids: false,
            unrevealed: 0,
            refunded: false,
            slashed: false
        });
        allReqs.push(reqid);
        openReqs.push(reqid);
        totalEscrowed += maxFee;
    }

    /// @dev Nothing to act on: open a request and let two provers bid on it instead (a skip
    ///      that moves the system forward).
    function _progress(Action a, uint256 seed) private {
        _skip(a);
        if (openReqs.length >= MAX_OPEN) return;
        seed = uint256(keccak256(abi.encode("progress", seed)));
        bytes32 reqid = _newRequest(seed);
        for (uint256 i = 0; i < 2; ++i) {
            _bid(reqid, proverList[(seed % proverList.length + i) % proverList.length], seed >> (8 * i));
        }
    }

    /// @dev The bid must be accepted exactly when the real controller finds the prover eligible.
    function _bid(bytes32 reqid, address prover, uint256 feeSeed) private {
        Req storage r = reqs[reqid];
        uint256 fee = _bound(feeSeed, 0, r.maxFee);
        (bool eligible, uint256 required, uint256 assets) = _eligibility(prover, r.minStake);
        vm.prank(prover);
        try market.bid(reqid, keccak256(abi.encodePacked(reqid, prover, fee, _salt(reqid, prover)))) {
            if (!eligible) _flag("an ineligible prover could bid");
            if (!bids[reqid][prover].exists) ++r.unrevealed;
            bids[reqid][prover] = Bid({exists: true, revealed: false, fee: fee});
            r.hasBids = true;
        } catch (bytes memory err) {
            if (eligible) _flag("an eligible prover could not bid");
            _expectError(err, _notEligible(prover, required, assets), "bid refusal");
            _countRefusal(prover);
        }
    }

    function _reveal(bytes32 reqid, address prover, Bid storage b) private {
        (bool eligible, uint256 required, uint256 assets) = _eligibility(prover, reqs[reqid].minStake);
        b.revealed = true; // a refused reveal is not retried
        --reqs[reqid].unrevealed;
        vm.prank(prover);
        try market.reveal(reqid, b.fee, _salt(reqid, prover)) {
            if (!eligible) _flag("an ineligible prover could reveal");
        } catch (bytes memory err) {
            if (eligible) _flag("an eligible prover could not reveal");
            _expectError(err, _notEligible(prover, required, assets), "reveal refusal");
            _countRefusal(prover);
        }
    }

    function _countRefusal(address prover) private {
        if (_isActive(prover)) ++refusedShort;
        else ++refusedInactive;
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
        totalReturned += r.maxFee;
        r.refunded = true;
        _close(reqid);
    }

    function _close(bytes32 reqid) private {
        for (uint256 i = 0; i < openReqs.length; ++i) {
            if (openReqs[i] == reqid) {
                openReqs[i] = openReqs[openReqs.length - 1];
                openReqs.pop();
                return;
            }
        }
    }

    /// @dev As the deployed market asks the controller: Active, vault assets ≥ minStake plus
    ///      the overcommitted share of the stake it already holds as winner.
    function _eligibility(address prover, uint256 minStake)
        private
        view
        returns (bool eligible, uint256 required, uint256 assets)
    {
        required = minStake + market.assignedStake(prover) * market.overcommitBps() / BPS;
        assets = _vault(prover).totalAssets();
        eligible = controller.getProverState(prover) == ACTIVE && assets >= required;
    }

    function _notEligible(address prover, uint256 required, uint256 assets) private pure returns (bytes memory) {
        return abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, prover, required, assets);
    }

    function _digest(uint64 nonce) private pure returns (bytes32) {
        return keccak256(abi.encodePacked("system-handler", nonce));
    }

    function _salt(bytes32 reqid, address prover) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(reqid, prover)));
    }

    function _biddingEnd(bytes32 reqid) private view returns (uint256) {
        return reqs[reqid].createdAt + market.biddingPhaseDuration();
    }

    function _revealEnd(bytes32 reqid) private view returns (uint256) {
        return _biddingEnd(reqid) + market.revealPhaseDuration();
    }

    function _winnerOf(bytes32 reqid) private view returns (address winner) {
        (winner,,,) = market.getBidders(reqid);
    }

    function _inBidding(bytes32 reqid) private view returns (bool) {
        return block.timestamp <= _biddingEnd(reqid);
    }

    function _revealable(bytes32 reqid) private view returns (bool) {
        return !_inBidding(reqid) && block.timestamp <= _revealEnd(reqid) && reqs[reqid].unrevealed > 0;
    }

    function _awaitingReveal(bytes32 reqid) private view returns (bool) {
        return _inBidding(reqid) && reqs[reqid].unrevealed > 0;
    }

    function _won(bytes32 reqid) private view returns (bool) {
        return _winnerOf(reqid) != address(0);
    }

    /// @dev Won and still open, and its slash window (after the deadline) not over yet.
    function _wonInSlashWindow(bytes32 reqid) private view returns (bool) {
        return _won(reqid) && block.timestamp <= uint256(reqs[reqid].deadline) + market.slashWindow();
    }

    function _wonBeforeProving(bytes32 reqid) private view returns (bool) {
        return _won(reqid) && block.timestamp <= _revealEnd(reqid) && _revealEnd(reqid) < reqs[reqid].deadline;
    }

    function _provable(bytes32 reqid) private view returns (bool) {
        return _won(reqid) && block.timestamp > _revealEnd(reqid) && block.timestamp <= reqs[reqid].deadline;
    }

    function _refundable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return block.timestamp > r.deadline || (!_inBidding(reqid) && !r.hasBids)
            || (block.timestamp > _revealEnd(reqid) && !_won(reqid));
    }

    function _slashable(bytes32 reqid) private view returns (bool) {
        Req storage r = reqs[reqid];
        return r.refunded && !r.slashed && _won(reqid) && block.timestamp <= uint256(r.deadline) + market.slashWindow();
    }

    // ------------------------------------------------------------ internals: staking

    function _stake(address staker, address prover, uint256 amount) private {
        _mint(staker, amount);
        vm.startPrank(staker);
        brev.approve(address(controller), amount);
        controller.stake(prover, amount);
        vm.stopPrank();
    }

    function _requestUnstake(address staker, address prover, uint256 shares) private {
        vm.startPrank(staker);
        _vault(prover).approve(address(controller), shares);
        controller.requestUnstake(prover, shares);
        vm.stopPrank();
    }

    function _isActive(address prover) private view returns (bool) {
        return controller.getProverState(prover) == ACTIVE;
    }

    function _isInactive(address prover) private view returns (bool) {
        return !_isActive(prover);
    }

    function _canExit(address prover) private view returns (bool) {
        return _canUnstake(prover, prover);
    }

    function _canUnstake(address staker, address prover) private view returns (bool) {
        return _vault(prover).balanceOf(staker) > 0
            && controller.getPendingUnstakes(prover, staker).length < MAX_PENDING_UNSTAKES;
    }

    function _hasQueue(address staker, address prover) private view returns (bool) {
        return controller.getPendingUnstakes(prover, staker).length > 0;
    }

    /// @dev The first prover from the seed on that fits.
    function _findProver(uint256 seed, function(address) view returns (bool) fits)
        private
        view
        returns (bool, address)
    {
        uint256 n = proverList.length;
        for (uint256 k = 0; k < n; ++k) {
            address prover = proverList[(seed % n + k) % n];
            if (fits(prover)) return (true, prover);
        }
        return (false, address(0));
    }

    /// @dev The first (actor, prover) pair from the seed on that fits, actors from `actors`.
    function _findPair(address[] storage actors, uint256 seed, function(address, address) view returns (bool) fits)
        private
        view
        returns (bool, address, address)
    {
        uint256 n = actors.length * proverList.length;
        for (uint256 k = 0; k < n; ++k) {
            uint256 i = (seed % n + k) % n;
            address actor = actors[i / proverList.length];
            address prover = proverList[i % proverList.length];
            if (fits(actor, prover)) return (true, actor, prover);
        }
        return (false, address(0), address(0));
    }

    function _vault(address prover) private view returns (ProverVault) {
        return ProverVault(controller.getProverVault(prover));
    }

    function _commission(address prover) private view returns (uint256 pending) {
        (,,, pending,,,,) = controller.getProverInfo(prover);
    }

    // ------------------------------------------------------------ internals: bookkeeping

    function _ok(Action a) private {
        _countOk(uint256(a));
    }

    function _skip(Action a) private {
        _countSkip(uint256(a));
    }

    function _mint(address to, uint256 amount) private {
        vm.prank(owner);
        brev.mint(to, amount);
    }
}
