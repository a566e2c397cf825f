// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";

/// @notice The parameters contracts/script/Deploy.s.sol deploys the devnet with (Base's own
///         where Base publishes them), for the fixtures that wire contracts as the script does,
///         and the prover states by name.
abstract contract DevnetParameters {
    uint256 internal constant BPS = 10_000;

    // StakingController: 1000 BREV minimum self-stake and a 7-day unstake delay, as on Base.
    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant UNSTAKE_DELAY = 7 days;
    uint256 internal constant MAX_SLASH_BPS = 5000;

    // BrevisMarket
    uint64 internal constant BIDDING = 5 minutes;
    uint64 internal constant REVEAL = 5 minutes;
    uint256 internal constant MIN_MAX_FEE = 1 ether;
    uint256 internal constant SLASH_BPS = 5000;
    uint256 internal constant SLASH_WINDOW = 7 days;
    uint256 internal constant PROTOCOL_FEE_BPS = 500;
    /// @dev Not set by the script: the market's own default.
    uint256 internal constant DEFAULT_OVERCOMMIT_BPS = 500;

    // EpochRewards
    bytes32 internal constant REWARDS_VK_HASH = keccak256("provernet-devnet-epoch-rewards-circuit");

    IStakingController.ProverState internal constant NULL = IStakingController.ProverState.Null;
    IStakingController.ProverState internal constant ACTIVE = IStakingController.ProverState.Active;
    IStakingController.ProverState internal constant DEACTIVATED = IStakingController.ProverState.Deactivated;
    IStakingController.ProverState internal constant JAILED = IStakingController.ProverState.Jailed;
}
