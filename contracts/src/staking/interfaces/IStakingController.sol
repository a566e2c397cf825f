// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The staking controller as other contracts (market, epoch rewards, viewer, vaults) call it.
/// @notice Signatures exactly as deployed on Base (ProverNet v1.1); enums travel as uint8.
interface IStakingController {
    enum ProverState {
        Null,
        Active,
        Deactivated,
        Jailed
    }

    struct UnstakeRequest {
        uint256 amount; // BREV owed when requested
        uint256 requestTime;
        uint256 scaleSnapshot; // slashing scale (bps) when requested
    }

    // ---------------------------------------------------------------- provers
    function initializeProver(uint64 defaultCommissionRate) external returns (address vault);
    function setProverProfile(string calldata name, string calldata iconUrl) external;
    function setProverProfileByAdmin(address prover, string calldata name, string calldata iconUrl) external;
    function retireProver(address prover) external;
    function retireProvers(address[] calldata provers) external;
    function deactivateProver(address prover) external;
    function deactivateProvers(address[] calldata provers) external;
    function jailProver(address prover) external;
    function jailProvers(address[] calldata provers) external;
    function reactivateProver(address prover) external;
    function reactivateProvers(address[] calldata provers) external;

    // ---------------------------------------------------------------- staking
    function stake(address prover, uint256 amount) external returns (uint256 shares);
    function requestUnstake(address prover, uint256 shares) external returns (uint256 amount);
    function completeUnstake(address prover) external returns (uint256 amount);

    // ---------------------------------------------------------------- rewards, commission, slashing
    function addRewards(address prover, uint256 amount) external returns (uint256 commission, uint256 toStakers);
    function addRewards(address[] calldata provers, uint256[] calldata amounts) external;
    function claimCommission() external returns (uint256 amount);
    function setCommissionRate(address source, uint64 newRate) external;
    function resetCommissionRate(address source) external;
    function slash(address prover, uint256 bps) external returns (uint256 slashedAmount);
    function slashByAmount(address prover, uint256 amount) external returns (uint256 slashedAmount);

    // ---------------------------------------------------------------- vault hooks
    function beforeShareTransfer(address prover, address from, uint256 shares) external view;
    function onShareTransfer(address prover, address from, address to, uint256 shares) external;

    // ---------------------------------------------------------------- views
    function stakingToken() external view returns (address);
    function vaultFactory() external view returns (address);
    function minSelfStake() external view returns (uint256);
    function unstakeDelay() external view returns (uint256);
    function maxSlashBps() external view returns (uint256);
    function requireAuthorization() external view returns (bool);
    function treasuryPool() external view returns (uint256);
    function totalUnstaking() external view returns (uint256);
    function getProverInfo(address prover)
        external
        view
        returns (
            ProverState state,
            address vault,
            uint64 defaultCommissionRate,
            uint256 pendingCommission,
            uint256 numStakers,
            uint64 joinedAt,
            string memory name,
            string memory iconUrl
        );
    function getProverState(address prover) external view returns (ProverState state);
    function getProverVault(address prover) external view returns (address vault);
    function getProverTotalAssets(address prover) external view returns (uint256 totalAssets);
    function getProverTotalUnstaking(address prover) external view returns (uint256 totalAmount);
    function getProverSlashingScale(address prover) external view returns (uint256 scale);
    function getProverStakers(address prover) external view returns (address[] memory stakers);
    function getProvers(bool isActive, uint256 start, uint256 end) external view returns (address[] memory provers);
    function getProverCount(bool isActive) external view returns (uint256 count);
    function getTotalVaultAssets(bool isActive) external view returns (uint256 totalAssets);
    function isProverEligible(address prover, uint256 minimumVaultAssets)
        external
        view
        returns (bool eligible, uint256 currentVaultAssets);
    function getCommissionRate(address prover, address source) external view returns (uint64 rate);
    function getCommissionRates(address prover) external view returns (address[] memory sources, uint64[] memory rates);
    function getStakeInfo(address prover, address staker) external view returns (uint256 shares);
    function getPendingUnstakes(address prover, address staker) external view returns (UnstakeRequest[] memory requests);
    function getUnstakingInfo(address prover, address staker)
        external
        view
        returns (uint256 totalAmount, uint256 readyAmount);
    function getStakersWithPendingUnstakes(address prover) external view returns (address[] memory);
    function getStakersWithPendingUnstakesCount(address prover) external view returns (uint256);
    function stakerHasPendingUnstakes(address prover, address staker) external view returns (bool);
}
