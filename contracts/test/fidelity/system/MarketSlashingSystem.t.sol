// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {SlashForecast} from "../../system/utils/SlashForecast.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): the market's slash of an overdue request, as
///        the real controller carries it out.
/// @notice The market asks for minStake × slashBps / 10,000; the controller converts that amount
///         into whole basis points of vault assets plus pending unstakes (rounded down, capped at
///         maxSlashBps), takes that fraction of both, and keeps it in treasuryPool.
contract MarketSlashingSystemTest is SystemFixture {
    uint256 internal constant MIN_STAKE = 2000 ether;
    /// @dev minStake × slashBps / 10,000 with the deployed 50 %.
    uint256 internal constant ASKED = 1000 ether;

    /// @dev p1 holds 1000 BREV of its own and 5000 of alice's: 6000 BREV of vault assets.
    function _backP1() internal {
        _stake(alice, p1, 5000 ether);
    }

    /// @notice Without pending unstakes: 1000 of 6000 BREV is 16.66 %, rounded down to 1666 bps,
    ///         so the controller takes 999.6 BREV — a little less than the market asked.
    function test_marketSlash_takesTheAskedAmountAsWholeBpsOfTheVault_roundedDown() public {
        _backP1();
        bytes32 reqid = _requestWith(1, 10 ether, MIN_STAKE);
        _missDeadline(p1, reqid, 4 ether);
        assertEq(MIN_STAKE * market.slashBps() / BPS, ASKED, "the market asks minStake x slashBps");
        uint256 bps = SlashForecast.bpsFor(controller, p1, ASKED);
        (, uint256 fromVault, uint256 fromPending) = SlashForecast.outcome(controller, p1, bps);
        assertEq(bps, 1666, "whole bps, rounded down");
        assertEq(fromVault, 999.6 ether, "6000 x 16.66 %");
        assertEq(fromPending, 0, "nothing pending");

        _expectEmit(address(controller));
        emit IStakingController.ProverSlashed(p1, 999.6 ether, 1666);
        _expectEmit(address(market));
        emit IBrevisMarket.ProverSlashed(reqid, p1, ASKED);
        vm.prank(STRANGER);
        market.slash(reqid);

        assertEq(controller.treasuryPool(), 999.6 ether, "the slash lands in treasuryPool");
        assertEq(brev.balanceOf(address(controller)), 999.6 ether, "and the controller holds it");
        assertEq(_vaultAssets(p1), 5000.4 ether, "taken from the vault");
        assertEq(_scale(p1), 8334, "scale 10,000 x (1 - 16.66 %)");
        _assertStatus(reqid, IBrevisMarket.ReqStatus.Slashed, "slashed once");
    }

    /// @notice With pending unstakes the amount is the same: the bps are taken of vault assets
    ///         plus pending (6000 BREV), and vault and pending unstakes lose the same 16.66 %.
    ///         (bps of the vault alone — 2500 — applied to both would take 1500 BREV.)
    function test_marketSlash_withPendingUnstakes_vaultAndPendingLoseTheSameFraction() public {
        _backP1();
        bytes32 reqid = _requestWith(1, 10 ether, MIN_STAKE);
        _win(p1, reqid, 4 ether);
        // After winning (the market checks vault assets only at bid and reveal) alice leaves with a third.
        _requestUnstake(alice, p1, 2000 ether);
        assertEq(_vaultAssets(p1), 4000 ether, "vault");
        assertEq(_pending(p1), 2000 ether, "pending");
        _warpPastDeadline(reqid);
        market.refund(reqid);

        uint256 treasuryBefore = controller.treasuryPool();
        vm.prank(STRANGER);
        market.slash(reqid);

        uint256 fromVault = 4000 ether - _vaultAssets(p1);
        uint256 fromPending = 2000 ether - _pending(p1);
        assertEq(fromVault, 666.4 ether, "vault: 4000 x 16.66 %");
        assertEq(fromPending, 333.2 ether, "pending: 2000 x 16.66 %");
        assertEq(fromVault * BPS, 4000 ether * 1666, "the vault's fraction is 1666 bps");
        assertEq(fromPending * BPS, 2000 ether * 1666, "the same fraction of the pending unstakes");
        assertEq(controller.treasuryPool() - treasuryBefore, 999.6 ether, "the same total as without pending");
        (uint256 aliceOwed,) = controller.getUnstakingInfo(p1, alice);
        assertEq(aliceOwed, 1666.8 ether, "alice's request is worth 2000 x 8334 / 10,000");

        vm.warp(block.timestamp + UNSTAKE_DELAY);
        assertEq(_completeUnstake(alice, p1), 1666.8 ether, "and pays that");
    }

    /// @notice A market slash that would take the scale below MIN_SCALE_FLOOR (2000) reverts
    ///         ControllerSlashTooHigh, is never clamped, and rolls back: the request stays Refunded
    ///         and may be slashed later in its window, e.g. once the owner lowers slashBps.
    ///         Three overdue requests of 2000 BREV minStake on 2200 BREV of vault assets:
    ///         4545 bps (scale 5455), then 5000 bps (capped: scale 2727), then 5000 bps would
    ///         leave 1363.
    function test_marketSlash_belowTheScaleFloor_revertsAndLeavesTheRequestRefunded() public {
        _stake(alice, p1, 1200 ether);
        bytes32[3] memory missed;
        for (uint64 i = 0; i < 3; ++i) {
            missed[i] = _requestWith(i + 1, 10 ether, MIN_STAKE);
            _bid(p1, missed[i], 4 ether, i);
        }
        _warpToReveal(missed[0]);
        // 2000, then 2000 + 5 % of 2000, then 2000 + 5 % of 4000: the last reveal needs all 2200.
        for (uint64 i = 0; i < 3; ++i) {
            _reveal(p1, missed[i], 4 ether, i);
        }
        assertEq(market.assignedStake(p1), 3 * MIN_STAKE, "all three won");
        _warpPastDeadline(missed[0]);
        market.batchRefund(_ids(missed[0], missed[1], missed[2]));

        market.slash(missed[0]);
        assertEq(_scale(p1), 5455, "4545 bps");
        _assertState(p1, DEACTIVATED, "self-stake below the minimum: deactivated");
        market.slash(missed[1]);
        assertEq(_scale(p1), 2727, "capped at maxSlashBps");
        uint256 treasury = controller.treasuryPool();

        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        market.slash(missed[2]);
        _assertStatus(missed[2], IBrevisMarket.ReqStatus.Refunded, "still Refunded: the slash was rolled back");
        assertEq(controller.treasuryPool(), treasury, "nothing taken");
        assertEq(_scale(p1), 2727, "scale unchanged");
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        market.slash(missed[2]);

        market.setSlashBps(500); // 100 BREV of 600.05: 1666 bps, scale 2272
        market.slash(missed[2]);
        assertEq(_scale(p1), 2272, "a smaller slash fits above the floor");
        _assertStatus(missed[2], IBrevisMarket.ReqStatus.Slashed, "slashed in its window after all");
    }

    /// @notice Once the window has closed, a request whose slash was refused is never slashed.
    function test_marketSlash_refusedAtTheFloor_isLostOnceTheWindowCloses() public {
        _stake(alice, p1, 1000 ether);
        bytes32 first = _requestWith(1, 10 ether, MIN_STAKE);
        _missDeadline(p1, first, 4 ether);
        controller.slash(p1, MAX_SLASH_BPS); // the deployer's own slash: scale 5000
        controller.slash(p1, MAX_SLASH_BPS); // scale 2500
        vm.expectRevert(IStakingController.ControllerSlashTooHigh.selector);
        market.slash(first);

        uint256 windowEnd = uint256(_deadlineOf(first)) + SLASH_WINDOW;
        vm.warp(windowEnd + 1);
        market.setSlashBps(1);
        vm.expectRevert(
            abi.encodeWithSelector(IBrevisMarket.MarketSlashWindowExpired.selector, windowEnd + 1, windowEnd)
        );
        market.slash(first);
        _assertStatus(first, IBrevisMarket.ReqStatus.Refunded, "Refunded for good");
    }
}
