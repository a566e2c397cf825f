// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";

/// @notice The two controller functions EpochRewards uses, with the deployed semantics that
///         matter to it: the batch `addRewards` checks the lengths, pulls the whole total from
///         the caller first, then reverts on any prover that is not Active (Null: not
///         initialized). Instead of splitting commission it adds up what each prover received
///         and logs each batch (a log, not storage, so the gas tests measure little of the mock).
contract MockStakingController {
    using SafeERC20 for IERC20;

    IERC20 private immutable token;
    mapping(address prover => IStakingController.ProverState) public proverState;
    mapping(address prover => uint256) public received;

    event BatchPaid(address[] provers, uint256[] amounts);

    error ControllerInvalidArg();
    error ControllerProverNotInitialized();
    error ControllerProverNotActive();

    constructor(IERC20 token_) {
        token = token_;
    }

    function stakingToken() external view returns (address) {
        return address(token);
    }

    function setProverState(address prover, IStakingController.ProverState state) external {
        proverState[prover] = state;
    }

    function addRewards(address[] calldata provers, uint256[] calldata amounts) external {
        if (provers.length != amounts.length) revert ControllerInvalidArg();
        uint256 total = 0;
        for (uint256 i = 0; i < amounts.length; ++i) {
            total += amounts[i];
        }
        token.safeTransferFrom(msg.sender, address(this), total);
        for (uint256 i = 0; i < provers.length; ++i) {
            IStakingController.ProverState state = proverState[provers[i]];
            if (state == IStakingController.ProverState.Null) revert ControllerProverNotInitialized();
            if (state != IStakingController.ProverState.Active) revert ControllerProverNotActive();
            received[provers[i]] += amounts[i];
        }
        emit BatchPaid(provers, amounts);
    }
}
