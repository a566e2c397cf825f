// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {Vm} from "../../utils/Vm.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): rewards and commission as on Base — addRewards is open to
///        anyone who pays, only for Active provers; ControllerNoShares guards a vault without
///        shares; the batch pulls once and fails as a whole; commission at the payer's own
///        rate else the default; claiming nothing returns 0.
contract RewardsFidelityTest is StakingFixture {
    ProverVault internal vault1;

    function setUp() public override {
        super.setUp();
        vault1 = ProverVault(_initProver(prover1, 1000)); // 10 % default
        _stake(alice, prover1, 1000 ether);
    }

    // ------------------------------------------------------------ who may pay, for whom

    function test_addRewards_anyoneWhoPaysMayCall_noRole() public {
        _fund(stranger, 100 ether);
        vm.prank(stranger);
        brev.approve(address(controller), 100 ether);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(prover1, stranger, 100 ether, 10 ether, 90 ether);
        vm.prank(stranger);
        (uint256 commission, uint256 toStakers) = controller.addRewards(prover1, 100 ether);
        assertEq(commission, 10 ether, "commission");
        assertEq(toStakers, 90 ether, "to stakers");
        assertEq(brev.balanceOf(stranger), 0, "paid by the caller");
        assertEq(vault1.totalAssets(), 2090 ether, "given to the vault");
    }

    function test_addRewards_onlyForActiveProvers_deactivatedReverts() public {
        vm.prank(admin);
        controller.deactivateProver(prover1);
        _expectNotActive(prover1);
    }

    function test_addRewards_onlyForActiveProvers_jailedReverts() public {
        vm.prank(admin);
        controller.jailProver(prover1);
        _expectNotActive(prover1);
    }

    function test_addRewards_onlyForActiveProvers_unknownRevertsNotInitialized() public {
        vm.prank(market);
        brev.approve(address(controller), 1 ether);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(market);
        controller.addRewards(prover2, 1 ether);
    }

    /// @notice A prover that exits fully is deactivated, so its remaining stakers get no more
    ///         rewards (a proof fee to it, or an epoch batch naming it, reverts).
    function test_addRewards_revertsAfterTheProversFullExit_thoughStakersRemain() public {
        _requestUnstakeAll(prover1, prover1);
        assertGt(vault1.totalSupply(), 0, "alice still holds shares");
        _expectNotActive(prover1);
    }

    function test_addRewards_zeroAmountIsAccepted() public {
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(prover1, market, 0, 0, 0);
        vm.prank(market);
        (uint256 commission, uint256 toStakers) = controller.addRewards(prover1, 0);
        assertEq(commission + toStakers, 0, "nothing");
    }

    // ------------------------------------------------------------ ControllerNoShares

    /// @notice An Active prover normally holds shares, so the guard is reached only when BREV
    ///         was sent to the vault's CREATE2 address before initializeProver and the
    ///         self-stake bought no shares (see InflationAttack.t.sol): then every reward with a
    ///         stakers' part reverts ControllerNoShares.
    function test_addRewards_revertsNoSharesForAVaultWithoutShares() public {
        ProverVault vault2 = _activeProverWithoutShares(prover2, 1000);
        assertEq(vault2.totalSupply(), 0, "no shares");
        vm.prank(market);
        brev.approve(address(controller), 100 ether);
        vm.expectRevert(IStakingController.ControllerNoShares.selector);
        vm.prank(market);
        controller.addRewards(prover2, 100 ether);
    }

    function test_addRewards_noSharesGuardSparesAnAllCommissionReward() public {
        _activeProverWithoutShares(prover2, 10_000);
        (uint256 commission, uint256 toStakers) = _addRewards(market, prover2, 100 ether);
        assertEq(commission, 100 ether, "all commission");
        assertEq(toStakers, 0, "nothing given to the share-less vault");
    }

    // ------------------------------------------------------------ commission

    function test_commission_atThePayersOwnRateElseTheDefault() public {
        _setCommissionRate(prover1, market, 2500);
        (uint256 fromMarket,) = _addRewards(market, prover1, 100 ether);
        (uint256 fromEpoch,) = _addRewards(epochRewards, prover1, 100 ether);
        (uint256 fromStranger,) = _addRewards(stranger, prover1, 100 ether);
        assertEq(fromMarket, 25 ether, "the market's own rate");
        assertEq(fromEpoch, 10 ether, "default");
        assertEq(fromStranger, 10 ether, "default");
        assertEq(_pendingCommission(prover1), 45 ether, "accrued");
    }

    function test_commissionRateChange_appliesToTheNextRewardAtOnce() public {
        _setCommissionRate(prover1, address(0), 3000);
        (uint256 commission,) = _addRewards(market, prover1, 100 ether);
        assertEq(commission, 30 ether, "new default, same block");
        _setCommissionRate(prover1, market, 0);
        (commission,) = _addRewards(market, prover1, 100 ether);
        assertEq(commission, 0, "own rate of 0 is a rate");
        vm.prank(prover1);
        controller.resetCommissionRate(market);
        (commission,) = _addRewards(market, prover1, 100 ether);
        assertEq(commission, 30 ether, "back to the default");
    }

    function test_claimCommission_ofZeroReturnsZeroWithoutEventOrTransfer() public {
        vm.recordLogs();
        assertEq(_claimCommission(prover1), 0, "returns 0");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 0, "no event, no transfer");
    }

    function test_claimCommission_paysTheProverInAnyState() public {
        _addRewards(market, prover1, 100 ether);
        vm.prank(admin);
        controller.jailProver(prover1);
        uint256 before = brev.balanceOf(prover1);
        _expectEmit(address(controller));
        emit IStakingController.CommissionClaimed(prover1, 10 ether);
        assertEq(_claimCommission(prover1), 10 ether, "claimed");
        assertEq(brev.balanceOf(prover1) - before, 10 ether, "received");
    }

    function test_claimCommission_revertsForAnUnknownProver() public {
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        vm.prank(stranger);
        controller.claimCommission();
    }

    function test_commissionRatesList_startsWithTheDefault() public {
        _setCommissionRate(prover1, market, 2500);
        _setCommissionRate(prover1, epochRewards, 500);
        _setCommissionRate(prover1, stranger, 700);
        (address[] memory sources, uint64[] memory rates) = controller.getCommissionRates(prover1);
        assertEq(sources.length, 4, "default + 3");
        assertEq(sources[0], address(0), "default first");
        assertEq(rates[0], 1000, "default rate");
        assertEq(sources[1], market, "then in the order set");
        assertEq(rates[1], 2500, "market");
        assertEq(sources[2], epochRewards, "epochRewards");
        assertEq(sources[3], stranger, "stranger");

        // A reset moves the last source into the freed slot (set semantics).
        vm.prank(prover1);
        controller.resetCommissionRate(market);
        (sources, rates) = controller.getCommissionRates(prover1);
        assertEq(sources.length, 3, "two own rates left");
        assertEq(sources[0], address(0), "default still first");
        assertEq(sources[1], stranger, "last moved into the freed slot");
        assertEq(rates[1], 700, "its rate");
        assertEq(sources[2], epochRewards, "epochRewards");
    }

    function test_commissionRatesList_ofAProverWithoutRatesReverts() public {
        // Index out of bounds: the list always writes the default into slot 0.
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x32));
        controller.getCommissionRates(stranger);
    }

    function test_setCommissionRate_eventSaysUseDefaultFalse_evenForTheDefault() public {
        _expectEmit(address(controller));
        emit IStakingController.CommissionRateUpdated(prover1, address(0), 1000, 3000, false);
        _setCommissionRate(prover1, address(0), 3000);
        assertEq(_defaultRate(prover1), 3000, "default");
    }

    function test_setCommissionRate_oldRateIsZeroForASourceWithoutItsOwnRate() public {
        _expectEmit(address(controller));
        emit IStakingController.CommissionRateUpdated(prover1, market, 0, 2500, false);
        _setCommissionRate(prover1, market, 2500);
    }

    function test_resetCommissionRate_ofASourceWithoutItsOwnRate_stillEmits() public {
        _expectEmit(address(controller));
        emit IStakingController.CommissionRateUpdated(prover1, market, 0, 1000, true);
        vm.prank(prover1);
        controller.resetCommissionRate(market);
    }

    function test_resetCommissionRate_ofTheDefaultRevertsInvalidArg() public {
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.resetCommissionRate(address(0));
    }

    function test_setCommissionRate_above10000RevertsInvalidArg() public {
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(prover1);
        controller.setCommissionRate(market, 10_001);
    }

    // ------------------------------------------------------------ batch

    function test_addRewardsBatch_pullsTheTotalOnceAndSplitsEach() public {
        ProverVault vault2 = ProverVault(_initProver(prover2, 2000));
        _setCommissionRate(prover2, epochRewards, 500);
        uint256 before = brev.balanceOf(epochRewards);
        vm.prank(epochRewards);
        brev.approve(address(controller), 300 ether);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(prover1, epochRewards, 100 ether, 10 ether, 90 ether);
        _expectEmit(address(controller));
        emit IStakingController.RewardsAdded(prover2, epochRewards, 200 ether, 10 ether, 190 ether);
        vm.prank(epochRewards);
        controller.addRewards(_addrs(prover1, prover2), _amts(100 ether, 200 ether));

        assertEq(before - brev.balanceOf(epochRewards), 300 ether, "total pulled");
        assertEq(vault1.totalAssets(), 2090 ether, "vault 1");
        assertEq(vault2.totalAssets(), MIN_SELF_STAKE + 190 ether, "vault 2 at the payer's own rate");
    }

    function test_addRewardsBatch_oneInactiveProverRevertsTheWholeBatch() public {
        _initProver(prover2, 2000);
        vm.prank(admin);
        controller.deactivateProver(prover2);
        vm.prank(epochRewards);
        brev.approve(address(controller), 300 ether);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(epochRewards);
        controller.addRewards(_addrs(prover1, prover2), _amts(100 ether, 200 ether));
    }

    function test_addRewardsBatch_lengthMismatchRevertsInvalidArg() public {
        vm.expectRevert(IStakingController.ControllerInvalidArg.selector);
        vm.prank(epochRewards);
        controller.addRewards(_addrs(prover1, prover1), _amts(1 ether));
    }

    function test_addRewardsBatch_emptyBatchSucceeds() public {
        vm.recordLogs();
        vm.prank(epochRewards);
        controller.addRewards(new address[](0), new uint256[](0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "only the zero transfer");
    }

    function test_addRewardsBatch_sameProverTwiceIsPaidTwice() public {
        _addRewardsBatch(epochRewards, _addrs(prover1, prover1), _amts(100 ether, 50 ether));
        assertEq(_pendingCommission(prover1), 15 ether, "both entries");
        assertEq(vault1.totalAssets(), 2135 ether, "both entries");
    }

    // ------------------------------------------------------------ helpers

    function _expectNotActive(address prover) private {
        vm.prank(market);
        brev.approve(address(controller), 1 ether);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(market);
        controller.addRewards(prover, 1 ether);
    }

    /// @dev BREV worth minSelfStake sent to the predicted vault first: the self-stake buys 0 shares.
    function _activeProverWithoutShares(address prover, uint64 rate) private returns (ProverVault vault) {
        address predicted = factory.predictVaultAddress(address(brev), prover, address(controller));
        _send(carol, predicted, MIN_SELF_STAKE);
        vault = ProverVault(_initProver(prover, rate));
        _assertState(prover, ACTIVE, "Active");
    }
}
