// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {SystemFixture} from "../../system/utils/SystemFixture.sol";

/// @title Fidelity across contracts (issue #12): who may bid and reveal, as the market asks the
///        real controller's isProverEligible.
/// @notice Required = minStake + assignedStake × overcommitBps / 10,000, compared with the
///         prover's vault assets only: pending unstakes, though still slashable and counted in
///         getProverTotalAssets, do not count. p1 holds 1000 BREV of its own and 2000 of alice's.
contract MarketEligibilitySystemTest is SystemFixture {
    function setUp() public override {
        super.setUp();
        _stake(alice, p1, 2000 ether);
    }

    function _notEligible(address prover, uint256 required, uint256 assets) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IBrevisMarket.MarketProverNotEligible.selector, prover, required, assets);
    }

    /// @notice Surprising but deployed: with 1000 BREV of alice's leaving, p1 still has 3000 BREV
    ///         at stake (and slashable), yet only its 2000 BREV of vault assets count.
    function test_eligibility_countsVaultAssetsOnly_notPendingUnstakes() public {
        _requestUnstake(alice, p1, 1000 ether);
        assertEq(controller.getProverTotalAssets(p1), 3000 ether, "vault + pending");
        (bool eligible, uint256 assets) = controller.isProverEligible(p1, 2500 ether);
        assertFalse(eligible, "not eligible for 2500");
        assertEq(assets, 2000 ether, "vault assets reported");

        bytes32 reqid = _requestWith(1, 10 ether, 2500 ether);
        vm.expectRevert(_notEligible(p1, 2500 ether, 2000 ether));
        _bid(p1, reqid, 1 ether, 1);
        _bid(p1, _requestWith(2, 10 ether, 2000 ether), 1 ether, 1);
    }

    /// @notice Overcommitment: holding 2000 BREV of minStake as winner, p1 needs 5 % of it (100
    ///         BREV) free on top of the next request's minStake: 2900 fits its 3000, 2901 does not.
    function test_eligibility_overcommit_minStakePlusFivePercentOfTheAssignedStake() public {
        bytes32 held = _requestWith(1, 10 ether, 2000 ether);
        _win(p1, held, 1 ether);
        assertEq(market.assignedStake(p1), 2000 ether, "held as winner");

        bytes32 fits = _requestWith(2, 10 ether, 2900 ether);
        bytes32 tooBig = _requestWith(3, 10 ether, 2901 ether);
        _bid(p1, fits, 1 ether, 1);
        vm.expectRevert(_notEligible(p1, 3001 ether, 3000 ether));
        _bid(p1, tooBig, 1 ether, 1);
        _warpToReveal(fits);
        _reveal(p1, fits, 1 ether, 1);
        assertEq(market.assignedStake(p1), 4900 ether, "both held: more than its assets");
    }

    /// @notice Eligibility is checked again at reveal: alice's unstake between bid and reveal
    ///         leaves p1 short, and its sealed bid cannot be revealed.
    function test_eligibility_checkedAgainAtReveal() public {
        bytes32 reqid = _requestWith(1, 10 ether, 3000 ether);
        _bid(p1, reqid, 1 ether, 1);
        _requestUnstake(alice, p1, 1 ether);
        _warpToReveal(reqid);
        vm.expectRevert(_notEligible(p1, 3000 ether, 2999 ether));
        _reveal(p1, reqid, 1 ether, 1);
    }

    /// @notice A prover that is not Active is refused whatever its assets.
    function test_eligibility_jailedOrDeactivatedProverIsRefused() public {
        bytes32 reqid = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        controller.jailProver(p1);
        vm.expectRevert(_notEligible(p1, MIN_SELF_STAKE, 3000 ether));
        _bid(p1, reqid, 1 ether, 1);
        controller.deactivateProver(p1);
        vm.expectRevert(_notEligible(p1, MIN_SELF_STAKE, 3000 ether));
        _bid(p1, reqid, 1 ether, 1);
    }

    /// @notice Surprising but deployed: a bid from an address that never registered reverts with
    ///         no reason at all — the controller asks the vault of address(0) for its assets.
    function test_bid_fromAnAddressThatNeverRegistered_revertsWithoutReason() public {
        bytes32 reqid = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        vm.prank(STRANGER);
        try market.bid(reqid, bytes32(uint256(1))) {
            fail("an unregistered address could bid");
        } catch (bytes memory err) {
            assertEq(err.length, 0, "no revert data");
        }
        vm.expectRevert();
        controller.isProverEligible(STRANGER, 0);
    }

    /// @notice A retired prover's vault stays deployed (emptied), so its bid is refused as not
    ///         eligible with 0 assets, unlike an address that never registered.
    function test_bid_fromARetiredProver_isNotEligibleWithZeroAssets() public {
        _emptyProver(p2);
        vm.prank(p2);
        controller.retireProver(p2);
        bytes32 reqid = _requestWith(1, 10 ether, MIN_SELF_STAKE);
        vm.expectRevert(_notEligible(p2, MIN_SELF_STAKE, 0));
        _bid(p2, reqid, 1 ether, 1);
    }
}
