// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../src/market/interfaces/IBrevisMarket.sol";
import {SystemFixture} from "./utils/SystemFixture.sol";
import {SystemHandler} from "./utils/SystemHandler.sol";

/// @title Invariants of the market and the real staking controller together, under random
///        auctions, proofs, refunds, slashes, stakes, unstakes, prover state changes, owner
///        withdrawals and time: three provers (p1 charging the market 20 %, p3 a 25 % default),
///        three stakers, two requesters, on the system wired as Deploy.s.sol wires it.
contract SystemInvariantsTest is SystemFixture {
    address internal constant REQUESTER2 = address(0xB0B0);
    address internal constant carol = address(0xC3);

    SystemHandler internal handler;
    address[] internal proverList;

    function setUp() public override {
        super.setUp();
        _initProver(p3, 2500);
        _setCommissionRate(p1, address(market), 2000);
        // Each prover holds twice the minimum itself, so that a slash does not always deactivate it.
        for (uint256 i = 0; i < 3; ++i) {
            _stake(_addrs(p1, p2, p3)[i], _addrs(p1, p2, p3)[i], MIN_SELF_STAKE);
        }
        _stake(alice, p1, 3000 ether);
        _stake(bob, p2, 2000 ether);
        _stake(carol, p3, 1000 ether);

        proverList = _addrs(p1, p2, p3);
        handler = new SystemHandler(
            market, controller, verifier, deployer, proverList, _addrs(alice, bob, carol), _addrs(REQUESTER, REQUESTER2)
        );
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: handler.actionSelectors()}));
    }

    /// @dev One campaign (256 runs x 64 calls in the ci profile): every check after every call.
    function invariant_systemSolvency() public view {
        check_marketHoldsEscrowAndFees();
        check_controllerHoldsItsBooks();
        check_noBrevCreatedOrLost();
        check_assignedStake();
        assertFalse(handler.modelError(), handler.modelNote());
    }

    // ------------------------------------------------------------ checks

    /// @notice The market's BREV is exactly Σ maxFee of its pending requests plus the protocol
    ///         fees not yet withdrawn, and every escrowed wei was returned to its requester, paid
    ///         to a prover through the controller, kept as a fee, or is still escrowed.
    function check_marketHoldsEscrowAndFees() internal view {
        bytes32[] memory open = handler.openRequests();
        uint256 owed;
        for (uint256 i = 0; i < open.length; ++i) {
            (IBrevisMarket.ReqStatus status,,, uint256 maxFee,,,,,) = market.getRequest(open[i]);
            assertEq(uint256(status), uint256(IBrevisMarket.ReqStatus.Pending), "an open request is pending");
            owed += maxFee;
        }
        uint256 fees = market.cumulativeProtocolFee() - market.withdrawnProtocolFee();
        assertEq(brev.balanceOf(address(market)), owed + fees, "market BREV == escrow + unwithdrawn protocol fees");
        assertEq(
            handler.totalEscrowed(),
            handler.totalReturned() + handler.totalToProvers() + handler.totalProtocolFees() + owed,
            "every escrowed wei is returned, paid, kept as fee or still escrowed"
        );
        assertEq(market.cumulativeProtocolFee(), handler.totalProtocolFees(), "protocol fees collected");
        assertEq(market.withdrawnProtocolFee(), handler.totalFeesWithdrawn(), "protocol fees withdrawn");
    }

    /// @notice The controller's BREV is exactly Σ pending unstakes + Σ unclaimed commission + the
    ///         treasury pool, the treasury is what the market's slashes took less what the owner
    ///         withdrew, and each vault holds its totalAssets.
    function check_controllerHoldsItsBooks() internal view {
        uint256 pending;
        uint256 commission;
        for (uint256 i = 0; i < proverList.length; ++i) {
            pending += _pending(proverList[i]);
            commission += _pendingCommission(proverList[i]);
            assertEq(brev.balanceOf(address(_vault(proverList[i]))), _vaultAssets(proverList[i]), "vault solvency");
        }
        assertEq(controller.totalUnstaking(), pending, "global pending == sum of the provers'");
        assertEq(
            brev.balanceOf(address(controller)),
            pending + commission + controller.treasuryPool(),
            "controller BREV == pending + commission + treasury"
        );
        assertEq(
            controller.treasuryPool() + handler.totalTreasuryWithdrawn(),
            handler.totalSlashed(),
            "treasury == slashed - withdrawn"
        );
    }

    /// @notice Every BREV minted is held by someone the system knows: no contract creates or
    ///         loses any.
    function check_noBrevCreatedOrLost() internal view {
        address[] memory holders = handler.holders();
        uint256 held = brev.balanceOf(address(market)) + brev.balanceOf(address(controller))
            + brev.balanceOf(address(rewards)) + brev.balanceOf(deployer);
        for (uint256 i = 0; i < holders.length; ++i) {
            held += brev.balanceOf(holders[i]);
        }
        for (uint256 i = 0; i < proverList.length; ++i) {
            held += _vaultAssets(proverList[i]);
        }
        assertEq(held, brev.totalSupply(), "BREV conserved");
    }

    /// @notice Each prover's assignedStake is Σ minStake of the pending requests it wins.
    function check_assignedStake() internal view {
        bytes32[] memory open = handler.openRequests();
        for (uint256 p = 0; p < proverList.length; ++p) {
            uint256 expected;
            for (uint256 i = 0; i < open.length; ++i) {
                (address winner,,,) = market.getBidders(open[i]);
                if (winner != proverList[p]) continue;
                (,,,, uint256 minStake,,,,) = market.getRequest(open[i]);
                expected += minStake;
            }
            assertEq(market.assignedStake(proverList[p]), expected, "assignedStake == minStake held as winner");
        }
    }

    // ------------------------------------------------------------ after each run

    /// @notice A full-length run must have done real work; short sequences (forge shrinking a
    ///         failure) are left alone so that the real failure is reported.
    function afterInvariant() public view {
        uint256 ok = handler.successfulCalls();
        uint256 skipped = handler.skippedCalls();
        _log("last run: successful calls", ok);
        _log("last run: skipped calls", skipped);
        if (ok + skipped >= 32) assertGe(ok * 2, ok + skipped, "most handler calls succeed");
    }

    // ------------------------------------------------------------ coverage

    /// @notice A fixed pseudo-random sequence of 800 handler calls: every action succeeds, a
    ///         winner that could not be paid and a slash refused at the floor are met, and every
    ///         invariant holds at the end (forge test -vv prints the counts).
    function test_handlerExercisesEveryAction() public {
        for (uint256 i = 0; i < 800; ++i) {
            (uint256 seed, uint256 r1, uint256 r2, uint256 r3) = _sequenceStep("system-handler", i);
            uint256 a = seed % handler.ACTION_COUNT();
            if (a == 0) handler.request(r1);
            else if (a == 1) handler.bid(r1, r2, r3);
            else if (a == 2) handler.reveal(r1);
            else if (a == 3) handler.submit(r1);
            else if (a == 4) handler.refund(r1);
            else if (a == 5) handler.slash(r1);
            else if (a == 6) handler.stake(r1, r2, r3);
            else if (a == 7) handler.unstake(r1, r2);
            else if (a == 8) handler.complete(r1);
            else if (a == 9) handler.proverState(r1, r2);
            else if (a == 10) handler.withdraw(r1 % 2 == 0);
            else handler.warp(r1);
        }
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            uint256 ok = handler.okCount(a);
            _log(string.concat(handler.actionName(a), " ok"), ok);
            assertGt(ok, 0, string.concat("action never succeeded: ", handler.actionName(a)));
        }
        _log("bids and reveals refused: prover not Active", handler.refusedInactive());
        _log("bids and reveals refused: vault assets short", handler.refusedShort());
        _log("winners that could not be paid", handler.unpayableWinners());
        _log("slashes refused at the floor", handler.slashesRefusedAtTheFloor());
        _log("completions stalled by rounding", handler.roundingStalls());
        for (uint256 p = 0; p < proverList.length; ++p) {
            _log("prover state (1 Active, 2 Deactivated, 3 Jailed)", uint256(_state(proverList[p])));
            _log("  slashing scale", _scale(proverList[p]));
            _log("  vault assets", _vaultAssets(proverList[p]));
        }
        _log("paid to provers (wei)", handler.totalToProvers());
        _log("slashed (wei)", handler.totalSlashed());
        assertGt(handler.refusedInactive(), 0, "a bid or reveal of a prover not Active was refused");
        assertGt(handler.refusedShort(), 0, "a bid or reveal short of vault assets was refused");
        assertGt(handler.unpayableWinners(), 0, "a winner that is not Active could not be paid");
        assertGt(handler.slashesRefusedAtTheFloor(), 0, "a slash was refused at the scale floor");
        assertGt(handler.totalSlashed(), 0, "provers were slashed");

        invariant_systemSolvency();
        afterInvariant();
    }
}
