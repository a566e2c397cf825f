// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {AccessControl} from "../../../src/access/AccessControl.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";
import {RewardsFixture} from "../../rewards/utils/RewardsFixture.sol";
import {Vm} from "../../utils/Vm.sol";

/// @title Fidelity: `distributeRewards` and the reward views.
/// @notice Setup: epoch 1 pays p0 100, p1 200, p2 300 BREV; epoch 2 pays p0 40 and p2 60;
///         all three provers Active in the (mock) controller; the contract holds 10,000 BREV.
contract EpochRewardsDistributionFidelityTest is RewardsFixture {
    address internal p0 = _prover(0);
    address internal p1 = _prover(1);
    address internal p2 = _prover(2);

    function setUp() public override {
        super.setUp();
        _warpToEndOf(2);
        _submit(_output(1, _addrs(p0, p1, p2), _amts(100 ether, 200 ether, 300 ether)));
        _submit(_output(2, _addrs(p0, p2), _amts(40 ether, 60 ether)));
        _activate(_addrs(p0, p1, p2));
        brev.mint(address(rewards), 10_000 ether);
    }

    function _distributed(uint32 epoch, address prover) internal view returns (bool distributed) {
        (, distributed) = rewards.epochProverRewards(epoch, prover);
    }

    /// @dev The (provers, amounts) of each batch the controller logged since vm.recordLogs().
    function _batches() internal returns (bytes[] memory batches) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        batches = new bytes[](logs.length);
        uint256 count = 0;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == address(controller) && logs[i].topics[0] == MockStakingController.BatchPaid.selector)
            {
                batches[count++] = logs[i].data;
            }
        }
        assembly ("memory-safe") {
            mstore(batches, count)
        }
    }

    function _notDistributable(address prover) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(EpochRewards.StakingRewardsNotDistributable.selector, prover);
    }

    // ================================================================== distributeRewards

    /// @notice One batch addRewards with the recorded amounts in list order; the controller
    ///         pulls the total from this contract; the entries are marked paid.
    function test_distributeRewards_paysRecordedAmountsInOneBatchAddRewards() public {
        vm.recordLogs();
        _distribute(1, _addrs(p2, p0));
        bytes[] memory batches = _batches();
        assertEq(batches.length, 1, "one batch");
        assertEq(
            batches[0], abi.encode(_addrs(p2, p0), _amts(300 ether, 100 ether)), "list order kept, recorded amounts"
        );
        assertEq(brev.balanceOf(address(controller)), 400 ether, "pulled by the controller");
        assertEq(brev.balanceOf(address(rewards)), 9_600 ether, "left here");
        assertTrue(_distributed(1, p0) && _distributed(1, p2), "marked paid");
        assertFalse(_distributed(1, p1), "p1 not listed");
        (uint128 amount,) = rewards.epochProverRewards(1, p0);
        assertEq(amount, 100 ether, "the amount stays recorded");
    }

    function test_distributeRewards_onlyRewardUpdater() public {
        bytes32 role = rewards.REWARD_UPDATER_ROLE();
        address[3] memory callers = [address(this), epochUpdater, stranger];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, callers[i], role)
            );
            rewards.distributeRewards(1, _addrs(p0));
        }
    }

    /// @notice Nothing recorded (unknown prover, other epoch, zero amount) reverts the call.
    function test_distributeRewards_zeroEntry_StakingRewardsNotDistributable() public {
        vm.startPrank(rewardUpdater);
        vm.expectRevert(_notDistributable(stranger));
        rewards.distributeRewards(1, _addrs(p0, stranger));
        vm.expectRevert(_notDistributable(p1));
        rewards.distributeRewards(2, _addrs(p1));
        vm.expectRevert(_notDistributable(p0));
        rewards.distributeRewards(7, _addrs(p0));
        vm.stopPrank();
        assertFalse(_distributed(1, p0), "the whole call was undone");
    }

    /// @notice Surprising but deployed: a zero-amount entry is recorded yet can never be paid,
    ///         and it makes any batch listing it revert.
    function test_distributeRewards_zeroAmountEntry_StakingRewardsNotDistributable() public {
        address p3 = _prover(3);
        _warpToEndOf(3);
        _submit(_output(3, _addrs(p0, p3), _amts(1 ether, 0)));
        vm.prank(rewardUpdater);
        vm.expectRevert(_notDistributable(p3));
        rewards.distributeRewards(3, _addrs(p0, p3));
    }

    function test_distributeRewards_alreadyPaid_StakingRewardsNotDistributable() public {
        _distribute(1, _addrs(p0));
        vm.startPrank(rewardUpdater);
        vm.expectRevert(_notDistributable(p0));
        rewards.distributeRewards(1, _addrs(p1, p0));
        vm.expectRevert(_notDistributable(p1));
        rewards.distributeRewards(1, _addrs(p1, p1)); // a repeat within one list
        vm.stopPrank();
        _distribute(2, _addrs(p0)); // another epoch is its own entry
        assertEq(controller.rewardsOf(p0), 140 ether, "paid once per epoch");
    }

    /// @notice The controller refuses a prover that is not Active, and the whole batch reverts.
    function test_distributeRewards_inactiveProverRevertsTheBatch() public {
        controller.setState(p1, IStakingController.ProverState.Deactivated);
        vm.prank(rewardUpdater);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        rewards.distributeRewards(1, _addrs(p0, p1, p2));
        controller.setState(p1, IStakingController.ProverState.Jailed);
        vm.prank(rewardUpdater);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        rewards.distributeRewards(1, _addrs(p1));
        controller.setState(p1, IStakingController.ProverState.Null);
        vm.prank(rewardUpdater);
        vm.expectRevert(IStakingController.ControllerProverNotInitialized.selector);
        rewards.distributeRewards(1, _addrs(p1));
        assertFalse(_distributed(1, p0), "nothing marked paid");
        assertEq(brev.balanceOf(address(rewards)), 10_000 ether, "nothing moved");
        _distribute(1, _addrs(p0, p2)); // without p1 the others are paid
    }

    /// @notice Unfunded, the controller's pull fails (the token's own error).
    function test_distributeRewards_unfunded_revertsInTheTokenPull() public {
        rewards.withdrawRewards(stranger, 9_950 ether);
        vm.prank(rewardUpdater);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientBalance.selector, address(rewards), 50 ether, 100 ether
            )
        );
        rewards.distributeRewards(1, _addrs(p0));
    }

    /// @notice Surprising but deployed: an empty list calls addRewards with empty arrays.
    function test_distributeRewards_emptyList_makesAnEmptyBatch() public {
        vm.recordLogs();
        _distribute(1, new address[](0));
        bytes[] memory batches = _batches();
        assertEq(batches.length, 1, "the controller was called");
        assertEq(batches[0], abi.encode(new address[](0), new uint256[](0)), "with empty arrays");
    }

    // ================================================================== views

    function test_getDistributableRewards_unpaidNonzeroEpochsOfTheRange() public {
        (uint32[] memory epochs, uint128[] memory amounts) = rewards.getDistributableRewards(1, 5, p0);
        assertEq(epochs.length, 2, "two epochs");
        assertEq(epochs[0], 1, "epoch 1");
        assertEq(amounts[0], 100 ether, "epoch 1 amount");
        assertEq(epochs[1], 2, "epoch 2");
        assertEq(amounts[1], 40 ether, "epoch 2 amount");
        _distribute(1, _addrs(p0));
        (epochs, amounts) = rewards.getDistributableRewards(1, 2, p0);
        assertEq(epochs.length, 1, "epoch 1 paid");
        assertEq(epochs[0], 2, "epoch 2 left");
        (epochs,) = rewards.getDistributableRewards(2, 2, p1);
        assertEq(epochs.length, 0, "nothing for p1 in epoch 2");
        (epochs,) = rewards.getDistributableRewards(2, 1, p0);
        assertEq(epochs.length, 0, "from after to: empty");
    }

    function test_getBatchDistributableRewards_onePerProverInInputOrder() public {
        _distribute(2, _addrs(p2));
        EpochRewards.ProverDistributableRewards[] memory results =
            rewards.getBatchDistributableRewards(1, 2, _addrs(p2, stranger, p0));
        assertEq(results.length, 3, "one per prover");
        assertEq(results[0].prover, p2, "p2 first");
        assertEq(results[0].epochs.length, 1, "p2: epoch 2 paid");
        assertEq(results[0].amounts[0], 300 ether, "p2 epoch 1");
        assertEq(results[1].prover, stranger, "stranger");
        assertEq(results[1].epochs.length, 0, "stranger: nothing");
        assertEq(results[2].epochs.length, 2, "p0: both epochs");
        assertEq(results[2].amounts[1], 40 ether, "p0 epoch 2");
    }

    function test_getTotalRewardsForEpochRange_sumsBothEndsIncluded() public view {
        assertEq(rewards.getTotalRewardsForEpochRange(1, 1), 600 ether, "epoch 1");
        assertEq(rewards.getTotalRewardsForEpochRange(1, 2), 700 ether, "epochs 1-2");
        assertEq(rewards.getTotalRewardsForEpochRange(0, 9), 700 ether, "wider range");
        assertEq(rewards.getTotalRewardsForEpochRange(2, 1), 0, "from after to");
    }

    /// @notice Surprising but deployed: a range ending at the last uint32 epoch overflows the
    ///         loop counter and panics.
    function test_rangeViews_endingAtMaxUint32_panic() public {
        uint32 last = type(uint32).max;
        bytes memory overflow = abi.encodeWithSignature("Panic(uint256)", 0x11);
        vm.expectRevert(overflow);
        rewards.getTotalRewardsForEpochRange(last, last);
        vm.expectRevert(overflow);
        rewards.getDistributableRewards(last, last, p0);
        vm.expectRevert(overflow);
        rewards.getBatchDistributableRewards(last, last, _addrs(p0));
    }

    function test_getProverReward_getBatchProverRewards() public {
        _distribute(1, _addrs(p1));
        (uint128 amount, bool distributed) = rewards.getProverReward(1, p1);
        assertEq(amount, 200 ether, "amount");
        assertTrue(distributed, "paid");
        (uint128[] memory amounts, bool[] memory flags) = rewards.getBatchProverRewards(1, _addrs(p0, p1, stranger));
        assertEq(amounts[0], 100 ether, "p0");
        assertFalse(flags[0], "p0 unpaid");
        assertEq(amounts[1], 200 ether, "p1");
        assertTrue(flags[1], "p1 paid");
        assertEq(amounts[2], 0, "stranger");
        assertFalse(flags[2], "stranger");
    }
}
