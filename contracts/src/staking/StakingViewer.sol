// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProverVault} from "./ProverVault.sol";
import {StakingController} from "./StakingController.sol";

/// @title Batched read-only views over the staking system: one call per dashboard screen.
contract StakingViewer {
    struct ProverCommissionInfo {
        address source;
        uint64 rate;
    }

    /// @dev totalAssets = vaultAssets + totalUnstaking: everything the prover's stakers have at stake.
    struct ProverDisplayInfo {
        address prover;
        uint8 state;
        address vault;
        uint256 vaultAssets;
        uint256 vaultShares;
        uint256 totalAssets;
        uint256 totalUnstaking;
        uint256 numStakers;
        uint64 joinedAt;
        uint256 slashingScale;
        uint256 pendingCommission;
        uint64 defaultCommissionRate;
        ProverCommissionInfo[] commissionRates;
        string name;
        string iconUrl;
    }

    struct UserStakeInfo {
        address prover;
        uint256 shares;
        uint256 currentValue;
        uint256 totalUnstaking;
        uint256 readyToWithdraw;
        StakingController.UnstakeRequest[] pendingRequests;
        bool isProver;
    }

    struct UserPortfolio {
        uint256 totalValue;
        uint256 totalUnstaking;
        uint256 totalReadyToWithdraw;
        UserStakeInfo[] stakes;
    }

    struct SystemOverview {
        uint256 totalVaultAssets;
        uint256 totalActiveVaultAssets;
        uint256 totalProvers;
        uint256 activeProvers;
        uint256 totalStakers;
        uint256 minSelfStake;
        uint256 unstakeDelay;
        address stakingToken;
    }

    uint8 private constant STATE_ACTIVE = 1;

    StakingController public immutable controller;

    constructor(StakingController controller_) {
        controller = controller_;
    }

    function getSystemOverview() external view returns (SystemOverview memory overview) {
        overview.totalVaultAssets = controller.getTotalVaultAssets(false);
        overview.totalActiveVaultAssets = controller.getTotalVaultAssets(true);
        overview.totalProvers = controller.getProverCount(false);
        overview.activeProvers = controller.getProverCount(true);
        overview.totalStakers = controller.getTotalStakers();
        overview.minSelfStake = controller.minSelfStake();
        overview.unstakeDelay = controller.unstakeDelay();
        overview.stakingToken = controller.stakingToken();
    }

    function getAllActiveProversInfo() external view returns (ProverDisplayInfo[] memory) {
        return getProversInfo(controller.getProvers(true, 0, type(uint256).max));
    }

    function getProversInfo(address[] memory provers) public view returns (ProverDisplayInfo[] memory infos) {
        infos = new ProverDisplayInfo[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) infos[i] = getProverInfo(provers[i]);
    }

    function getProversInfo(bool isActive, uint256 start, uint256 end)
        external
        view
        returns (ProverDisplayInfo[] memory)
    {
        return getProversInfo(controller.getProvers(isActive, start, end));
    }

    /// @notice The `limit` provers with the most at stake, largest first.
    function getTopProvers(uint256 limit) external view returns (ProverDisplayInfo[] memory top) {
        ProverDisplayInfo[] memory all = getProversInfo(controller.getProvers(false, 0, type(uint256).max));
        if (limit > all.length) limit = all.length;
        top = new ProverDisplayInfo[](limit);
        for (uint256 i = 0; i < limit; ++i) {
            uint256 best = i;
            for (uint256 j = i + 1; j < all.length; ++j) {
                if (all[j].totalAssets > all[best].totalAssets) best = j;
            }
            (all[i], all[best]) = (all[best], all[i]);
            top[i] = all[i];
        }
    }

    function getProverInfo(address prover) public view returns (ProverDisplayInfo memory info) {
        info.prover = prover;
        (
            info.state,
            info.vault,
            info.defaultCommissionRate,
            info.pendingCommission,
            info.numStakers,
            info.joinedAt,
            info.name,
            info.iconUrl
        ) = controller.getProverInfo(prover);
        if (info.vault == address(0)) return info;
        ProverVault vault = ProverVault(info.vault);
        info.vaultAssets = vault.totalAssets();
        info.vaultShares = vault.totalSupply();
        info.totalUnstaking = controller.getProverTotalUnstaking(prover);
        info.totalAssets = info.vaultAssets + info.totalUnstaking;
        info.slashingScale = controller.getProverSlashingScale(prover);
        info.commissionRates = _commissionRates(prover);
    }

    function convertSharesToAssets(address prover, uint256 shares) external view returns (uint256) {
        address vault = controller.getProverVault(prover);
        return vault == address(0) ? 0 : ProverVault(vault).convertToAssets(shares);
    }

    function convertAssetsToShares(address prover, uint256 assets) external view returns (uint256) {
        address vault = controller.getProverVault(prover);
        return vault == address(0) ? 0 : ProverVault(vault).convertToShares(assets);
    }

    /// @notice Every position of `user`: vault shares, their value, and pending unstakes.
    function getUserPortfolio(address user) external view returns (UserPortfolio memory portfolio) {
        UserStakeInfo[] memory all = getUserStakesWithProvers(user, controller.getProvers(false, 0, type(uint256).max));
        uint256 count = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            if (_hasPosition(all[i])) ++count;
        }
        portfolio.stakes = new UserStakeInfo[](count);
        uint256 n = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            if (!_hasPosition(all[i])) continue;
            portfolio.stakes[n++] = all[i];
            portfolio.totalValue += all[i].currentValue;
            portfolio.totalUnstaking += all[i].totalUnstaking;
            portfolio.totalReadyToWithdraw += all[i].readyToWithdraw;
        }
    }

    function getUserStakesWithProvers(address user, address[] memory provers)
        public
        view
        returns (UserStakeInfo[] memory stakes)
    {
        stakes = new UserStakeInfo[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) stakes[i] = getUserStakeWithProver(user, provers[i]);
    }

    function getUserStakeWithProver(address user, address prover) public view returns (UserStakeInfo memory info) {
        info.prover = prover;
        info.isProver = user == prover;
        address vault = controller.getProverVault(prover);
        if (vault == address(0)) return info;
        info.shares = ProverVault(vault).balanceOf(user);
        info.currentValue = ProverVault(vault).convertToAssets(info.shares);
        (info.totalUnstaking, info.readyToWithdraw) = controller.getUnstakingInfo(prover, user);
        info.pendingRequests = controller.getPendingUnstakes(prover, user);
    }

    function getUserReadyWithdrawals(address user)
        external
        view
        returns (address[] memory provers, uint256[] memory amounts, uint256 totalReady)
    {
        address[] memory all = controller.getProvers(false, 0, type(uint256).max);
        uint256[] memory ready = new uint256[](all.length);
        uint256 count = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            (, ready[i]) = controller.getUnstakingInfo(all[i], user);
            if (ready[i] > 0) ++count;
        }
        provers = new address[](count);
        amounts = new uint256[](count);
        uint256 n = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            if (ready[i] == 0) continue;
            provers[n] = all[i];
            amounts[n++] = ready[i];
            totalReady += ready[i];
        }
    }

    /// @notice Shares each stake would mint now, and whether that stake would be accepted.
    function batchPreviewStake(address[] calldata provers, uint256[] calldata assets)
        external
        view
        returns (uint256[] memory shares, bool[] memory eligible)
    {
        require(provers.length == assets.length, StakingController.ControllerInvalidArg());
        shares = new uint256[](provers.length);
        eligible = new bool[](provers.length);
        uint256 minStake = controller.MIN_STAKE();
        for (uint256 i = 0; i < provers.length; ++i) {
            address vault = controller.getProverVault(provers[i]);
            if (vault == address(0)) continue;
            shares[i] = ProverVault(vault).previewDeposit(assets[i]);
            eligible[i] = controller.getProverState(provers[i]) == STATE_ACTIVE && assets[i] >= minStake;
        }
    }

    /// @notice What requestUnstake(prover, shares) would record for `user` now, whether the
    ///         controller would accept it, and when it could be completed.
    function previewUnstake(address prover, address user, uint256 shares)
        external
        view
        returns (uint256 amount, bool allowed, uint256 readyAt)
    {
        address vault = controller.getProverVault(prover);
        if (vault == address(0) || shares == 0) return (0, false, 0);
        ProverVault v = ProverVault(vault);
        uint256 balance = v.balanceOf(user);
        amount = v.previewRedeem(shares);
        readyAt = block.timestamp + controller.unstakeDelay();
        if (shares > balance || amount == 0) return (amount, false, readyAt);
        if (controller.getPendingUnstakes(prover, user).length >= controller.MAX_PENDING_UNSTAKES()) {
            return (amount, false, readyAt);
        }
        if (shares == balance) return (amount, true, readyAt);
        uint256 remaining = v.previewRedeem(balance - shares);
        uint256 minStake = controller.MIN_STAKE();
        allowed = amount >= minStake && remaining >= minStake && (user != prover || remaining >= controller.minSelfStake());
    }

    function _commissionRates(address prover) private view returns (ProverCommissionInfo[] memory rates) {
        (address[] memory sources, uint64[] memory values) = controller.getCommissionRates(prover);
        rates = new ProverCommissionInfo[](sources.length);
        for (uint256 i = 0; i < sources.length; ++i) rates[i] = ProverCommissionInfo(sources[i], values[i]);
    }

    function _hasPosition(UserStakeInfo memory info) private pure returns (bool) {
        return info.shares > 0 || info.pendingRequests.length > 0;
    }
}
