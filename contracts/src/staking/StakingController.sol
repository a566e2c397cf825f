// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IVaultController} from "./IVaultController.sol";
import {ProverVault} from "./ProverVault.sol";
import {VaultFactory} from "./VaultFactory.sol";

/// @title The one entry point for every staking write: provers, stakes, two-phase unstakes,
///        rewards with commission, and slashing.
/// @notice Pending unstakes are held here (outside the vault, so they stop earning) and stay
///         slashable through the prover's slashing scale until completed.
contract StakingController is AccessControl, ReentrancyGuard, IVaultController {
    using EnumerableSet for EnumerableSet.AddressSet;
    using SafeERC20 for IERC20;

    struct UnstakeRequest {
        uint256 amount;
        uint256 requestTime;
        uint256 scaleSnapshot;
    }

    struct Prover {
        uint8 state;
        bool retired;
        uint64 defaultCommissionRate;
        uint64 joinedAt;
        address vault;
        uint256 pendingCommission;
        uint256 slashingScale;
        /// @dev BREV held here for this prover's pending unstakes; never less than their value.
        uint256 unstakeEscrow;
        string name;
        string iconUrl;
    }

    uint8 internal constant STATE_NULL = 0;
    uint8 internal constant STATE_ACTIVE = 1;
    uint8 internal constant STATE_DEACTIVATED = 2;
    uint8 internal constant STATE_JAILED = 3;

    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    bytes32 public constant REWARD_SOURCE_ROLE = keccak256("REWARD_SOURCE_ROLE");
    bytes32 public constant AUTHORIZED_PROVER_ROLE = keccak256("AUTHORIZED_PROVER_ROLE");

    uint256 public constant BPS = 10_000;
    uint256 public constant SCALE_ONE = 1e18;
    /// @notice The slashing scale never falls below 20 %: pending unstakes keep at least that.
    uint256 public constant MIN_SLASHING_SCALE = 0.2e18;
    /// @notice Below a 40 % scale a prover is deactivated automatically.
    uint256 public constant DEACTIVATION_SCALE = 0.4e18;
    uint256 public constant MIN_STAKE = 1e18;
    uint256 public constant MAX_PENDING_UNSTAKES = 10;
    uint256 public constant MAX_NAME_BYTES = 128;
    uint256 public constant MAX_ICON_URL_BYTES = 512;

    event ProverInitialized(address indexed prover, address indexed vault, uint64 defaultCommissionRate);
    event Staked(address indexed prover, address indexed staker, uint256 shares, uint256 amount);
    event UnstakeRequested(address indexed prover, address indexed staker, uint256 shares, uint256 amount);
    event UnstakeCompleted(address indexed prover, address indexed staker, uint256 amount);
    event RewardsAdded(
        address indexed prover, address indexed source, uint256 amount, uint256 commission, uint256 toStakers
    );
    event ProverSlashed(address indexed prover, uint256 amount, uint256 bps);
    event ProverStateChanged(address indexed prover, uint8 oldState, uint8 newState);
    event ProverRetired(address indexed prover);
    event CommissionClaimed(address indexed prover, uint256 amount);
    /// @notice source = address(0): the default rate changed (useDefault = true). Otherwise an
    ///         override for `source` was set (useDefault = false) or removed so that `source`
    ///         follows the default again (useDefault = true, newRate = the default).
    event CommissionRateUpdated(
        address indexed prover, address indexed source, uint64 oldRate, uint64 newRate, bool useDefault
    );
    event ProverProfileUpdated(address indexed prover, string name, string iconUrl);
    event MinSelfStakeUpdated(uint256 oldValue, uint256 newValue);
    event UnstakeDelayUpdated(uint256 oldDelay, uint256 newDelay);
    event MaxSlashBpsUpdated(uint256 oldValue, uint256 newValue);
    event RequireAuthorizationUpdated(bool required);
    event SlashTreasuryUpdated(address oldTreasury, address newTreasury);

    error ControllerNotAuthorized();
    error ControllerProverNotInitialized();
    error ControllerProverAlreadyInitialized();
    error ControllerProverNotActive();
    error ControllerInsufficientShares();
    error ControllerNoShares();
    error ControllerMinSelfStakeNotMet();
    error ControllerInvalidArg();
    error ControllerInvalidStakeAmount();
    error ControllerNoUnstakeRequest();
    error ControllerUnstakeNotReady();
    error ControllerTooManyPendingUnstakes();
    error ControllerZeroAmount();
    error ControllerInvalidUnstakeAmount();
    error ControllerProfileTooLong();

    IERC20 private immutable token;
    VaultFactory public immutable vaultFactory;

    uint256 public minSelfStake;
    uint256 public unstakeDelay;
    uint256 public maxSlashBps;
    bool public requireAuthorization;
    address public slashTreasury;

    mapping(address prover => Prover) private provers;
    address[] private proverList;
    mapping(address vault => address prover) private vaultOwner;
    mapping(address prover => EnumerableSet.AddressSet) private overrideSources;
    mapping(address prover => mapping(address source => uint64)) private overrideRates;
    mapping(address prover => mapping(address staker => UnstakeRequest[])) private pendingUnstakes;
    /// @dev Vaults in which an account holds shares, so stakers are counted once across vaults.
    mapping(address account => uint256) private positions;
    uint256 private uniqueStakers;

    constructor(IERC20 stakingToken_, address admin, uint256 minSelfStake_, uint256 unstakeDelay_, uint256 maxSlashBps_)
    {
        if (address(stakingToken_) == address(0) || admin == address(0) || maxSlashBps_ > BPS) {
            revert ControllerInvalidArg();
        }
        token = stakingToken_;
        vaultFactory = new VaultFactory(address(this), stakingToken_);
        minSelfStake = minSelfStake_;
        unstakeDelay = unstakeDelay_;
        maxSlashBps = maxSlashBps_;
        slashTreasury = admin;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- provers

    function initializeProver(uint64 defaultCommissionRate) external nonReentrant returns (address vault) {
        Prover storage p = provers[msg.sender];
        if (p.state != STATE_NULL) revert ControllerProverAlreadyInitialized();
        if (requireAuthorization && !hasRole(AUTHORIZED_PROVER_ROLE, msg.sender)) revert ControllerNotAuthorized();
        if (defaultCommissionRate > BPS) revert ControllerInvalidArg();

        vault = vaultFactory.createVault(msg.sender);
        p.vault = vault;
        p.defaultCommissionRate = defaultCommissionRate;
        p.joinedAt = uint64(block.timestamp);
        p.slashingScale = SCALE_ONE;
        vaultOwner[vault] = msg.sender;
        proverList.push(msg.sender);
        _setState(msg.sender, STATE_ACTIVE);
        emit ProverInitialized(msg.sender, vault, defaultCommissionRate);

        // The vault's address is public in advance (CREATE2), so BREV may already sit there.
        _sweepUnownedAssets(p);
        uint256 shares = _deposit(p, msg.sender, minSelfStake);
        emit Staked(msg.sender, msg.sender, shares, minSelfStake);
    }

    function setProverProfile(string calldata name, string calldata iconUrl) external nonReentrant {
        Prover storage p = _initialized(msg.sender);
        if (bytes(name).length > MAX_NAME_BYTES || bytes(iconUrl).length > MAX_ICON_URL_BYTES) {
            revert ControllerProfileTooLong();
        }
        p.name = name;
        p.iconUrl = iconUrl;
        emit ProverProfileUpdated(msg.sender, name, iconUrl);
    }

    // ---------------------------------------------------------------- staking

    function stake(address prover, uint256 amount) external nonReentrant returns (uint256 shares) {
        Prover storage p = _initialized(prover);
        // A prover may top up its own vault whatever its state, e.g. to be reactivated.
        if (p.state != STATE_ACTIVE && msg.sender != prover) revert ControllerProverNotActive();
        if (amount < MIN_STAKE) revert ControllerInvalidStakeAmount();
        // After everyone has left, BREV sent to the vault (or rounding dust) has no shares behind it.
        if (ProverVault(p.vault).totalSupply() == 0) _sweepUnownedAssets(p);
        shares = _deposit(p, msg.sender, amount);
        emit Staked(prover, msg.sender, shares, amount);
    }

    function requestUnstake(address prover, uint256 shares) external nonReentrant returns (uint256 amount) {
        Prover storage p = _initialized(prover);
        if (shares == 0) revert ControllerZeroAmount();
        ProverVault vault = ProverVault(p.vault);
        uint256 balance = vault.balanceOf(msg.sender);
        if (balance == 0) revert ControllerNoShares();
        if (shares > balance) revert ControllerInsufficientShares();
        UnstakeRequest[] storage requests = pendingUnstakes[prover][msg.sender];
        if (requests.length >= MAX_PENDING_UNSTAKES) revert ControllerTooManyPendingUnstakes();

        bool fullExit = shares == balance;
        if (!fullExit) _checkPartialUnstake(vault, prover, shares, balance);

        amount = vault.redeem(shares, address(this), msg.sender);
        if (amount == 0) revert ControllerZeroAmount();
        requests.push(UnstakeRequest(amount, block.timestamp, p.slashingScale));
        p.unstakeEscrow += amount;
        emit UnstakeRequested(prover, msg.sender, shares, amount);

        if (fullExit && msg.sender == prover) {
            p.retired = true;
            if (p.state == STATE_ACTIVE) _setState(prover, STATE_DEACTIVATED);
            emit ProverRetired(prover);
        }
    }

    function completeUnstake(address prover) external nonReentrant returns (uint256 amount) {
        Prover storage p = _initialized(prover);
        UnstakeRequest[] storage requests = pendingUnstakes[prover][msg.sender];
        if (requests.length == 0) revert ControllerNoUnstakeRequest();
        uint256 scale = p.slashingScale;
        uint256 kept = 0;
        for (uint256 i = 0; i < requests.length; ++i) {
            UnstakeRequest memory request = requests[i];
            if (block.timestamp >= request.requestTime + unstakeDelay) {
                amount += (request.amount * scale) / request.scaleSnapshot;
            } else {
                requests[kept++] = request;
            }
        }
        if (kept == requests.length) revert ControllerUnstakeNotReady();
        while (requests.length > kept) requests.pop();
        p.unstakeEscrow -= amount;
        token.safeTransfer(msg.sender, amount);
        emit UnstakeCompleted(prover, msg.sender, amount);
    }

    // ---------------------------------------------------------------- rewards and commission

    function addRewards(address prover, uint256 amount)
        external
        nonReentrant
        onlyRole(REWARD_SOURCE_ROLE)
        returns (uint256 commission, uint256 toStakers)
    {
        Prover storage p = _initialized(prover);
        if (amount == 0) revert ControllerZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        return _distribute(prover, p, amount);
    }

    function addRewards(address[] calldata proverAddresses, uint256[] calldata amounts)
        external
        nonReentrant
        onlyRole(REWARD_SOURCE_ROLE)
    {
        if (proverAddresses.length != amounts.length || proverAddresses.length == 0) revert ControllerInvalidArg();
        uint256 total = 0;
        for (uint256 i = 0; i < amounts.length; ++i) {
            if (amounts[i] == 0) revert ControllerZeroAmount();
            _initialized(proverAddresses[i]);
            total += amounts[i];
        }
        token.safeTransferFrom(msg.sender, address(this), total);
        for (uint256 i = 0; i < amounts.length; ++i) {
            _distribute(proverAddresses[i], provers[proverAddresses[i]], amounts[i]);
        }
    }

    function claimCommission() external nonReentrant returns (uint256 amount) {
        Prover storage p = _initialized(msg.sender);
        amount = p.pendingCommission;
        if (amount == 0) revert ControllerZeroAmount();
        p.pendingCommission = 0;
        token.safeTransfer(msg.sender, amount);
        emit CommissionClaimed(msg.sender, amount);
    }

    /// @notice source = address(0) sets the default rate; any other source gets an override.
    function setCommissionRate(address source, uint64 newRate) external nonReentrant {
        Prover storage p = _initialized(msg.sender);
        if (newRate > BPS) revert ControllerInvalidArg();
        if (source == address(0)) {
            uint64 old = p.defaultCommissionRate;
            p.defaultCommissionRate = newRate;
            emit CommissionRateUpdated(msg.sender, address(0), old, newRate, true);
            return;
        }
        uint64 previous = getCommissionRate(msg.sender, source);
        overrideSources[msg.sender].add(source);
        overrideRates[msg.sender][source] = newRate;
        emit CommissionRateUpdated(msg.sender, source, previous, newRate, false);
    }

    function resetCommissionRate(address source) external nonReentrant {
        Prover storage p = _initialized(msg.sender);
        if (!overrideSources[msg.sender].remove(source)) revert ControllerInvalidArg();
        uint64 previous = overrideRates[msg.sender][source];
        delete overrideRates[msg.sender][source];
        emit CommissionRateUpdated(msg.sender, source, previous, p.defaultCommissionRate, true);
    }

    // ---------------------------------------------------------------- slashing and admin

    function slash(address prover, uint256 bps)
        external
        nonReentrant
        onlyRole(SLASHER_ROLE)
        returns (uint256 slashedAmount)
    {
        Prover storage p = _initialized(prover);
        if (bps == 0 || bps > maxSlashBps) revert ControllerInvalidArg();
        ProverVault vault = ProverVault(p.vault);

        uint256 fromVault = (vault.totalAssets() * bps) / BPS;
        if (fromVault > 0) vault.controllerSlash(fromVault, slashTreasury);

        // Pending unstakes lose the same fraction, through the scale, down to its floor.
        uint256 oldScale = p.slashingScale;
        uint256 newScale = (oldScale * (BPS - bps)) / BPS;
        if (newScale < MIN_SLASHING_SCALE) newScale = MIN_SLASHING_SCALE;
        uint256 fromPending = oldScale > newScale ? (p.unstakeEscrow * (oldScale - newScale)) / oldScale : 0;
        p.slashingScale = newScale;
        p.unstakeEscrow -= fromPending;
        if (fromPending > 0) token.safeTransfer(slashTreasury, fromPending);

        slashedAmount = fromVault + fromPending;
        emit ProverSlashed(prover, slashedAmount, bps);

        if (p.state == STATE_ACTIVE && (newScale < DEACTIVATION_SCALE || _selfStake(p, prover) < minSelfStake)) {
            _setState(prover, STATE_DEACTIVATED);
        }
    }

    function deactivateProver(address prover) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        Prover storage p = _initialized(prover);
        if (p.state != STATE_ACTIVE) revert ControllerProverNotActive();
        _setState(prover, STATE_DEACTIVATED);
    }

    function reactivateProver(address prover) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        Prover storage p = _initialized(prover);
        if (p.state == STATE_ACTIVE) revert ControllerInvalidArg();
        if (p.slashingScale < DEACTIVATION_SCALE) revert ControllerInvalidArg();
        if (_selfStake(p, prover) < minSelfStake) revert ControllerMinSelfStakeNotMet();
        p.retired = false;
        _setState(prover, STATE_ACTIVE);
    }

    function jailProver(address prover) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        Prover storage p = _initialized(prover);
        if (p.state == STATE_JAILED) revert ControllerInvalidArg();
        _setState(prover, STATE_JAILED);
    }

    function setMinSelfStake(uint256 value) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        if (value < MIN_STAKE) revert ControllerInvalidArg();
        emit MinSelfStakeUpdated(minSelfStake, value);
        minSelfStake = value;
    }

    function setUnstakeDelay(uint256 delay) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        emit UnstakeDelayUpdated(unstakeDelay, delay);
        unstakeDelay = delay;
    }

    function setMaxSlashBps(uint256 bps) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > BPS) revert ControllerInvalidArg();
        emit MaxSlashBpsUpdated(maxSlashBps, bps);
        maxSlashBps = bps;
    }

    function setRequireAuthorization(bool required) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        requireAuthorization = required;
        emit RequireAuthorizationUpdated(required);
    }

    function setSlashTreasury(address treasury) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury == address(0)) revert ControllerInvalidArg();
        emit SlashTreasuryUpdated(slashTreasury, treasury);
        slashTreasury = treasury;
    }

    /// @inheritdoc IVaultController
    /// @dev Not nonReentrant: vaults call it while a guarded stake / unstake moves their shares.
    function onHolderChanged(address prover, address account, bool holds) external {
        if (vaultOwner[msg.sender] != prover || prover == address(0)) revert ControllerNotAuthorized();
        if (holds) {
            if (positions[account]++ == 0) ++uniqueStakers;
        } else {
            if (--positions[account] == 0) --uniqueStakers;
        }
    }

    // ---------------------------------------------------------------- views

    function stakingToken() external view returns (address) {
        return address(token);
    }

    function getProverInfo(address prover)
        external
        view
        returns (
            uint8 state,
            address vault,
            uint64 defaultCommissionRate,
            uint256 pendingCommission,
            uint256 numStakers,
            uint64 joinedAt,
            string memory name,
            string memory iconUrl
        )
    {
        Prover storage p = provers[prover];
        numStakers = p.vault == address(0) ? 0 : ProverVault(p.vault).holderCount();
        return (p.state, p.vault, p.defaultCommissionRate, p.pendingCommission, numStakers, p.joinedAt, p.name, p.iconUrl);
    }

    function getProverState(address prover) external view returns (uint8) {
        return provers[prover].state;
    }

    function isProverRetired(address prover) external view returns (bool) {
        return provers[prover].retired;
    }

    function getProverVault(address prover) external view returns (address) {
        return provers[prover].vault;
    }

    function getProverTotalAssets(address prover) public view returns (uint256) {
        address vault = provers[prover].vault;
        return vault == address(0) ? 0 : ProverVault(vault).totalAssets();
    }

    /// @notice Provers in registration order, [start, end) of all of them or of the Active ones.
    function getProvers(bool isActive, uint256 start, uint256 end) external view returns (address[] memory) {
        address[] memory matching = _listProvers(isActive);
        if (end > matching.length) end = matching.length;
        if (start >= end) return new address[](0);
        address[] memory page = new address[](end - start);
        for (uint256 i = start; i < end; ++i) page[i - start] = matching[i];
        return page;
    }

    function getProverCount(bool isActive) public view returns (uint256 count) {
        if (!isActive) return proverList.length;
        for (uint256 i = 0; i < proverList.length; ++i) {
            if (provers[proverList[i]].state == STATE_ACTIVE) ++count;
        }
    }

    function getTotalVaultAssets(bool isActive) external view returns (uint256 total) {
        for (uint256 i = 0; i < proverList.length; ++i) {
            address prover = proverList[i];
            if (!isActive || provers[prover].state == STATE_ACTIVE) total += getProverTotalAssets(prover);
        }
    }

    function getTotalStakers() external view returns (uint256) {
        return uniqueStakers;
    }

    function isProverEligible(address prover, uint256 minimumVaultAssets)
        external
        view
        returns (bool eligible, uint256 currentVaultAssets)
    {
        currentVaultAssets = getProverTotalAssets(prover);
        eligible = provers[prover].state == STATE_ACTIVE && currentVaultAssets >= minimumVaultAssets;
    }

    function getCommissionRate(address prover, address source) public view returns (uint64) {
        if (overrideSources[prover].contains(source)) return overrideRates[prover][source];
        return provers[prover].defaultCommissionRate;
    }

    /// @notice The per-source overrides (the default rate is in getProverInfo).
    function getCommissionRates(address prover) external view returns (address[] memory sources, uint64[] memory rates) {
        sources = overrideSources[prover].values();
        rates = new uint64[](sources.length);
        for (uint256 i = 0; i < sources.length; ++i) rates[i] = overrideRates[prover][sources[i]];
    }

    function getStakeInfo(address prover, address staker) external view returns (uint256 shares) {
        address vault = provers[prover].vault;
        return vault == address(0) ? 0 : ProverVault(vault).balanceOf(staker);
    }

    function getPendingUnstakes(address prover, address staker) external view returns (UnstakeRequest[] memory) {
        return pendingUnstakes[prover][staker];
    }

    /// @notice What the staker's pending requests are worth now (after any slashing) and the
    ///         part of it that completeUnstake would pay right away.
    function getUnstakingInfo(address prover, address staker)
        external
        view
        returns (uint256 totalAmount, uint256 readyAmount)
    {
        UnstakeRequest[] storage requests = pendingUnstakes[prover][staker];
        uint256 scale = provers[prover].slashingScale;
        for (uint256 i = 0; i < requests.length; ++i) {
            uint256 value = (requests[i].amount * scale) / requests[i].scaleSnapshot;
            totalAmount += value;
            if (block.timestamp >= requests[i].requestTime + unstakeDelay) readyAmount += value;
        }
    }

    /// @notice BREV held for the prover's pending unstakes (their value, up to rounding dust).
    function getProverTotalUnstaking(address prover) external view returns (uint256) {
        return provers[prover].unstakeEscrow;
    }

    function getProverSlashingScale(address prover) external view returns (uint256) {
        return provers[prover].slashingScale;
    }

    function getProverStakers(address prover) external view returns (address[] memory) {
        address vault = provers[prover].vault;
        return vault == address(0) ? new address[](0) : ProverVault(vault).getHolders();
    }

    // ---------------------------------------------------------------- internals

    function _initialized(address prover) private view returns (Prover storage p) {
        p = provers[prover];
        if (p.state == STATE_NULL) revert ControllerProverNotInitialized();
    }

    function _setState(address prover, uint8 newState) private {
        uint8 old = provers[prover].state;
        provers[prover].state = newState;
        emit ProverStateChanged(prover, old, newState);
    }

    function _deposit(Prover storage p, address from, uint256 amount) private returns (uint256 shares) {
        token.safeTransferFrom(from, address(this), amount);
        token.forceApprove(p.vault, amount);
        shares = ProverVault(p.vault).deposit(amount, from);
    }

    /// @dev BREV in a vault with no shares outstanding belongs to no staker. Left there it would
    ///      price the next first deposit's shares (the first-depositor inflation attack: the
    ///      prover below minSelfStake or with no shares at all, later stakes rounding down to
    ///      little or nothing). Like a reward paid while no shares exist, it goes to the prover
    ///      as commission. Call only while the vault's totalSupply is 0.
    function _sweepUnownedAssets(Prover storage p) private {
        ProverVault vault = ProverVault(p.vault);
        uint256 unowned = vault.totalAssets();
        if (unowned == 0) return;
        vault.controllerSlash(unowned, address(this));
        p.pendingCommission += unowned;
    }

    function _selfStake(Prover storage p, address prover) private view returns (uint256) {
        ProverVault vault = ProverVault(p.vault);
        return vault.previewRedeem(vault.balanceOf(prover));
    }

    /// @dev A partial unstake leaves at least 1 BREV, takes at least 1 BREV, and never takes
    ///      a prover below its minimum self-stake (only a full exit may).
    function _checkPartialUnstake(ProverVault vault, address prover, uint256 shares, uint256 balance) private view {
        uint256 value = vault.previewRedeem(shares);
        uint256 remaining = vault.previewRedeem(balance - shares);
        if (value < MIN_STAKE || remaining < MIN_STAKE) revert ControllerInvalidUnstakeAmount();
        if (msg.sender == prover && remaining < minSelfStake) revert ControllerMinSelfStakeNotMet();
    }

    function _distribute(address prover, Prover storage p, uint256 amount)
        private
        returns (uint256 commission, uint256 toStakers)
    {
        // With no shares outstanding a donation would go to whoever stakes next: keep it all as commission.
        if (ProverVault(p.vault).totalSupply() == 0) {
            commission = amount;
        } else {
            commission = (amount * getCommissionRate(prover, msg.sender)) / BPS;
            toStakers = amount - commission;
        }
        p.pendingCommission += commission;
        if (toStakers > 0) token.safeTransfer(p.vault, toStakers);
        emit RewardsAdded(prover, msg.sender, amount, commission, toStakers);
    }

    function _listProvers(bool isActive) private view returns (address[] memory) {
        if (!isActive) return proverList;
        address[] memory active = new address[](getProverCount(true));
        uint256 n = 0;
        for (uint256 i = 0; i < proverList.length; ++i) {
            if (provers[proverList[i]].state == STATE_ACTIVE) active[n++] = proverList[i];
        }
        return active;
    }
}
