// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Test} from "../../utils/Test.sol";
import {StakingHandler} from "./StakingHandler.sol";

/// @title Invariants of the staking system under random stake / unstake / rewards / slash (by
///        bps and by amount) / commission / share-transfer / donation / lifecycle / treasury /
///        time sequences, with the deployed rules.
contract StakingInvariantsTest is Test {
    StakingHandler internal handler;
    StakingController internal controller;
    IERC20 internal brev;
    address[] internal provers;
    address[] internal actors;
    ProverVault[] internal vaults;

    function setUp() public {
        handler = new StakingHandler();
        controller = handler.controller();
        brev = handler.brev();
        provers = handler.provers();
        actors = handler.actors();
        vaults = handler.vaults();
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: handler.actionSelectors()}));
    }

    // ------------------------------------------------------------ the two campaigns

    /// @dev forge runs one campaign (256 runs x 64 calls in the ci profile) per invariant_
    ///      function and checks only that function after every call, so the checks are grouped
    ///      into two campaigns (one per core) rather than eight; each check's message names it.

    /// @notice (1) solvency of the controller, treasury included, (2) share supply and the
    ///         staker books, commission books.
    function invariant_solvencyAndShareAccounting() public view {
        check_1a_controllerHoldsExactlyItsBooks();
        check_1b_pendingRequestsBackedUpToRounding();
        check_2_supplyAndStakerBooks();
        check_4b_commissionAccounting();
    }

    /// @notice (3) share price, (4) no value created, (5) self-stake, and the handler's own checks.
    function invariant_valuePriceAndSelfStake() public view {
        check_3_sharePriceFallsOnlyOnSlash();
        check_4_noActorWithdrawsMoreThanEntitled();
        check_5_activeProverMeetsMinSelfStake();
        check_handlerObservations();
    }

    // ------------------------------------------------------------ (1) solvency

    /// @notice The controller's BREV is exactly Σ pending unstakes + Σ unclaimed commission +
    ///         the treasury pool (plus what outsiders sent it), its global pending total is the
    ///         sum of the provers', and each vault holds its totalAssets.
    function check_1a_controllerHoldsExactlyItsBooks() internal view {
        uint256 pending;
        uint256 commission;
        for (uint256 i = 0; i < provers.length; ++i) {
            (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(provers[i]);
            pending += controller.getProverTotalUnstaking(provers[i]);
            commission += pendingCommission;
            assertEq(brev.balanceOf(address(vaults[i])), vaults[i].totalAssets(), "vault balance == totalAssets");
        }
        assertEq(controller.totalUnstaking(), pending, "global pending == sum of the provers'");
        assertEq(
            brev.balanceOf(address(controller)),
            pending + commission + controller.treasuryPool() + handler.totalDonatedToController(),
            "controller balance == pending + commission + treasury + stray donations"
        );
        assertEq(
            controller.treasuryPool() + handler.totalTreasuryWithdrawn(), handler.totalSlashed(), "treasury == slashed"
        );
    }

    /// @notice Every staker's pending requests, valued after slashing, fit in the prover's
    ///         pending total — up to the deployed rounding: the total is rescaled as a whole at
    ///         each slash, the requests one by one, so it may trail them by a wei per slash.
    function check_1b_pendingRequestsBackedUpToRounding() internal view {
        (address[] memory pairActors, address[] memory pairProvers) = handler.pendingPairs();
        uint256[] memory sum = new uint256[](provers.length);
        for (uint256 k = 0; k < pairActors.length; ++k) {
            uint256 p = 0;
            while (provers[p] != pairProvers[k]) ++p;
            (uint256 total, uint256 ready) = controller.getUnstakingInfo(pairProvers[k], pairActors[k]);
            assertLe(ready, total, "ready <= total");
            sum[p] += total;
        }
        for (uint256 p = 0; p < provers.length; ++p) {
            assertLe(
                sum[p], controller.getProverTotalUnstaking(provers[p]) + handler.slashCount(), "pending value <= total"
            );
        }
    }

    // ------------------------------------------------------------ (2) share accounting

    /// @notice totalSupply is exactly the sum of the balances of the accounts that can hold
    ///         shares, the controller's books mirror every balance, and the staker counts are
    ///         the holders per vault, summed (not deduplicated) by the viewer's overview.
    function check_2_supplyAndStakerBooks() internal view {
        uint256 countSum;
        for (uint256 v = 0; v < vaults.length; ++v) {
            uint256 sum;
            uint256 holders;
            for (uint256 a = 0; a < actors.length; ++a) {
                uint256 balance = vaults[v].balanceOf(actors[a]);
                sum += balance;
                if (balance > 0) ++holders;
                assertEq(controller.getStakeInfo(provers[v], actors[a]), balance, "books mirror the balance");
            }
            assertEq(vaults[v].totalSupply(), sum, "totalSupply == sum of balances");
            (,,,, uint256 numStakers,,,) = controller.getProverInfo(provers[v]);
            assertEq(numStakers, holders, "numStakers == holders");
            assertEq(vaults[v].balanceOf(address(controller)), 0, "controller keeps no shares");
            countSum += holders;
        }
        uint256 overviewSum;
        for (uint256 v = 0; v < vaults.length; ++v) {
            (,,,, uint256 numStakers,,,) = controller.getProverInfo(provers[v]);
            overviewSum += numStakers;
        }
        assertEq(overviewSum, countSum, "total stakers: the sum of the per-prover counts");
    }

    // ------------------------------------------------------------ (3) share price

    /// @notice convertToAssets(1e18) of a vault with shares outstanding never fell in any call
    ///         except a slash of that vault.
    function check_3_sharePriceFallsOnlyOnSlash() internal view {
        assertFalse(handler.priceDropOutsideSlash(), handler.priceDropNote());
    }

    // ------------------------------------------------------------ (4) no value created

    /// @notice Nobody got out more than went in: in total, Σ withdrawn <= Σ deposited + rewards
    ///         to stakers + donations to vaults; and per actor, withdrawn + what it still holds
    ///         <= deposited + its pro-rata credits + value received by share transfer - value
    ///         sent, up to a share's worth of rounding per call.
    function check_4_noActorWithdrawsMoreThanEntitled() internal view {
        assertLe(
            handler.totalWithdrawn(),
            handler.totalDeposited() + handler.totalToStakers() + handler.totalDonatedToVaults(),
            "total withdrawn <= deposits + staker rewards + donations"
        );
        uint256 tolerance = handler.roundingAllowance() + 10;
        uint256 allHoldings;
        for (uint256 a = 0; a < actors.length; ++a) {
            (uint256 outSide, uint256 inSide, uint256 held) = handler.ledger(actors[a]);
            allHoldings += held;
            assertLe(outSide, inSide + tolerance, "actor withdrew + holds more than entitled");
        }
        assertLe(
            handler.totalWithdrawn() + allHoldings,
            handler.totalDeposited() + handler.totalToStakers() + handler.totalDonatedToVaults() + actors.length
                * tolerance,
            "all actors: withdrawn + holdings <= in"
        );
    }

    /// @notice Commission: what a prover claimed plus what is pending is exactly what accrued,
    ///         and every reward was split exactly into commission and the stakers' part.
    function check_4b_commissionAccounting() internal view {
        for (uint256 i = 0; i < provers.length; ++i) {
            (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(provers[i]);
            assertEq(
                handler.commissionClaimed(provers[i]) + pendingCommission,
                handler.commissionAccrued(provers[i]),
                "claimed + pending == accrued"
            );
        }
        assertEq(handler.totalCommission() + handler.totalToStakers(), handler.totalRewards(), "rewards split");
    }

    // ------------------------------------------------------------ (5) self-stake

    /// @notice An Active prover's own shares are worth at least minSelfStake — less the wei by
    ///         which the deployed transfer check (own value − value sent) may overrate what is
    ///         left. (The slashing scale is not part of it: reactivation does not look at it.)
    function check_5_activeProverMeetsMinSelfStake() internal view {
        uint256 minSelfStake = controller.minSelfStake();
        for (uint256 i = 0; i < provers.length; ++i) {
            if (controller.getProverState(provers[i]) != IStakingController.ProverState.Active) continue;
            uint256 selfStake = vaults[i].convertToAssets(vaults[i].balanceOf(provers[i]));
            assertGe(selfStake + 1, minSelfStake, "active prover self-stake >= minSelfStake");
        }
    }

    // ------------------------------------------------------------ handler-side checks

    /// @notice Every call agreed with the previews and the handler's own arithmetic, and the
    ///         probes of forbidden moves all failed with the deployed error: no prover left
    ///         itself between 0 and minSelfStake by transfer or unstake, no request was paid
    ///         before its delay, no inactive prover was rewarded.
    function check_handlerObservations() internal view {
        assertFalse(handler.accountingError(), handler.accountingNote());
        assertFalse(handler.selfStakeTransferBypassed(), "a prover transferred itself below minSelfStake");
        assertFalse(handler.earlyWithdrawal(), "an unstake was paid before the delay");
        assertFalse(handler.minSelfStakeBypassed(), "a prover unstaked below minSelfStake");
        assertFalse(handler.inactiveRewarded(), "an inactive prover was rewarded");
    }

    /// @notice Runs after each invariant run: a full-length run must have done real work (most
    ///         of its calls succeeded). Short sequences are left alone, so that when forge shrinks
    ///         a failing run it keeps the real failure rather than this check.
    function afterInvariant() public view {
        uint256 ok = handler.successfulCalls();
        uint256 skipped = handler.skippedCalls();
        _log("last run: successful calls", ok);
        _log("last run: skipped calls", skipped);
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            _log(string.concat("last run: ok ", handler.actionName(a)), handler.okCount(StakingHandler.Action(a)));
        }
        if (ok + skipped >= 16) assertGe(ok * 2, ok + skipped, "most handler calls must succeed");
    }

    // ------------------------------------------------------------ coverage summary

    /// @notice A fixed pseudo-random sequence of 600 handler calls: every action succeeds at
    ///         least once, every invariant holds at the end, and the per-action counts are
    ///         logged (forge test -vv).
    function test_handlerExercisesEveryAction() public {
        for (uint256 i = 0; i < 600; ++i) {
            (uint256 seed, uint256 r1, uint256 r2, uint256 r3) = _sequenceStep("staking-handler", i);
            _dispatch(seed % handler.ACTION_COUNT(), r1, r2, r3);
        }
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            StakingHandler.Action action = StakingHandler.Action(a);
            _log(string.concat(handler.actionName(a), " ok"), handler.okCount(action));
            _log(string.concat(handler.actionName(a), " skipped"), handler.skipCount(action));
            assertGt(handler.okCount(action), 0, string.concat("action never succeeded: ", handler.actionName(a)));
        }
        _log("slashes that lowered the price", handler.slashPriceDrops());
        _log("slashes refused at the floor", handler.slashesRefusedAtTheFloor());
        _log("completions stalled by rounding", handler.roundingStalls());
        _log("total withdrawn (wei)", handler.totalWithdrawn());
        _log("total rewards (wei)", handler.totalRewards());
        assertGt(handler.totalWithdrawn(), 0, "something was withdrawn");
        assertGt(handler.slashPriceDrops(), 0, "a slash lowered a share price");
        assertGt(handler.slashesRefusedAtTheFloor(), 0, "a slash was refused at the 20 % floor");

        invariant_solvencyAndShareAccounting();
        invariant_valuePriceAndSelfStake();
        afterInvariant();
    }

    /// @notice BREV donated to a vault everyone has left goes to the prover's return stake
    ///         (no sweep on Base): the prover exits, an outsider donates, the prover tops up
    ///         and is reactivated, someone stakes. Every invariant holds; nobody gains more
    ///         than what it put in plus the donation it was credited.
    function test_regression_donationToAnEmptiedVault_goesToTheProversReturn() public {
        // Empty vault 0: its stakers (actors 3 and 6) leave in full, then the prover exits.
        handler.requestUnstake(3 * 3 + 0, 8);
        handler.requestUnstake(6 * 3 + 0, 8);
        handler.proverExit(0);
        assertEq(vaults[0].totalSupply(), 0, "vault 0 emptied");
        handler.donate(0, 84798401030375);
        handler.reactivate(1 << 8); // the owner brings prover 0 back after a top-up
        assertEq(uint256(controller.getProverState(provers[0])), 1, "prover 0 Active again");
        handler.stake(4, 0, 10255700000000031880295);
        for (uint256 a = 0; a < actors.length; ++a) {
            (uint256 outSide, uint256 inSide,) = handler.ledger(actors[a]);
            assertLe(outSide, inSide + 100, "no actor gained more than dust");
        }
        invariant_solvencyAndShareAccounting();
        invariant_valuePriceAndSelfStake();
    }

    function _dispatch(uint256 action, uint256 r1, uint256 r2, uint256 r3) private {
        if (action == 0) handler.stake(r1, r2, r3);
        else if (action == 1) handler.requestUnstake(r1, r2);
        else if (action == 2) handler.completeUnstake(r1, r2 % 2 == 0);
        else if (action == 3) handler.addRewards(r1, r2, r3 % 2 == 0);
        else if (action == 4) handler.addRewardsBatch(r1, r2, r3, r1 ^ r2);
        else if (action == 5) handler.slash(r1, r2 % 4 == 0 ? 5000 : r2 % 200);
        else if (action == 6) handler.slashByAmount(r1, r2 % 300 ether);
        else if (action == 7) handler.claimCommission(r1);
        else if (action == 8) handler.transferShares(r1, r2, r3);
        else if (action == 9) handler.warp(r1);
        else if (action == 10) handler.donate(r1, r2);
        else if (action == 11) handler.reactivate(r1);
        else if (action == 12) handler.proverExit(r1);
        else if (action == 13) handler.withdrawTreasury(r1);
        else handler.adminSetState(r1, r2 % 2 == 0);
    }
}
