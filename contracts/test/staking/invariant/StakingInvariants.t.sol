// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {Test} from "../../utils/Test.sol";
import {StakingHandler} from "./StakingHandler.sol";

/// @title Invariants of the staking system under random stake / unstake / rewards / slash /
///        commission / share-transfer / donation / time sequences (issue #4).
contract StakingInvariantsTest is Test {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

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

    /// @notice (1) solvency of the controller and escrow, (2) share supply, commission books.
    function invariant_solvencyAndShareAccounting() public view {
        check_1a_controllerSolvent();
        check_1b_pendingUnstakesBackedByEscrow();
        check_2_supplyEqualsSumOfBalances();
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

    /// @notice The controller holds every pending unstake and every unclaimed commission:
    ///         its BREV balance is at least Σ getProverTotalUnstaking + Σ pendingCommission
    ///         (exactly that plus what outsiders sent it), and each vault holds its totalAssets.
    function check_1a_controllerSolvent() internal view {
        uint256 owed;
        for (uint256 i = 0; i < provers.length; ++i) {
            (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(provers[i]);
            owed += controller.getProverTotalUnstaking(provers[i]) + pendingCommission;
            assertEq(
                brev.balanceOf(address(vaults[i])), vaults[i].totalAssets(), "vault balance == totalAssets"
            );
        }
        uint256 held = brev.balanceOf(address(controller));
        assertGe(held, owed, "controller balance >= unstaking + commission");
        assertEq(held, owed + handler.totalDonatedToController(), "controller balance == owed + stray donations");
    }

    /// @notice Every staker's pending requests, valued after slashing, fit in the prover's escrow.
    function check_1b_pendingUnstakesBackedByEscrow() internal view {
        (address[] memory pairActors, address[] memory pairProvers) = handler.pendingPairs();
        uint256[] memory escrow = new uint256[](provers.length);
        uint256[] memory sum = new uint256[](provers.length);
        for (uint256 p = 0; p < provers.length; ++p) escrow[p] = controller.getProverTotalUnstaking(provers[p]);
        for (uint256 k = 0; k < pairActors.length; ++k) {
            uint256 p = 0;
            while (provers[p] != pairProvers[k]) ++p;
            (uint256 total, uint256 ready) = controller.getUnstakingInfo(pairProvers[k], pairActors[k]);
            assertLe(ready, total, "ready <= total");
            assertLe(total, escrow[p], "one staker's pending value <= escrow");
            sum[p] += total;
        }
        for (uint256 p = 0; p < provers.length; ++p) assertLe(sum[p], escrow[p], "pending value <= escrow");
    }

    // ------------------------------------------------------------ (2) share accounting

    /// @notice totalSupply is exactly the sum of the balances of the accounts that can hold
    ///         shares, and the holder bookkeeping (vault and controller) agrees with it.
    function check_2_supplyEqualsSumOfBalances() internal view {
        bool[] memory holdsAny = new bool[](actors.length);
        uint256 uniqueHolders;
        for (uint256 v = 0; v < vaults.length; ++v) {
            uint256 sum;
            uint256 holders;
            for (uint256 a = 0; a < actors.length; ++a) {
                uint256 balance = vaults[v].balanceOf(actors[a]);
                sum += balance;
                if (balance > 0) {
                    ++holders;
                    if (!holdsAny[a]) {
                        holdsAny[a] = true;
                        ++uniqueHolders;
                    }
                }
            }
            assertEq(vaults[v].totalSupply(), sum, "totalSupply == sum of balances");
            assertEq(vaults[v].holderCount(), holders, "vault holderCount");
            assertEq(vaults[v].balanceOf(address(controller)), 0, "controller keeps no shares");
        }
        assertEq(controller.getTotalStakers(), uniqueHolders, "controller unique stakers");
    }

    // ------------------------------------------------------------ (3) share price

    /// @notice convertToAssets(10**decimals) of a vault with shares outstanding never fell in any
    ///         call except a slash of that vault.
    function check_3_sharePriceFallsOnlyOnSlash() internal view {
        assertFalse(handler.priceDropOutsideSlash(), handler.priceDropNote());
    }

    // ------------------------------------------------------------ (4) no value created

    /// @notice Nobody got out more than went in: in total, Σ withdrawn <= Σ deposited + rewards
    ///         to stakers + donations to vaults; and per actor, withdrawn + what it still holds
    ///         <= deposited + its pro-rata credits + value received by share transfer - value
    ///         sent, up to a few wei of rounding per call.
    function check_4_noActorWithdrawsMoreThanEntitled() internal view {
        assertLe(
            handler.totalWithdrawn(),
            handler.totalDeposited() + handler.totalToStakers() + handler.totalDonatedToVaults(),
            "total withdrawn <= deposits + staker rewards + donations"
        );
        // Rounding: per call and vault, one share unit's worth plus a wei (tracked by the handler).
        uint256 tolerance = handler.roundingAllowance() + 10;
        uint256 allHoldings;
        for (uint256 a = 0; a < actors.length; ++a) {
            (uint256 outSide, uint256 inSide, uint256 held) = handler.ledger(actors[a]);
            allHoldings += held;
            assertLe(outSide, inSide + tolerance, "actor withdrew + holds more than entitled");
        }
        assertLe(
            handler.totalWithdrawn() + allHoldings,
            handler.totalDeposited() + handler.totalToStakers() + handler.totalDonatedToVaults()
                + actors.length * tolerance,
            "all actors: withdrawn + holdings <= in"
        );
    }

    /// @notice Commission: what a prover claimed plus what is pending is exactly what accrued
    ///         (reward commission plus BREV swept out of share-less vaults), and every reward was
    ///         split exactly into commission and stakers' part.
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

    /// @notice An Active prover's own shares are worth at least minSelfStake.
    function check_5_activeProverMeetsMinSelfStake() internal view {
        uint256 minSelfStake = controller.minSelfStake();
        for (uint256 i = 0; i < provers.length; ++i) {
            if (controller.getProverState(provers[i]) != 1) continue;
            uint256 selfStake = vaults[i].previewRedeem(vaults[i].balanceOf(provers[i]));
            assertGe(selfStake, minSelfStake, "active prover self-stake >= minSelfStake");
            assertGe(
                controller.getProverSlashingScale(provers[i]), controller.DEACTIVATION_SCALE(), "active prover scale"
            );
        }
    }

    // ------------------------------------------------------------ handler-side checks

    /// @notice Every call agreed with the previews and the handler's own arithmetic, and the
    ///         probes of forbidden moves all failed with the right error: no locked self-stake
    ///         share moved, no request was paid before its delay, no prover unstaked below
    ///         minSelfStake.
    function check_handlerObservations() internal view {
        assertFalse(handler.accountingError(), handler.accountingNote());
        assertFalse(handler.lockBypassed(), "prover moved locked self-stake shares");
        assertFalse(handler.earlyWithdrawal(), "an unstake was paid before the delay");
        assertFalse(handler.minSelfStakeBypassed(), "a prover unstaked below minSelfStake");
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
            uint256 seed = uint256(keccak256(abi.encode("staking-handler", i)));
            uint256 r1 = uint256(keccak256(abi.encode(seed, 1)));
            uint256 r2 = uint256(keccak256(abi.encode(seed, 2)));
            uint256 r3 = uint256(keccak256(abi.encode(seed, 3)));
            uint256 action = seed % handler.ACTION_COUNT();
            if (action == 0) handler.stake(r1, r2, r3);
            else if (action == 1) handler.requestUnstake(r1, r2);
            else if (action == 2) handler.completeUnstake(r1, r2 % 2 == 0);
            else if (action == 3) handler.addRewards(r1, r2, r3 % 2 == 0);
            else if (action == 4) handler.addRewardsBatch(r1, r2, r3, r1 ^ r2);
            else if (action == 5) handler.slash(r1, r2 % 8 == 0 ? 1500 : r2 % 200);
            else if (action == 6) handler.claimCommission(r1);
            else if (action == 7) handler.transferShares(r1, r2, r3);
            else if (action == 8) handler.warp(r1);
            else if (action == 9) handler.donate(r1, r2);
            else if (action == 10) handler.reactivate(r1);
            else handler.retireProver(r1);
        }
        for (uint256 a = 0; a < handler.ACTION_COUNT(); ++a) {
            StakingHandler.Action action = StakingHandler.Action(a);
            _log(string.concat(handler.actionName(a), " ok"), handler.okCount(action));
            _log(string.concat(handler.actionName(a), " skipped"), handler.skipCount(action));
            assertGt(handler.okCount(action), 0, string.concat("action never succeeded: ", handler.actionName(a)));
        }
        _log("slashes that lowered the price", handler.slashPriceDrops());
        _log("total withdrawn (wei)", handler.totalWithdrawn());
        _log("total rewards (wei)", handler.totalRewards());
        assertGt(handler.totalWithdrawn(), 0, "something was withdrawn");
        assertGt(handler.slashPriceDrops(), 0, "a slash lowered a share price");

        invariant_solvencyAndShareAccounting();
        invariant_valuePriceAndSelfStake();
        afterInvariant();
    }

    /// @notice Replays the campaign's shrunk counterexample that exposed unowned BREV in an
    ///         emptied vault: a staker and then the prover leave a vault, an outsider donates to
    ///         it, the prover tops up and is reactivated, someone stakes. With the controller's
    ///         sweep every stake keeps its value up to dust and every invariant holds.
    function test_regression_donationToAnEmptiedVault() public {
        handler.requestUnstake(1023, 8152);
        handler.retireProver(974921508332563906676532144423199182502613568811560498709138841684);
        handler.donate(6091915799819821723931733842158298820836097848, 84798401030375);
        handler.reactivate(298027299265220946153772527957440621818066641479912083648744230017956);
        handler.stake(864000, 500, 10255700000000031880295);
        assertGt(handler.totalSweptToCommission(), 0, "the donation was swept to commission");
        assertGe(handler.okCount(StakingHandler.Action.Reactivate), 1, "prover reactivated");
        for (uint256 a = 0; a < actors.length; ++a) {
            (uint256 outSide, uint256 inSide,) = handler.ledger(actors[a]);
            assertLe(outSide, inSide + 100, "no actor gained more than dust");
        }
        invariant_solvencyAndShareAccounting();
        invariant_valuePriceAndSelfStake();
    }

    /// @dev forge prints calls to its console address (no forge-std here).
    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }
}
