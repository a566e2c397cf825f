// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {StakingFixture} from "../staking/utils/StakingFixture.sol";

/// @title One measured call per staking write (forge test --gas-report / forge snapshot).
/// @notice setUp leaves everything ready — balances, allowances, a matured request, pending
///         commission — so each test body is the single call under measurement.
contract StakingGasTest is StakingFixture {
    address private newStaker = address(0x5001);
    uint256 private unstakeShares;
    address[] private batchProvers;
    uint256[] private batchAmounts;

    function setUp() public override {
        super.setUp();
        _initProver(prover1, 1000);
        _initProver(prover2, 1000);
        _initProver(prover3, 1000);

        // stake: alice is an existing staker, newStaker stakes for the first time.
        _stake(alice, prover1, 5_000 ether);
        _approveBrev(alice, 1_000 ether);
        _fund(newStaker, 1_000 ether);
        _approveBrev(newStaker, 1_000 ether);
        // requestUnstake: a partial unstake, shares approved.
        unstakeShares = _vault(prover1).previewWithdraw(2_000 ether);
        _approveShares(alice, prover1, unstakeShares);
        // completeUnstake: bob has one matured request.
        _stake(bob, prover1, 3_000 ether);
        _requestUnstake(bob, prover1, _shares(prover1, bob) / 2);
        _skipDelay();
        // addRewards: the market is approved; prover1 has commission to claim.
        _addRewards(market, prover1, 1_000 ether);
        _approveBrev(market, 10_000 ether);
        (batchProvers, batchAmounts) = (new address[](3), new uint256[](3));
        (batchProvers[0], batchProvers[1], batchProvers[2]) = (prover1, prover2, prover3);
        (batchAmounts[0], batchAmounts[1], batchAmounts[2]) = (1_000 ether, 2_000 ether, 3_000 ether);
    }

    function test_gas_stake() public {
        vm.prank(alice);
        controller.stake(prover1, 1_000 ether);
    }

    function test_gas_stake_firstTime() public {
        vm.prank(newStaker);
        controller.stake(prover1, 1_000 ether);
    }

    function test_gas_requestUnstake() public {
        vm.prank(alice);
        controller.requestUnstake(prover1, unstakeShares);
    }

    function test_gas_completeUnstake() public {
        vm.prank(bob);
        controller.completeUnstake(prover1);
    }

    function test_gas_addRewards() public {
        vm.prank(market);
        controller.addRewards(prover1, 1_000 ether);
    }

    function test_gas_addRewards_batch3() public {
        vm.prank(market);
        controller.addRewards(batchProvers, batchAmounts);
    }

    function test_gas_claimCommission() public {
        vm.prank(prover1);
        controller.claimCommission();
    }

    function _approveBrev(address who, uint256 amount) private {
        vm.prank(who);
        brev.approve(address(controller), amount);
    }
}
