// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";
import {RewardsSteps} from "./RewardsSteps.sol";

/// @notice EpochRewards wired as on the devnet (DevBrevisProof, vkHash set, this contract as
///         owner) against the mock controller, with one-day epochs from START. The circuit
///         output, its proof, submissions and payouts come from RewardsSteps.
abstract contract RewardsFixture is RewardsSteps {
    uint64 internal constant START = 1_700_000_000;
    uint64 internal constant LEN = 1 days;
    uint256 internal constant MAX = 10_000 ether;
    bytes32 internal constant VK = keccak256("devnet epoch-rewards circuit");

    address internal epochUpdater = address(0xE90C);
    address internal stranger = address(0xBAD);

    BrevToken internal brev;
    MockStakingController internal controller;

    function setUp() public virtual {
        vm.warp(START);
        rewardUpdater = address(0xD00D);
        brev = new BrevToken(address(this));
        // EpochRewards never reads minSelfStake.
        controller = new MockStakingController(brev, 0);
        brevisProof = new DevBrevisProof();
        rewards = _newRewards();
        rewards.setVkHash(VK);
        vm.prank(epochUpdater);
        rewards.initEpoch(START, LEN, MAX);
    }

    /// @dev A second contract, owned by this test, with no schedule and no vkHash.
    function _newRewards() internal returns (EpochRewards) {
        return new EpochRewards(address(controller), address(brevisProof), rewardUpdater, epochUpdater);
    }

    /// @dev Provers in increasing address order: _prover(0) < _prover(1) < ...
    function _prover(uint256 i) internal pure returns (address) {
        // casting to 'uint160' is safe: a small constant plus a prover index
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(0x1000 + i));
    }

    function _activate(address[] memory provers) internal {
        for (uint256 i = 0; i < provers.length; ++i) {
            controller.setState(provers[i], IStakingController.ProverState.Active);
        }
    }

    /// @dev Block time = the end of `epoch` under the initial one-day schedule.
    function _warpToEndOf(uint32 epoch) internal {
        vm.warp(START + uint256(epoch) * LEN);
    }
}
