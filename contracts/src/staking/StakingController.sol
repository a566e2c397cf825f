// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EnumerableMap} from "@openzeppelin/contracts/utils/structs/EnumerableMap.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {PauserControl} from "../access/PauserControl.sol";
import {IProverVault} from "./interfaces/IProverVault.sol";
import {IVaultFactory} from "./interfaces/IVaultFactory.sol";
import {PendingUnstakes} from "./PendingUnstakes.sol";

/// @title The one entry point for every staking write: provers, stakes, two-phase unstakes,
///        rewards with commission, slashing, and the treasury that slashes fill.
/// @notice Behaves as ProverNet v1.1 on Base. The owner runs the prover lifecycle and the
///         parameters; SLASHER_ROLE slashes; PAUSER_ROLE pauses, which stops new provers,
///         stakes, completions, rewards, commission claims, slashes and treasury withdrawals,
///         but not unstake requests, commission-rate changes, profiles or share transfers.
contract StakingController is ReentrancyGuard, PauserControl, PendingUnstakes {
    using EnumerableMap for EnumerableMap.AddressToUintMap;
    using EnumerableSet for EnumerableSet.AddressSet;
    using SafeERC20 for IERC20;

    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    bytes32 public constant AUTHORIZED_PROVER_ROLE = keccak256("AUTHORIZED_PROVER_ROLE");

    uint8 private constant TOKEN_DECIMALS = 18;
    /// @dev One whole BREV: the smallest stake, unstaked chunk and remainder, and minSelfStake.
    uint256 private constant ONE_TOKEN = 10 ** TOKEN_DECIMALS;
    uint256 private constant MAX_NAME_BYTES = 128;
    uint256 private constant MAX_ICON_URL_BYTES = 512;

    struct Prover {
        ProverState state;
        address vault;
        uint64 joinedAt;
        uint256 pendingCommission;
        /// @dev Mirrors the vault's balances through the vault's hooks.
        mapping(address staker => uint256) shares;
        EnumerableSet.AddressSet stakers;
        /// @dev address(0) holds the default rate; other keys are per-source rates.
        EnumerableMap.AddressToUintMap commissionRates;
        string name;
        string iconUrl;
    }

    address public stakingToken;
    address public vaultFactory;
    uint256 public minSelfStake;
    uint256 public maxSlashBps;
    bool public requireAuthorization;
    /// @notice Slashed BREV (and dust swept at retirement) held here until the owner withdraws it.
    uint256 public treasuryPool;

    mapping(address prover => Prover) private _provers;
    EnumerableSet.AddressSet private _allProvers;
    EnumerableSet.AddressSet private _activeProvers;

    /// @notice Zero token and factory leave the contract to be set up through `init` (behind a
    ///         proxy, as on Base); otherwise it is ready, owned by the deployer.
    constructor(
        address _stakingToken,
        address _vaultFactory,
        uint256 _unstakeDelay,
        uint256 _minSelfStake,
        uint256 _maxSlashBps
    ) {
        if (_stakingToken != address(0) && _vaultFactory != address(0)) {
            _setUp(_stakingToken, _vaultFactory, _unstakeDelay, _minSelfStake, _maxSlashBps);
        }
    }

    /// @notice Set-up for a proxy, whose storage has no owner yet: the caller becomes owner.
    ///         Reverts once an owner exists (always, on a contract built with its constructor).
    function init(
        address _stakingToken,
        address _vaultFactory,
        uint256 _unstakeDelay,
        uint256 _minSelfStake,
        uint256 _maxSlashBps
    ) external {
        _setUp(_stakingToken, _vaultFactory, _unstakeDelay, _minSelfStake, _maxSlashBps);
        _initOwner();
    }

    // ------------------------------------------------------------ provers

    /// @notice Deploys the caller's vault, pulls exactly minSelfStake from it as self-stake and
    ///         makes it Active.
    ///         With requireAuthorization on, the caller needs AUTHORIZED_PROVER_ROLE (checked
    ///         before the pause).
    function initializeProver(uint64 defaultCommissionRate) external returns (address vault) {
        if (requireAuthorization && !hasRole(AUTHORIZED_PROVER_ROLE, msg.sender)) revert ControllerNotAuthorized();
        _requireNotPaused();
        if (defaultCommissionRate > BPS_DENOMINATOR) revert ControllerInvalidArg();
        Prover storage p = _provers[msg.sender];
        if (p.state != ProverState.Null) revert ControllerProverAlreadyInitialized();

        // A retired prover is stopped here: its CREATE2 vault still exists.
        vault = IVaultFactory(vaultFactory).createVault(stakingToken, msg.sender, address(this));
        _unstakes[msg.sender].slashingScale = BPS_DENOMINATOR;
        p.state = ProverState.Active;
        p.vault = vault;
        p.joinedAt = uint64(block.timestamp);
        p.commissionRates.set(address(0), defaultCommissionRate);
        _allProvers.add(msg.sender);
        _activeProvers.add(msg.sender);

        stake(msg.sender, minSelfStake);
        emit ProverInitialized(msg.sender, vault, defaultCommissionRate);
    }

    function setProverProfile(string calldata name, string calldata iconUrl) external {
        _setProfile(msg.sender, name, iconUrl);
    }

    function setProverProfileByAdmin(address prover, string calldata name, string calldata iconUrl) external onlyOwner {
        _setProfile(prover, name, iconUrl);
    }

    function deactivateProver(address prover) external onlyOwner {
        _setState(prover, ProverState.Deactivated);
    }

    function deactivateProvers(address[] calldata provers) external onlyOwner {
        for (uint256 i = 0; i < provers.length; ++i) {
            _setState(provers[i], ProverState.Deactivated);
        }
    }

    function jailProver(address prover) external onlyOwner {
        _setState(prover, ProverState.Jailed);
    }

    function jailProvers(address[] calldata provers) external onlyOwner {
        for (uint256 i = 0; i < provers.length; ++i) {
            _setState(provers[i], ProverState.Jailed);
        }
    }

    /// @notice The owner reactivates from any state; the prover itself only from Deactivated.
    ///         Either way the prover's own shares must be worth minSelfStake.
    function reactivateProver(address prover) public {
        Prover storage p = _provers[prover];
        if (p.state == ProverState.Null) revert ControllerProverNotInitialized();
        bool byOwner = msg.sender == owner();
        if (!byOwner && msg.sender != prover) revert ControllerOnlyProver();
        if (!byOwner && p.state == ProverState.Jailed) revert ControllerOnlyAdmin();
        if (_selfStake(p, prover) < minSelfStake) revert ControllerMinSelfStakeNotMet();
        _setState(prover, ProverState.Active);
    }

    /// @notice Each entry is checked as reactivateProver checks it for the caller.
    function reactivateProvers(address[] calldata provers) external {
        for (uint256 i = 0; i < provers.length; ++i) {
            reactivateProver(provers[i]);
        }
    }

    /// @notice Removes a prover for good (owner or the prover): no stakers, no pending unstakes
    ///         and no unclaimed commission may remain; BREV left in the vault goes to the
    ///         treasury. Its vault stays deployed, so the address can never register again.
    function retireProver(address prover) public {
        if (msg.sender != owner() && msg.sender != prover) revert ControllerOnlyAdminOrProver();
        Prover storage p = _provers[prover];
        if (p.state == ProverState.Null) revert ControllerProverNotInitialized();
        if (p.stakers.length() > 0) revert ControllerCannotRetireProverWithStakers();
        if (_unstakes[prover].totalUnstaking > 0) revert ControllerCannotRetireProverWithPendingUnstakes();
        if (p.pendingCommission > 0) revert ControllerCannotRetireProverWithPendingCommission();

        IProverVault vault = IProverVault(p.vault);
        uint256 dust = vault.totalAssets();
        if (dust > 0) {
            vault.controllerSlash(dust, address(this));
            treasuryPool += dust;
        }
        _allProvers.remove(prover);
        _activeProvers.remove(prover);
        // Emptied explicitly: deleting the struct would leave the map's index behind.
        address[] memory sources = p.commissionRates.keys();
        for (uint256 i = 0; i < sources.length; ++i) {
            p.commissionRates.remove(sources[i]);
        }
        delete _provers[prover];
        delete _unstakes[prover];
        emit ProverRetired(prover);
    }

    function retireProvers(address[] calldata provers) external {
        for (uint256 i = 0; i < provers.length; ++i) {
            retireProver(provers[i]);
        }
    }

    // ------------------------------------------------------------ staking

    /// @notice At least 1 BREV, into an Active prover's vault; the prover may always top up its own.
    function stake(address prover, uint256 amount) public whenNotPaused nonReentrant returns (uint256 shares) {
        if (amount < ONE_TOKEN) revert ControllerInvalidStakeAmount();
        Prover storage p = _provers[prover];
        if (p.state == ProverState.Null) revert ControllerProverNotInitialized();
        if (msg.sender != prover && p.state != ProverState.Active) revert ControllerProverNotActive();

        IERC20 token = IERC20(stakingToken);
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (token.allowance(address(this), p.vault) < amount) token.forceApprove(p.vault, type(uint256).max);
        shares = IProverVault(p.vault).deposit(amount, msg.sender);

        uint256 held = p.shares[msg.sender];
        if (held == 0) p.stakers.add(msg.sender);
        p.shares[msg.sender] = held + shares;
        emit Staked(prover, msg.sender, shares, amount);
    }

    /// @notice Burns the shares now (they stop earning) and queues their BREV for unstakeDelay.
    ///         Needs a vault-share allowance to this controller. Unless everything goes, the
    ///         chunk and the remainder are each at least 1 BREV, and a prover keeps minSelfStake;
    ///         a prover's full exit deactivates it. Allowed while paused.
    function requestUnstake(address prover, uint256 shares) external nonReentrant returns (uint256 amount) {
        Prover storage p = _provers[prover];
        if (p.state == ProverState.Null) revert ControllerProverNotInitialized();
        uint256 held = p.shares[msg.sender];
        if (shares > held) revert ControllerInsufficientShares();

        IProverVault vault = IProverVault(p.vault);
        uint256 remaining = held - shares;
        uint256 remainingAssets = vault.convertToAssets(remaining);
        if (remaining > 0 && (vault.convertToAssets(shares) < ONE_TOKEN || remainingAssets < ONE_TOKEN)) {
            revert ControllerInvalidUnstakeAmount();
        }
        if (msg.sender == prover) {
            if (remaining > 0 && remainingAssets < minSelfStake) revert ControllerMinSelfStakeNotMet();
            if (remaining == 0 && p.state == ProverState.Active) _setState(prover, ProverState.Deactivated);
        }

        amount = vault.redeem(shares, address(this), msg.sender);
        p.shares[msg.sender] = remaining;
        if (remaining == 0) p.stakers.remove(msg.sender);
        _enqueueUnstake(prover, msg.sender, amount);
        emit UnstakeRequested(prover, msg.sender, shares, amount);
    }

    /// @notice Pays every request of the caller that has waited the current unstakeDelay, at
    ///         its value after any slash since it was made.
    function completeUnstake(address prover) external whenNotPaused nonReentrant returns (uint256 amount) {
        amount = _dequeueMatured(prover, msg.sender);
        if (amount > 0) IERC20(stakingToken).safeTransfer(msg.sender, amount);
        emit UnstakeCompleted(prover, msg.sender, amount);
    }

    // ------------------------------------------------------------ rewards and commission

    /// @notice Anyone may pay rewards to an Active prover: the commission at the caller's rate
    ///         accrues to the prover, the rest is given to the vault's shareholders.
    function addRewards(address prover, uint256 amount)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 commission, uint256 toStakers)
    {
        return _reward(prover, amount, true);
    }

    /// @notice The total is pulled once; one prover that is not Active reverts the whole batch.
    function addRewards(address[] calldata provers, uint256[] calldata amounts) external whenNotPaused nonReentrant {
        if (provers.length != amounts.length) revert ControllerInvalidArg();
        uint256 total = 0;
        for (uint256 i = 0; i < amounts.length; ++i) {
            total += amounts[i];
        }
        IERC20(stakingToken).safeTransferFrom(msg.sender, address(this), total);
        for (uint256 i = 0; i < provers.length; ++i) {
            _reward(provers[i], amounts[i], false);
        }
    }

    /// @notice Returns 0 (without an event) when nothing is pending.
    function claimCommission() external whenNotPaused nonReentrant returns (uint256 amount) {
        Prover storage p = _initialized(msg.sender);
        amount = p.pendingCommission;
        if (amount == 0) return 0;
        p.pendingCommission = 0;
        IERC20(stakingToken).safeTransfer(msg.sender, amount);
        emit CommissionClaimed(msg.sender, amount);
    }

    /// @notice source = address(0) sets the default rate. Takes effect for the next reward.
    function setCommissionRate(address source, uint64 newRate) external {
        Prover storage p = _initialized(msg.sender);
        if (newRate > BPS_DENOMINATOR) revert ControllerInvalidArg();
        (, uint256 oldRate) = p.commissionRates.tryGet(source);
        p.commissionRates.set(source, newRate);
        emit CommissionRateUpdated(msg.sender, source, _asRate(oldRate), newRate, false);
    }

    /// @notice `source` follows the default rate again (also when it had no rate of its own).
    function resetCommissionRate(address source) external {
        Prover storage p = _initialized(msg.sender);
        if (source == address(0)) revert ControllerInvalidArg();
        (, uint256 oldRate) = p.commissionRates.tryGet(source);
        (, uint256 defaultRate) = p.commissionRates.tryGet(address(0));
        p.commissionRates.remove(source);
        emit CommissionRateUpdated(msg.sender, source, _asRate(oldRate), _asRate(defaultRate), true);
    }

    // ------------------------------------------------------------ slashing

    /// @notice Takes `bps` of the vault's assets and of the pending unstakes into the treasury.
    function slash(address prover, uint256 bps)
        external
        whenNotPaused
        nonReentrant
        onlyRole(SLASHER_ROLE)
        returns (uint256 slashedAmount)
    {
        _initialized(prover);
        if (bps > maxSlashBps) revert ControllerSlashTooHigh();
        return _slash(prover, bps);
    }

    /// @notice Slashes `amount` as a share of vault assets plus pending unstakes, in whole basis
    ///         points rounded down and capped at maxSlashBps: it may take less than asked.
    function slashByAmount(address prover, uint256 amount)
        external
        whenNotPaused
        nonReentrant
        onlyRole(SLASHER_ROLE)
        returns (uint256 slashedAmount)
    {
        _initialized(prover);
        if (amount == 0) return 0;
        uint256 slashable = getProverTotalAssets(prover);
        if (slashable == 0) return 0;
        uint256 bps = (amount * BPS_DENOMINATOR) / slashable;
        if (bps > maxSlashBps) bps = maxSlashBps;
        return _slash(prover, bps);
    }

    // ------------------------------------------------------------ vault hooks

    function maxWithdraw(address prover, address owner) external view returns (uint256) {
        address vault = getProverVault(prover);
        if (vault == address(0)) return 0;
        return IProverVault(vault).convertToAssets(maxRedeem(prover, owner));
    }

    /// @notice Every share may be redeemed (only the controller redeems, for unstake requests).
    function maxRedeem(address prover, address owner) public view returns (uint256) {
        address vault = getProverVault(prover);
        if (vault == address(0)) return 0;
        return IProverVault(vault).balanceOf(owner);
    }

    function maxDeposit(address prover, address receiver) external view returns (uint256) {
        address vault = getProverVault(prover);
        if (vault == address(0)) return 0;
        uint256 shares = maxMint(prover, receiver);
        if (shares == type(uint256).max) return shares;
        return IProverVault(vault).convertToAssets(shares);
    }

    /// @notice Unlimited into an Active prover's vault, or into the prover's own position; else 0.
    ///         Pause is not reflected here.
    function maxMint(address prover, address receiver) public view returns (uint256) {
        return receiver == prover || _provers[prover].state == ProverState.Active ? type(uint256).max : 0;
    }

    /// @notice A prover may not transfer away all but a part of minSelfStake (all of it is fine).
    function beforeShareTransfer(address prover, address from, uint256 shares) external view {
        address vault = getProverVault(prover);
        if (from != prover || vault == address(0)) return;
        uint256 own = IProverVault(vault).convertToAssets(IProverVault(vault).balanceOf(prover));
        uint256 left = own - IProverVault(vault).convertToAssets(shares);
        if (left > 0 && left < minSelfStake) revert ControllerMinSelfStakeNotMet();
    }

    /// @notice Moves the staker books with a share transfer (mints and burns are booked by
    ///         stake and requestUnstake themselves). The prover giving away its last share is
    ///         deactivated.
    function onShareTransfer(address prover, address from, address to, uint256 shares) external {
        if (msg.sender != getProverVault(prover)) revert ControllerOnlyVault();
        if (from == address(0) || to == address(0) || from == to || shares == 0) return;
        Prover storage p = _initialized(prover);

        uint256 fromShares = p.shares[from];
        if (fromShares < shares) revert ControllerShareAccountingMismatch();
        p.shares[from] = fromShares - shares;
        if (fromShares == shares) {
            p.stakers.remove(from);
            if (from == prover && p.state == ProverState.Active) _setState(prover, ProverState.Deactivated);
        }
        uint256 toShares = p.shares[to];
        if (toShares == 0) p.stakers.add(to);
        p.shares[to] = toShares + shares;
    }

    // ------------------------------------------------------------ admin

    function setMinSelfStake(uint256 value) external onlyOwner {
        if (value < ONE_TOKEN) revert ControllerInvalidArg();
        emit MinSelfStakeUpdated(minSelfStake, value);
        minSelfStake = value;
    }

    /// @notice 0 leaves only slashes of 0 bps.
    function setMaxSlashBps(uint256 value) external onlyOwner {
        if (value > BPS_DENOMINATOR) revert ControllerInvalidArg();
        emit MaxSlashBpsUpdated(maxSlashBps, value);
        maxSlashBps = value;
    }

    /// @notice Applies to requests already pending as well.
    function setUnstakeDelay(uint256 newDelay) external onlyOwner {
        emit UnstakeDelayUpdated(unstakeDelay, newDelay);
        unstakeDelay = newDelay;
    }

    function setRequireAuthorization(bool required) external onlyOwner {
        requireAuthorization = required;
        emit RequireAuthorizationUpdated(required);
    }

    function withdrawTreasury(address to, uint256 amount) external whenNotPaused onlyOwner {
        if (amount > treasuryPool) revert ControllerInsufficientTreasury();
        treasuryPool -= amount;
        IERC20(stakingToken).safeTransfer(to, amount);
        emit TreasuryWithdrawn(to, amount);
    }

    /// @notice While paused, the owner may move any of the controller's BREV (pending unstakes,
    ///         commission and treasury alike); no book is adjusted.
    function emergencyRecover(address to, uint256 amount) external whenPaused onlyOwner {
        IERC20(stakingToken).safeTransfer(to, amount);
        emit EmergencyRecovered(to, amount);
    }

    // ------------------------------------------------------------ views

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
        )
    {
        Prover storage p = _provers[prover];
        (, uint256 defaultRate) = p.commissionRates.tryGet(address(0));
        return (
            p.state,
            p.vault,
            _asRate(defaultRate),
            p.pendingCommission,
            p.stakers.length(),
            p.joinedAt,
            p.name,
            p.iconUrl
        );
    }

    function getProverState(address prover) external view returns (ProverState) {
        return _provers[prover].state;
    }

    /// @notice From the factory: a retired prover's vault is still reported.
    function getProverVault(address prover) public view returns (address) {
        return IVaultFactory(vaultFactory).getVault(prover);
    }

    /// @notice Everything slashable: vault assets plus pending unstakes (0 for an unknown prover).
    function getProverTotalAssets(address prover) public view returns (uint256) {
        Prover storage p = _provers[prover];
        if (p.state == ProverState.Null) return 0;
        return IProverVault(p.vault).totalAssets() + _unstakes[prover].totalUnstaking;
    }

    function getProverStakers(address prover) external view returns (address[] memory) {
        return _provers[prover].stakers.values();
    }

    function getStakeInfo(address prover, address staker) external view returns (uint256) {
        return _provers[prover].shares[staker];
    }

    /// @notice [start, end) of all provers or of the Active ones, in set order; end 0 means the
    ///         whole list. An empty range, or an end past the list, reverts.
    function getProvers(bool isActive, uint256 start, uint256 end) external view returns (address[] memory provers) {
        EnumerableSet.AddressSet storage set = isActive ? _activeProvers : _allProvers;
        uint256 length = set.length();
        if (end == 0) end = length;
        if (start >= end || end > length) revert ControllerInvalidArg();
        provers = new address[](end - start);
        for (uint256 i = start; i < end; ++i) {
            provers[i - start] = set.at(i);
        }
    }

    function getProverCount(bool isActive) external view returns (uint256) {
        return isActive ? _activeProvers.length() : _allProvers.length();
    }

    /// @notice Σ vault assets (pending unstakes excluded).
    function getTotalVaultAssets(bool isActive) external view returns (uint256 total) {
        EnumerableSet.AddressSet storage set = isActive ? _activeProvers : _allProvers;
        for (uint256 i = 0; i < set.length(); ++i) {
            total += IProverVault(_provers[set.at(i)].vault).totalAssets();
        }
    }

    /// @notice Active and vault assets (pending unstakes excluded) ≥ the minimum. Reverts for an
    ///         address that never had a vault.
    function isProverEligible(address prover, uint256 minimumVaultAssets)
        external
        view
        returns (bool eligible, uint256 currentVaultAssets)
    {
        currentVaultAssets = IProverVault(getProverVault(prover)).totalAssets();
        eligible = _provers[prover].state == ProverState.Active && currentVaultAssets >= minimumVaultAssets;
    }

    /// @notice The source's own rate, else the default.
    function getCommissionRate(address prover, address source) public view returns (uint64) {
        Prover storage p = _provers[prover];
        (bool own, uint256 rate) = p.commissionRates.tryGet(source);
        if (!own) (, rate) = p.commissionRates.tryGet(address(0));
        return _asRate(rate);
    }

    /// @notice The default (source address(0)) first, then the per-source rates. Reverts
    ///         (index out of bounds) for a prover without rates: unknown or retired.
    function getCommissionRates(address prover)
        external
        view
        returns (address[] memory sources, uint64[] memory rates)
    {
        Prover storage p = _provers[prover];
        uint256 count = p.commissionRates.length();
        sources = new address[](count);
        rates = new uint64[](count);
        (, uint256 defaultRate) = p.commissionRates.tryGet(address(0));
        sources[0] = address(0);
        rates[0] = _asRate(defaultRate);
        uint256 next = 1;
        for (uint256 i = 0; i < count; ++i) {
            (address source, uint256 rate) = p.commissionRates.at(i);
            if (source == address(0)) continue;
            sources[next] = source;
            rates[next++] = _asRate(rate);
        }
    }

    // ------------------------------------------------------------ internals

    function _setUp(address token, address factory, uint256 delay, uint256 minStake, uint256 maxSlash) private {
        if (minStake < ONE_TOKEN) revert ControllerInvalidStakeAmount();
        if (IERC20Metadata(token).decimals() != TOKEN_DECIMALS) revert ControllerInvalidArg();
        stakingToken = token;
        vaultFactory = factory;
        unstakeDelay = delay;
        minSelfStake = minStake;
        maxSlashBps = maxSlash;
    }

    function _initialized(address prover) private view returns (Prover storage p) {
        p = _provers[prover];
        if (p.state == ProverState.Null) revert ControllerProverNotInitialized();
    }

    /// @dev No event when the state does not change.
    function _setState(address prover, ProverState newState) private {
        Prover storage p = _initialized(prover);
        ProverState oldState = p.state;
        if (oldState == newState) return;
        p.state = newState;
        if (newState == ProverState.Active) _activeProvers.add(prover);
        else if (oldState == ProverState.Active) _activeProvers.remove(prover);
        emit ProverStateChanged(prover, oldState, newState);
    }

    function _setProfile(address prover, string calldata name, string calldata iconUrl) private {
        Prover storage p = _initialized(prover);
        if (bytes(name).length > MAX_NAME_BYTES || bytes(iconUrl).length > MAX_ICON_URL_BYTES) {
            revert ControllerInvalidArg();
        }
        p.name = name;
        p.iconUrl = iconUrl;
        emit ProverProfileUpdated(prover, name, iconUrl);
    }

    /// @dev Rates are stored from uint64 arguments of at most 10,000: the cast is exact.
    function _asRate(uint256 stored) private pure returns (uint64) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(stored);
    }

    function _selfStake(Prover storage p, address prover) private view returns (uint256) {
        IProverVault vault = IProverVault(p.vault);
        return vault.convertToAssets(vault.balanceOf(prover));
    }

    function _reward(address prover, uint256 amount, bool pull)
        private
        returns (uint256 commission, uint256 toStakers)
    {
        Prover storage p = _initialized(prover);
        if (p.state != ProverState.Active) revert ControllerProverNotActive();
        if (pull) IERC20(stakingToken).safeTransferFrom(msg.sender, address(this), amount);

        commission = (amount * getCommissionRate(prover, msg.sender)) / BPS_DENOMINATOR;
        toStakers = amount - commission;
        p.pendingCommission += commission;
        if (toStakers > 0) {
            // Given to a vault without shares, it would go to whoever stakes next.
            if (IProverVault(p.vault).totalSupply() == 0) revert ControllerNoShares();
            IERC20(stakingToken).safeTransfer(p.vault, toStakers);
        }
        emit RewardsAdded(prover, msg.sender, amount, commission, toStakers);
    }

    /// @dev Pending unstakes first (the scale check may refuse the slash), then the vault.
    function _slash(address prover, uint256 bps) private returns (uint256 slashed) {
        Prover storage p = _provers[prover];
        (uint256 fromPending, bool deactivate) = _slashPending(prover, bps);

        IProverVault vault = IProverVault(p.vault);
        uint256 fromVault = (vault.totalAssets() * bps) / BPS_DENOMINATOR;
        if (fromVault > 0) {
            vault.controllerSlash(fromVault, address(this));
            if (p.state == ProverState.Active && _selfStake(p, prover) < minSelfStake) deactivate = true;
        }
        // Whatever the current state: a Jailed prover slashed below the deactivation scale
        // becomes Deactivated.
        if (deactivate) _setState(prover, ProverState.Deactivated);

        slashed = fromVault + fromPending;
        treasuryPool += slashed;
        emit ProverSlashed(prover, slashed, bps);
    }
}
