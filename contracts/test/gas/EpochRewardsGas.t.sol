// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SystemFixture} from "../system/utils/SystemFixture.sol";

/// @title The gas of the epoch-rewards writes for three provers.
/// @notice On the real system (SystemFixture, wired as Deploy.s.sol wires it), so
///         distributeRewards includes the controller's batch addRewards splitting each reward
///         between the prover's 10 % commission and its stakers (alice backs p1 and p3, bob
///         backs p2 and is unstaking part of it). setUp leaves epochs 1 and 2 ended, epoch 1
///         recorded but unpaid, and epoch 2's output and proof ready; this contract is the
///         reward updater, so each test body is the one measured call.
contract EpochRewardsGasTest is SystemFixture {
    address[] private provers;
    bytes private epoch2Output;
    bytes private epoch2Proof;

    function setUp() public override {
        super.setUp();
        _initProver(p3, DEFAULT_COMMISSION);
        _stake(alice, p1, 4000 ether);
        _stake(bob, p2, 3000 ether);
        _stake(alice, p3, 5000 ether);
        _requestUnstake(bob, p2, _shares(p2, bob) / 3);
        provers = _addrs(p1, p2, p3);

        vm.warp(START + 2 * EPOCH_LENGTH);
        _submit(_output(1, provers, _amts(1_000 ether, 2_000 ether, 3_000 ether)));
        epoch2Output = _output(2, provers, _amts(1_000 ether, 2_000 ether, 3_000 ether));
        epoch2Proof = _proof(epoch2Output);
    }

    function test_gas_setRewards_3provers() public {
        rewards.setRewards(epoch2Proof, epoch2Output);
    }

    function test_gas_distributeRewards_3provers() public {
        rewards.distributeRewards(1, provers);
    }
}
