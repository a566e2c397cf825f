// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakingController} from "../../src/staking/interfaces/IStakingController.sol";

/// @title The slice of the staking controller that the market and EpochRewards call, with the
///        deployed semantics that matter to them, and every prover's state and vault assets set
///        by the test.
/// @notice Same signatures and errors as IStakingController, so both talk to it through that
///         interface. isProverEligible: Active and vault assets ≥ the minimum. addRewards, single
///         or batch, pulls the amount (the batch: its total, first) from the caller and, as
///         deployed, reverts for a prover never initialized or not Active; it keeps no commission
///         and adds up what each prover received. The batch also logs its lists. slashByAmount
///         records each amount asked for and slashes nothing.
contract MockStakingController {
    using SafeERC20 for IERC20;

    struct Slash {
        address prover;
        uint256 amount;
    }

    IERC20 private immutable _token;
    uint256 public minSelfStake;

    mapping(address prover => IStakingController.ProverState) private _states;
    mapping(address prover => uint256) public vaultAssets;
    /// @notice What each prover was paid through addRewards (single and batch), in total.
    mapping(address prover => uint256) public rewardsOf;
    /// @notice Every slashByAmount call, in order.
    Slash[] public slashes;

    event BatchPaid(address[] provers, uint256[] amounts);

    constructor(IERC20 token, uint256 minSelfStake_) {
        _token = token;
        minSelfStake = minSelfStake_;
    }

    // ---------------------------------------------------------------- set by the test

    function setProver(address prover, IStakingController.ProverState state, uint256 assets) external {
        _states[prover] = state;
        vaultAssets[prover] = assets;
    }

    function setState(address prover, IStakingController.ProverState state) external {
        _states[prover] = state;
    }

    function setAssets(address prover, uint256 assets) external {
        vaultAssets[prover] = assets;
    }

    function setMinSelfStake(uint256 value) external {
        minSelfStake = value;
    }

    // ---------------------------------------------------------------- what the market and EpochRewards call

    function stakingToken() external view returns (address) {
        return address(_token);
    }

    function getProverState(address prover) external view returns (IStakingController.ProverState) {
        return _states[prover];
    }

    function isProverEligible(address prover, uint256 minimumVaultAssets)
        external
        view
        returns (bool eligible, uint256 currentVaultAssets)
    {
        currentVaultAssets = vaultAssets[prover];
        eligible = _states[prover] == IStakingController.ProverState.Active && currentVaultAssets >= minimumVaultAssets;
    }

    /// @return commission Always 0 here.
    /// @return toStakers The whole amount.
    function addRewards(address prover, uint256 amount)
        external
        virtual
        returns (uint256 commission, uint256 toStakers)
    {
        _requireActive(prover);
        _token.safeTransferFrom(msg.sender, address(this), amount);
        rewardsOf[prover] += amount;
        return (0, amount);
    }

    function addRewards(address[] calldata provers, uint256[] calldata amounts) external {
        if (provers.length != amounts.length) revert IStakingController.ControllerInvalidArg();
        uint256 total = 0;
        for (uint256 i = 0; i < amounts.length; ++i) {
            total += amounts[i];
        }
        _token.safeTransferFrom(msg.sender, address(this), total);
        for (uint256 i = 0; i < provers.length; ++i) {
            _requireActive(provers[i]);
            rewardsOf[provers[i]] += amounts[i];
        }
        emit BatchPaid(provers, amounts);
    }

    function slashByAmount(address prover, uint256 amount) external returns (uint256 slashedAmount) {
        slashes.push(Slash({prover: prover, amount: amount}));
        return amount;
    }

    // ---------------------------------------------------------------- reads for tests

    function slashCount() external view returns (uint256) {
        return slashes.length;
    }

    function _requireActive(address prover) private view {
        IStakingController.ProverState state = _states[prover];
        if (state == IStakingController.ProverState.Null) revert IStakingController.ControllerProverNotInitialized();
        if (state != IStakingController.ProverState.Active) revert IStakingController.ControllerProverNotActive();
    }
}
