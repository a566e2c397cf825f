// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../src/BrevToken.sol";
import {DevRewardsVerifier} from "../../src/rewards/DevRewardsVerifier.sol";
import {EpochRewards} from "../../src/rewards/EpochRewards.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Test} from "../utils/Test.sol";

/// @title The gas of the epoch-rewards writes (setRewards, distributeRewards) for three provers,
///        held to .gas-snapshot by `npm test` (forge snapshot --check).
/// @notice setUp leaves epoch 2 ended with nothing recorded and epoch 1 recorded but unpaid;
///         each test body is the one call under measurement.
contract EpochRewardsGasTest is Test {
    uint64 private constant START = 1_700_000_000;
    uint64 private constant EPOCH_LENGTH = 1 days;
    uint256 private constant MAX_EPOCH_REWARD = 10_000 ether;
    uint256 private constant MIN_SELF_STAKE = 1000 ether;

    BrevToken private brev;
    StakingController private controller;
    DevRewardsVerifier private verifier;
    EpochRewards private rewards;
    address private updater = address(0xD00D);
    address[] private provers;
    bytes private epoch2Output;
    bytes private epoch2Proof;

    function setUp() public {
        vm.warp(START);
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, address(this), MIN_SELF_STAKE, 7 days, 5000);
        verifier = new DevRewardsVerifier();
        rewards = new EpochRewards(address(controller), verifier, address(this), updater);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), address(rewards));
        for (uint160 i = 0; i < 3; ++i) {
            address prover = address(0x9000 + i);
            provers.push(prover);
            brev.mint(prover, MIN_SELF_STAKE);
            vm.startPrank(prover);
            brev.approve(address(controller), MIN_SELF_STAKE);
            controller.initializeProver(1000);
            vm.stopPrank();
        }
        brev.mint(address(rewards), 1_000_000 ether);
        rewards.initEpoch(START, EPOCH_LENGTH, MAX_EPOCH_REWARD);
        vm.warp(START + 2 * EPOCH_LENGTH); // epochs 1 and 2 have ended
        _record(1);
        epoch2Output = _output(2);
        epoch2Proof = verifier.testProof(epoch2Output);
    }

    function test_gas_setRewards() public {
        vm.prank(updater);
        rewards.setRewards(epoch2Proof, epoch2Output);
    }

    function test_gas_distributeRewards() public {
        rewards.distributeRewards(1, provers);
    }

    function _record(uint32 epoch) private {
        bytes memory output = _output(epoch);
        bytes memory proof = verifier.testProof(output);
        vm.prank(updater);
        rewards.setRewards(proof, output);
    }

    /// @dev The circuit output paying the three provers 1,000, 2,000 and 3,000 BREV in `epoch`.
    function _output(uint32 epoch) private view returns (bytes memory) {
        uint256[] memory amounts = new uint256[](3);
        (amounts[0], amounts[1], amounts[2]) = (1_000 ether, 2_000 ether, 3_000 ether);
        return abi.encode(epoch, provers, amounts);
    }
}
