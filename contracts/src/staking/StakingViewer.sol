// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProverVault} from "./interfaces/IProverVault.sol";
import {IStakingController} from "./interfaces/IStakingController.sol";

/// @title Batched read-only views over the staking system, as deployed on Base: one call per
///        dashboard screen, no state of its own.
contract StakingViewer {
    struct ProverCommissionInfo {
        address source;
        uint64 rate;
    }

    /// @dev totalAssets = vaultAssets + totalUnstaking (controller.getProverTotalAssets).
    struct ProverDisplayInfo {
        address prover;
        IStakingController.ProverState state;
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
        IStakingController.UnstakeRequest[] pendingRequests;
        bool isProver;
    }

    struct UserPortfolio {
        uint256 totalValue;
        uint256 totalUnstaking;
        uint256 totalReadyToWithdraw;
        UserStakeInfo[] stakes;
    }

    /// @dev totalStakers sums the per-prover staker counts: a staker of two provers counts twice.
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

    IStakingController public immutable stakingController;

    constructor(address _stakingController) {
        stakingController = IStakingController(_stakingController);
    }

    // ------------------------------------------------------------ system

    function getSystemOverview() external view returns (SystemOverview memory overview) {
        overview.totalVaultAssets = stakingController.getTotalVaultAssets(false);
        overview.totalActiveVaultAssets = stakingController.getTotalVaultAssets(true);
        overview.totalProvers = stakingController.getProverCount(false);
        overview.activeProvers = stakingController.getProverCount(true);
        overview.minSelfStake = stakingController.minSelfStake();
        overview.unstakeDelay = stakingController.unstakeDelay();
        overview.stakingToken = stakingController.stakingToken();
        address[] memory provers = _provers(false);
        for (uint256 i = 0; i < provers.length; ++i) {
            overview.totalStakers += _stakerCount(provers[i]);
        }
    }

    // ------------------------------------------------------------ provers

    function getAllActiveProversInfo() external view returns (ProverDisplayInfo[] memory) {
        return _displayInfos(_provers(true));
    }

    /// @notice Reverts for an address that is not a registered prover (see getProverInfo).
    function getProversInfo(address[] calldata provers) external view returns (ProverDisplayInfo[] memory) {
        return _displayInfos(provers);
    }

    /// @notice The range as controller.getProvers takes it (end 0 = all; bad ranges revert).
    function getProversInfo(bool isActive, uint256 start, uint256 end)
        external
        view
        returns (ProverDisplayInfo[] memory)
    {
        return _displayInfos(stakingController.getProvers(isActive, start, end));
    }

    /// @notice The `limit` provers (of all states) with the most vault assets plus pending
    ///         unstakes, largest first; equal totals come in no promised order.
    function getTopProvers(uint256 limit) external view returns (ProverDisplayInfo[] memory top) {
        ProverDisplayInfo[] memory all = _displayInfos(_provers(false));
        if (all.length > 1) _sortDescending(all, 0, all.length - 1);
        if (limit > all.length) limit = all.length;
        top = new ProverDisplayInfo[](limit);
        for (uint256 i = 0; i < limit; ++i) {
            top[i] = all[i];
        }
    }

    /// @notice Reverts for an address that is not a registered prover (unknown or retired):
    ///         the controller's commission-rate list reverts for it.
    function getProverInfo(address prover) external view returns (ProverDisplayInfo memory) {
        return _displayInfo(prover);
    }

    function convertSharesToAssets(address prover, uint256 shares) external view returns (uint256 assets) {
        address vault = stakingController.getProverVault(prover);
        if (vault != address(0)) assets = IProverVault(vault).convertToAssets(shares);
    }

    function convertAssetsToShares(address prover, uint256 assets) external view returns (uint256 shares) {
        address vault = stakingController.getProverVault(prover);
        if (vault != address(0)) shares = IProverVault(vault).convertToShares(assets);
    }

    // ------------------------------------------------------------ users

    /// @notice The user's positions with registered provers: shares held or unstakes pending.
    function getUserPortfolio(address user) external view returns (UserPortfolio memory portfolio) {
        address[] memory provers = _provers(false);
        UserStakeInfo[] memory found = new UserStakeInfo[](provers.length);
        uint256 count = 0;
        for (uint256 i = 0; i < provers.length; ++i) {
            if (
                stakingController.getStakeInfo(provers[i], user) == 0
                    && !stakingController.stakerHasPendingUnstakes(provers[i], user)
            ) continue;
            UserStakeInfo memory position = _stakeInfo(provers[i], user);
            found[count++] = position;
            portfolio.totalValue += position.currentValue;
            portfolio.totalUnstaking += position.totalUnstaking;
            portfolio.totalReadyToWithdraw += position.readyToWithdraw;
        }
        portfolio.stakes = new UserStakeInfo[](count);
        for (uint256 i = 0; i < count; ++i) {
            portfolio.stakes[i] = found[i];
        }
    }

    function getUserStakesWithProvers(address user, address[] calldata provers)
        external
        view
        returns (UserStakeInfo[] memory stakes)
    {
        stakes = new UserStakeInfo[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            stakes[i] = _stakeInfo(provers[i], user);
        }
    }

    function getUserStakeWithProver(address user, address prover) external view returns (UserStakeInfo memory) {
        return _stakeInfo(prover, user);
    }

    /// @notice What completeUnstake would pay the user now, per registered prover.
    function getUserReadyWithdrawals(address user)
        external
        view
        returns (address[] memory provers, uint256[] memory amounts, uint256 totalReady)
    {
        address[] memory all = _provers(false);
        uint256[] memory ready = new uint256[](all.length);
        uint256 count = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            (, ready[i]) = stakingController.getUnstakingInfo(all[i], user);
            if (ready[i] > 0) ++count;
        }
        provers = new address[](count);
        amounts = new uint256[](count);
        uint256 next = 0;
        for (uint256 i = 0; i < all.length; ++i) {
            if (ready[i] == 0) continue;
            provers[next] = all[i];
            amounts[next++] = ready[i];
            totalReady += ready[i];
        }
    }

    // ------------------------------------------------------------ batches

    function batchConvertToAssets(address[] calldata provers, uint256[] calldata shares)
        external
        view
        returns (uint256[] memory assets)
    {
        return _convertEach(provers, shares, true);
    }

    function batchConvertToShares(address[] calldata provers, uint256[] calldata assets)
        external
        view
        returns (uint256[] memory shares)
    {
        return _convertEach(provers, assets, false);
    }

    /// @notice Shares each stake would mint now, and whether the prover is Active (the amount
    ///         itself, e.g. the 1 BREV minimum, is not checked).
    function batchPreviewStake(address[] calldata provers, uint256[] calldata assets)
        external
        view
        returns (uint256[] memory shares, bool[] memory eligible)
    {
        require(provers.length == assets.length, "Array length mismatch");
        shares = new uint256[](provers.length);
        eligible = new bool[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            address vault = stakingController.getProverVault(provers[i]);
            if (vault == address(0)) continue;
            shares[i] = IProverVault(vault).previewDeposit(assets[i]);
            eligible[i] = stakingController.getProverState(provers[i]) == IStakingController.ProverState.Active;
        }
    }

    function batchGetStakerCounts(address[] calldata provers) external view returns (uint256[] memory counts) {
        counts = new uint256[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            counts[i] = _stakerCount(provers[i]);
        }
    }

    // ------------------------------------------------------------ internals

    /// @dev 0 for an address without a vault.
    function _convertEach(address[] calldata provers, uint256[] calldata amounts, bool toAssets)
        private
        view
        returns (uint256[] memory converted)
    {
        require(provers.length == amounts.length, "Array length mismatch");
        converted = new uint256[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            IProverVault vault = IProverVault(stakingController.getProverVault(provers[i]));
            if (address(vault) == address(0)) continue;
            converted[i] = toAssets ? vault.convertToAssets(amounts[i]) : vault.convertToShares(amounts[i]);
        }
    }

    function _provers(bool isActive) private view returns (address[] memory) {
        uint256 count = stakingController.getProverCount(isActive);
        if (count == 0) return new address[](0);
        return stakingController.getProvers(isActive, 0, count);
    }

    function _stakerCount(address prover) private view returns (uint256 numStakers) {
        (,,,, numStakers,,,) = stakingController.getProverInfo(prover);
    }

    function _displayInfos(address[] memory provers) private view returns (ProverDisplayInfo[] memory infos) {
        infos = new ProverDisplayInfo[](provers.length);
        for (uint256 i = 0; i < provers.length; ++i) {
            infos[i] = _displayInfo(provers[i]);
        }
    }

    function _displayInfo(address prover) private view returns (ProverDisplayInfo memory info) {
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
        ) = stakingController.getProverInfo(prover);
        if (info.vault != address(0)) {
            info.vaultAssets = IProverVault(info.vault).totalAssets();
            info.vaultShares = IProverVault(info.vault).totalSupply();
        }
        info.totalAssets = stakingController.getProverTotalAssets(prover);
        info.totalUnstaking = stakingController.getProverTotalUnstaking(prover);
        info.slashingScale = stakingController.getProverSlashingScale(prover);
        (address[] memory sources, uint64[] memory rates) = stakingController.getCommissionRates(prover);
        info.commissionRates = new ProverCommissionInfo[](sources.length);
        for (uint256 i = 0; i < sources.length; ++i) {
            info.commissionRates[i] = ProverCommissionInfo(sources[i], rates[i]);
        }
    }

    function _stakeInfo(address prover, address user) private view returns (UserStakeInfo memory info) {
        info.prover = prover;
        info.isProver = prover == user;
        info.shares = stakingController.getStakeInfo(prover, user);
        address vault = stakingController.getProverVault(prover);
        if (vault != address(0) && info.shares > 0) {
            info.currentValue = IProverVault(vault).convertToAssets(info.shares);
        }
        (info.totalUnstaking, info.readyToWithdraw) = stakingController.getUnstakingInfo(prover, user);
        info.pendingRequests = stakingController.getPendingUnstakes(prover, user);
    }

    /// @dev Quicksort by totalAssets, largest first, partitioning around the last element
    ///      (the order of equal totals follows from this scheme; Base's viewer uses the same).
    function _sortDescending(ProverDisplayInfo[] memory items, uint256 low, uint256 high) private pure {
        if (low >= high) return;
        uint256 pivot = items[high].totalAssets;
        uint256 boundary = low; // items[low, boundary) are larger than the pivot
        for (uint256 j = low; j < high; ++j) {
            if (items[j].totalAssets > pivot) {
                (items[boundary], items[j]) = (items[j], items[boundary]);
                ++boundary;
            }
        }
        (items[boundary], items[high]) = (items[high], items[boundary]);
        if (boundary > low) _sortDescending(items, low, boundary - 1);
        _sortDescending(items, boundary + 1, high);
    }
}
