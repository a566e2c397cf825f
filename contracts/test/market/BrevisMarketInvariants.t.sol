// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../src/market/interfaces/IBrevisMarket.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";
import {MarketHandler} from "./utils/MarketHandler.sol";

/// @title Invariants of the market under random requests, bids, reveals, proofs, refunds,
///        slashes, replays of settled requests, prover state and asset changes, market parameter
///        changes (phase durations included) and time: four provers (two of them acting through
///        submitters) and three requesters, against the mock controller.
contract BrevisMarketInvariantsTest is MarketFixture {
    address internal constant REQUESTER3 = address(0xC0C);
    /// @dev The handler's largest maxFee.
    uint256 internal constant MAX_MAX_FEE = 50 ether;

    MarketHandler internal handler;

    function setUp() public override {
        super.setUp();
        _fundRequester(REQUESTER3);
        // 4000 BREV each: most requests fit several times, the large ones (3000-4000) barely
        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            controller.setAssets(provers[i], 4000 ether);
        }
        _registerSubmitter(p0, SUBMITTER);
        _registerSubmitter(p1, SUBMITTER2);

        address[] memory submitters = new address[](NUM_PROVERS);
        (submitters[0], submitters[1]) = (SUBMITTER, SUBMITTER2);
        address[] memory requesters = _addrs(REQUESTER, REQUESTER2, REQUESTER3);
        handler = new MarketHandler(market, controller, brev, verifier, owner, VK, provers, submitters, requesters);
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: handler.actionSelectors()}));
    }

    // ------------------------------------------------------------ the two campaigns

    /// @dev forge runs one campaign per invariant_ function (256 runs x 64 calls in the ci
    ///      profile) and checks only that function after every call: the checks are grouped
    ///      into two campaigns, one per core.

    /// @notice Money: escrow solvency, every request settled at most once, no payout above maxFee,
    ///         and the handler's model of every payout.
    function invariant_escrowAndPayouts() public view {
        check_escrowSolvency();
        check_settledOnce();
        check_noOverpayment();
        check_handlerModel();
    }

    /// @notice Stake: assignedStake and the pending lists match the requests held as winner.
    function invariant_assignedStake() public view {
        check_assignedStake();
        check_senderPending();
        check_handlerModel();
    }

    // ------------------------------------------------------------ checks

    /// @notice The market holds at least Σ maxFee of its pending requests plus the protocol fees
    ///         not yet withdrawn (exactly that: nobody else sends it BREV here), and the handler's
    ///         ledger of what was escrowed and paid out balances.
    function check_escrowSolvency() internal view {
        bytes32[] memory open = handler.openRequests();
        uint256 owed;
        for (uint256 i = 0; i < open.length; ++i) {
            (IBrevisMarket.ReqStatus status,,, uint256 maxFee,,,,,) = market.getRequest(open[i]);
            assertEq(uint256(status), uint256(IBrevisMarket.ReqStatus.Pending), "an open request is pending");
            owed += maxFee;
        }
        uint256 fees = _protocolFeeBalance();
        uint256 balance = brev.balanceOf(address(market));
        assertGe(balance, owed + fees, "escrow solvency: balance >= pending maxFee + protocol fees");
        assertEq(balance, owed + fees, "no BREV left behind or missing");
        assertEq(
            handler.totalEscrowed(),
            handler.totalRefunded() + handler.totalToProvers() + handler.totalProtocolFees() + owed,
            "every escrowed wei is refunded, paid, kept as fee or still escrowed"
        );
        assertEq(market.cumulativeProtocolFee(), handler.totalProtocolFees(), "cumulative protocol fee");
        assertEq(market.withdrawnProtocolFee(), handler.totalWithdrawn(), "withdrawn protocol fee");
        assertEq(handler.totalProtocolFees() - handler.totalWithdrawn(), fees, "protocol fee balance");
    }

    /// @notice Every request settles at most once: the handler counts each settlement (and checks
    ///         the market's status right after it), replays of settled requests must all fail, and
    ///         the market's own counters agree: requests made = settled + still open, fulfilments
    ///         = successful proofs.
    function check_settledOnce() internal view {
        assertFalse(handler.paidTwice(), "a request was settled twice");
        uint256 made = handler.allRequests().length;
        assertEq(made, handler.settledCount() + handler.openRequests().length, "each request settled once or open");
        assertEq(market.getGlobalStatsTotal().totalRequests, made, "market counted every request once");
        assertEq(market.getGlobalStatsTotal().totalFulfilled, handler.fulfilledCount(), "one fulfilment per proof");
    }

    function check_noOverpayment() internal view {
        assertFalse(handler.overpaid(), "a winner was paid more than maxFee");
        assertLe(handler.largestPayout(), MAX_MAX_FEE, "no payout above the largest maxFee");
    }

    function check_handlerModel() internal view {
        assertFalse(handler.modelError(), handler.modelNote());
    }

    /// @notice For every prover, assignedStake = Σ minStake of the pending requests it wins (read
    ///         from the market, and from the handler's model), and its pending list is exactly
    ///         those requests.
    function check_assignedStake() internal view {
        bytes32[] memory open = handler.openRequests();
        address[] memory list = handler.provers();
        address[] memory winners = new address[](open.length);
        uint256[] memory expected = new uint256[](list.length);
        uint256[] memory count = new uint256[](list.length);
        for (uint256 i = 0; i < open.length; ++i) {
            (winners[i],,,) = market.getBidders(open[i]);
            if (winners[i] == address(0)) continue;
            (,,,, uint256 minStake,,,,) = market.getRequest(open[i]);
            uint256 p = _indexOf(list, winners[i]);
            expected[p] += minStake;
            ++count[p];
        }
        for (uint256 p = 0; p < list.length; ++p) {
            assertEq(market.assignedStake(list[p]), expected[p], "assignedStake == sum of minStake held as winner");
            assertEq(handler.modelAssigned(list[p]), expected[p], "the handler's model agrees");
            bytes32[] memory pending = market.getProverPendingRequests(list[p]);
            assertEq(pending.length, count[p], "pending list size");
            for (uint256 k = 0; k < pending.length; ++k) {
                bool held;
                for (uint256 i = 0; i < open.length && !held; ++i) {
                    held = open[i] == pending[k] && winners[i] == list[p];
                }
                assertTrue(held, "pending list holds only open requests the prover wins");
            }
        }
    }

    function _indexOf(address[] memory list, address who) internal pure returns (uint256) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == who) return i;
        }
        revert("winner is not one of the provers");
    }

    function check_senderPending() internal view {
        bytes32[] memory open = handler.openRequests();
        uint256 listed = market.getSenderPendingRequests(REQUESTER).length
            + market.getSenderPendingRequests(REQUESTER2).length + market.getSenderPendingRequests(REQUESTER3).length;
        assertEq(listed, open.length, "sender pending lists hold exactly the open requests");
    }

    // ------------------------------------------------------------ after each run

    /// @notice A full-length run must have done real work (actions that find nothing to act on,
    ///         e.g. a refund before any request, count as skipped); short sequences (forge shrinking a
    ///         failure) are left alone so the real failure is what gets reported.
    function afterInvariant() public view {
        uint256 ok = handler.successfulCalls();
        uint256 skipped = handler.skippedCalls();
        _log("last run: successful calls", ok);
        _log("last run: skipped calls", skipped);
        _log("last run: refused-on-purpose probes", handler.probes());
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            _log(string.concat("last run: ok ", handler.actionName(a)), handler.okCount(a));
        }
        if (ok + skipped >= 32) {
            assertGe(ok * 3, ok + skipped, "at least a third of the handler calls succeed");
            assertGt(handler.okCount(uint256(MarketHandler.Action.Request)), 0, "a full run made requests");
        }
    }

    // ------------------------------------------------------------ coverage

    /// @notice A fixed pseudo-random sequence of 800 handler calls: every action succeeds, the
    ///         refused calls are exercised, and every invariant holds at the end (forge test -vv
    ///         prints the counts).
    function test_handlerExercisesEveryAction() public {
        for (uint256 i = 0; i < 800; ++i) {
            (uint256 seed, uint256 r1, uint256 r2, uint256 r3) = _sequenceStep("market-handler", i);
            uint256 a = seed % handler.ACTION_COUNT();
            if (a == 0) handler.request(r1, r2, r3, seed);
            else if (a == 1) handler.bid(r1, r2, r3, seed % 2 == 0);
            else if (a == 2) handler.reveal(r1, r2, r3 % 2 == 0);
            else if (a == 3) handler.submit(r1, r2 % 2 == 0);
            else if (a == 4) handler.refund(r1);
            else if (a == 5) handler.slash(r1);
            else if (a == 6) handler.replay(r1, r2);
            else if (a == 7) handler.proverState(r1, r2);
            else if (a == 8) handler.params(r1, r2);
            else handler.warp(r1);
        }
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            _log(string.concat(handler.actionName(a), " ok"), handler.okCount(a));
            _log(string.concat(handler.actionName(a), " skipped"), handler.skipCount(a));
            assertGt(handler.okCount(a), 0, string.concat("action never succeeded: ", handler.actionName(a)));
        }
        _log("probes", handler.probes());
        _log("  refused: prover not Active", handler.refusedInactive());
        _log("  refused: stake below minStake + assigned", handler.refusedStake());
        _log("  refused: fee above maxFee", handler.refusedFee());
        _log("  refused: winner not Active cannot be paid", handler.refusedUnpayable());
        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            _log("prover state (1 Active, 2 Deactivated, 3 Jailed)", uint256(controller.getProverState(provers[i])));
            _log("  assets", controller.vaultAssets(provers[i]));
        }
        _log("displaced winners", handler.displacements());
        _log("paid to provers (wei)", handler.totalToProvers());
        _log("slashes asked (wei)", handler.totalSlashed());
        _log("protocol fees withdrawn (wei)", handler.totalWithdrawn());
        assertGt(handler.probes(), 0, "refused calls were tried");
        assertGt(handler.refusedStake(), 0, "a bid or reveal was refused for lack of free stake");
        assertGt(handler.refusedInactive(), 0, "a bid or reveal was refused for an inactive prover");
        assertGt(handler.displacements(), 0, "a lower reveal displaced a winner");
        assertGt(handler.totalToProvers(), 0, "provers were paid");
        assertGt(handler.totalSlashed(), 0, "a prover was slashed");
        assertGt(handler.refusedUnpayable(), 0, "a winner no longer Active could not be paid");
        assertGt(handler.totalWithdrawn(), 0, "protocol fees were withdrawn");

        invariant_escrowAndPayouts();
        invariant_assignedStake();
        afterInvariant();
    }
}
