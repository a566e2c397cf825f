// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RewardsFixture} from "../rewards/utils/RewardsFixture.sol";

/// @title The gas of the epoch-rewards writes for three provers.
/// @notice setUp leaves epochs 1 and 2 ended, epoch 1 recorded but unpaid, and epoch 2's
///         output and proof ready; each test body is the one measured call. The controller is
///         the test mock, so distributeRewards measures EpochRewards plus a plain token pull.
contract EpochRewardsGasTest is RewardsFixture {
    address[] private provers;
    bytes private epoch2Output;
    bytes private epoch2Proof;

    function setUp() public override {
        super.setUp();
        provers = _addrs(_prover(0), _prover(1), _prover(2));
        _activate(provers);
        brev.mint(address(rewards), 1_000_000 ether);
        _warpToEndOf(2);
        _submit(_output(1, provers, _amts(1_000 ether, 2_000 ether, 3_000 ether)));
        epoch2Output = _output(2, provers, _amts(1_000 ether, 2_000 ether, 3_000 ether));
        epoch2Proof = _proof(epoch2Output);
        // The measured calls come from this contract: no prank inside the measurement.
        rewards.grantRole(rewards.REWARD_UPDATER_ROLE(), address(this));
    }

    function test_gas_setRewards_3provers() public {
        rewards.setRewards(epoch2Proof, epoch2Output);
    }

    function test_gas_distributeRewards_3provers() public {
        rewards.distributeRewards(1, provers);
    }
}
