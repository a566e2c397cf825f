// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The staking controller as other contracts (market, epoch rewards, viewer, vaults) call it.
/// @notice Signatures, events and errors exactly as deployed on Base (ProverNet v1.1); enums
///         travel as uint8. Roles, ownership and pause come from the access library.
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

    // ---------------------------------------------------------------- events

    event ProverInitialized(address indexed prover, address indexed vault, uint64 defaultCommissionRate);
    event Staked(address indexed prover, address indexed staker, uint256 shares, uint256 amount);
    event UnstakeRequested(address indexed prover, address indexed staker, uint256 shares, uint256 amount);
    event UnstakeCompleted(address indexed prover, address indexed staker, uint256 amount);
    event UnstakeDelayUpdated(uint256 oldDelay, uint256 newDelay);
    event RewardsAdded(
        address indexed prover, address indexed source, uint256 amount, uint256 commission, uint256 toStakers
    );
    event ProverSlashed(address indexed prover, uint256 amount, uint256 bps);
    event ProverStateChanged(address indexed prover, ProverState oldState, ProverState newState);
    event ProverRetired(address indexed prover);
    event CommissionClaimed(address indexed prover, uint256 amount);
    /// @notice useDefault is true only for resetCommissionRate (newRate is then the default);
    ///         oldRate is 0 when `source` had no rate of its own.
    event CommissionRateUpdated(
        address indexed prover, address indexed source, uint64 oldRate, uint64 newRate, bool useDefault
    );
    event TreasuryWithdrawn(address indexed to, uint256 amount);
    event MinSelfStakeUpdated(uint256 oldValue, uint256 newValue);
    event MaxSlashBpsUpdated(uint256 oldValue, uint256 newValue);
    event RequireAuthorizationUpdated(bool required);
    event EmergencyRecovered(address to, uint256 amount);
    event ProverProfileUpdated(address indexed prover, string name, string iconUrl);

    // ---------------------------------------------------------------- errors

    error ControllerOnlyProver();
    error ControllerOnlyAdmin();
    error ControllerOnlyAdminOrProver();
    error ControllerNotAuthorized();
    error ControllerProverNotInitialized();
    error ControllerProverAlreadyInitialized();
    error ControllerProverNotActive();
    error ControllerInsufficientShares();
    error ControllerNoShares();
    error ControllerMinSelfStakeNotMet();
    error ControllerOnlyVault();
    error ControllerShareAccountingMismatch();
    error ControllerInsufficientTreasury();
    error ControllerSlashTooHigh();
    error ControllerCannotRetireProverWithStakers();
    error ControllerCannotRetireProverWithPendingUnstakes();
    error ControllerCannotRetireProverWithPendingCommission();
    error ControllerInvalidArg();
    error ControllerInvalidStakeAmount();
    error ControllerNoUnstakeRequest();
    error ControllerUnstakeNotReady();
    error ControllerTooManyPendingUnstakes();
    error ControllerZeroAmount();
    error ControllerInvalidUnstakeAmount();

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

    function maxWithdraw(address prover, address owner) external view returns (uint256 amount);
    function maxRedeem(address prover, address owner) external view returns (uint256 shares);
    function maxDeposit(address prover, address receiver) external view returns (uint256 amount);
    function maxMint(address prover, address receiver) external view returns (uint256 shares);
    function beforeShareTransfer(address prover, address from, uint256 shares) external view;
    function onShareTransfer(address prover, address from, address to, uint256 shares) external;

    // ---------------------------------------------------------------- admin (owner)

    function setMinSelfStake(uint256 value) external;
    function setMaxSlashBps(uint256 value) external;
    function setRequireAuthorization(bool required) external;
    function setUnstakeDelay(uint256 newDelay) external;
    function withdrawTreasury(address to, uint256 amount) external;
    function emergencyRecover(address to, uint256 amount) external;

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
