// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {BrevToken} from "../../../src/BrevToken.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {Vm, VM_ADDRESS} from "../../utils/Vm.sol";

/// @title Drives the staking system at random for the invariant suite.
/// @notice It deploys its own system as the deploy script does (it owns the controller and
///         mints BREV) with 3 provers and 5 stakers. Every action bounds its inputs and skips
///         what cannot succeed instead of reverting, probes some forbidden moves (which must
///         fail with the deployed error), and keeps ghost accounts of what flowed in and out.
///         A share-price drop in any vault outside a slash of that vault is recorded.
contract StakingHandler {
    Vm private constant vm = Vm(VM_ADDRESS);

    enum Action {
        Stake,
        RequestUnstake,
        CompleteUnstake,
        AddRewards,
        AddRewardsBatch,
        Slash,
        SlashByAmount,
        ClaimCommission,
        TransferShares,
        Warp,
        Donate,
        Reactivate,
        ProverExit,
        WithdrawTreasury,
        AdminSetState
    }

    uint256 public constant ACTION_COUNT = 15;
    uint256 public constant NUM_PROVERS = 3;
    uint256 public constant NUM_STAKERS = 5;
    uint256 public constant MIN_SELF_STAKE = 1000 ether;
    uint256 public constant UNSTAKE_DELAY = 7 days;
    uint256 public constant MAX_SLASH_BPS = 5000;
    uint256 private constant MAX_PENDING_UNSTAKES = 10;
    uint256 private constant BPS = 10_000;
    uint256 public constant START_TIME = 1_700_000_000;
    uint256 private constant NONE = type(uint256).max;
    uint256 private constant SHARE_UNIT = 1e18;
    IStakingController.ProverState private constant ACTIVE = IStakingController.ProverState.Active;
    IStakingController.ProverState private constant DEACTIVATED = IStakingController.ProverState.Deactivated;

    address public constant MARKET = address(0x5EC0);
    address public constant EPOCH_REWARDS = address(0x5EC1);
    address public constant SLASHER = address(0x51A5);
    address public constant TREASURY = address(0x7EA5);
    address public constant DONOR = address(0xD0D0);

    BrevToken public immutable brev;
    StakingController public immutable controller;

    address[] internal proverList;
    address[] internal stakerList;
    /// @dev Provers then stakers: every account that can ever hold shares.
    address[] internal actorList;
    ProverVault[] internal vaultList;

    uint256 public currentTime;
    /// @dev 1 + index in actorList.
    mapping(address => uint256) internal actorIndex;
    /// @dev Bit (actor index * NUM_PROVERS + prover index) set while that pair has pending requests.
    uint256 public pendingMask;

    // ------------------------------------------------------------ ghosts

    mapping(address actor => uint256) public deposited;
    mapping(address actor => uint256) public withdrawn;
    /// @dev Rewards and donations credited pro rata to the actor's shares when they arrived, and
    ///      BREV found in a share-less vault credited to whoever deposits into it next.
    mapping(address actor => uint256) public rewardCredit;
    mapping(address actor => uint256) public transferInValue;
    mapping(address actor => uint256) public transferOutValue;
    mapping(address prover => uint256) public commissionAccrued;
    mapping(address prover => uint256) public commissionClaimed;

    uint256 public totalDeposited;
    uint256 public totalWithdrawn;
    uint256 public totalRewards;
    uint256 public totalToStakers;
    uint256 public totalCommission;
    uint256 public totalDonatedToVaults;
    uint256 public totalDonatedToController;
    uint256 public totalSlashed;
    uint256 public totalTreasuryWithdrawn;
    uint256 public slashPriceDrops;
    uint256 public slashesRefusedAtTheFloor;
    /// @dev Slashes that succeeded: the most the pending totals can trail their requests, in wei.
    uint256 public slashCount;
    /// @dev completeUnstake calls that reverted because the prover's pending total had been
    ///      rounded a few wei below the requests' values (deployed behaviour).
    uint256 public roundingStalls;

    bool public priceDropOutsideSlash;
    string public priceDropNote;
    /// @dev Any balance delta that disagreed with what a call returned or emitted.
    bool public accountingError;
    string public accountingNote;
    /// @dev A prover moved shares leaving itself between 0 and minSelfStake.
    bool public selfStakeTransferBypassed;
    /// @dev completeUnstake paid something before the delay was over.
    bool public earlyWithdrawal;
    /// @dev A prover's partial unstake left it below minSelfStake.
    bool public minSelfStakeBypassed;
    /// @dev Rewards were accepted for a prover that is not Active.
    bool public inactiveRewarded;

    /// @dev How far an actor's holdings may exceed its ghost entitlement through rounding.
    uint256 public roundingAllowance;

    uint256 public successfulCalls;
    uint256 public skippedCalls;
    uint256[ACTION_COUNT] internal okCounts;
    uint256[ACTION_COUNT] internal skipCounts;

    constructor() {
        currentTime = START_TIME;
        vm.warp(currentTime);
        brev = new BrevToken(address(this));
        VaultFactory factory = new VaultFactory();
        controller =
            new StakingController(address(brev), address(factory), UNSTAKE_DELAY, MIN_SELF_STAKE, MAX_SLASH_BPS);
        factory.init(address(controller));
        controller.grantRole(controller.SLASHER_ROLE(), SLASHER);

        uint64[NUM_PROVERS] memory rates = [uint64(1000), 0, 2500];
        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            address prover = address(uint160(0x1000 + i));
            proverList.push(prover);
            actorList.push(prover);
            actorIndex[prover] = actorList.length;
            brev.mint(prover, MIN_SELF_STAKE);
            vm.startPrank(prover);
            brev.approve(address(controller), MIN_SELF_STAKE);
            vaultList.push(ProverVault(controller.initializeProver(rates[i])));
            vm.stopPrank();
            deposited[prover] += MIN_SELF_STAKE;
            totalDeposited += MIN_SELF_STAKE;
        }
        // Own rates: the market pays prover 2 half to commission, prover 1 takes 5 % of epoch rewards.
        vm.prank(proverList[2]);
        controller.setCommissionRate(MARKET, 5000);
        vm.prank(proverList[1]);
        controller.setCommissionRate(EPOCH_REWARDS, 500);

        for (uint256 i = 0; i < NUM_STAKERS; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            address staker = address(uint160(0x2000 + i));
            stakerList.push(staker);
            actorList.push(staker);
            actorIndex[staker] = actorList.length;
            _stake(staker, i % NUM_PROVERS, 5_000 ether + i * 1_000 ether);
        }
    }

    // ------------------------------------------------------------ actions

    function stake(uint256 actorSeed, uint256 proverSeed, uint256 amount) external observed(NONE) {
        address actor = actorList[actorSeed % actorList.length];
        // The first prover from the seed this actor may stake with: an Active one, or its own vault.
        uint256 pi = proverSeed % NUM_PROVERS;
        for (uint256 k = 0; k < NUM_PROVERS; ++k) {
            uint256 candidate = (proverSeed % NUM_PROVERS + k) % NUM_PROVERS;
            if (_isActive(candidate) || actor == proverList[candidate]) {
                pi = candidate;
                break;
            }
        }
        if (!_isActive(pi) && actor != proverList[pi]) return _skip(Action.Stake);
        amount = _bound(amount, 1 ether, 50_000 ether);
        if (vaultList[pi].previewDeposit(amount) == 0) return _skip(Action.Stake);
        _stake(actor, pi, amount);
        _ok(Action.Stake);
    }

    /// @param sizeSeed low 3 bits 0: a full exit (a prover's deactivates it if Active);
    ///        otherwise a partial unstake of an asset amount chosen from the rest of the seed.
    function requestUnstake(uint256 pairSeed, uint256 sizeSeed) external observed(NONE) {
        (bool found, address actor, uint256 pi) = _findPair(pairSeed, _canRequest);
        if (!found) return _skip(Action.RequestUnstake);
        ProverVault vault = vaultList[pi];
        address prover = proverList[pi];
        uint256 balance = vault.balanceOf(actor);
        bool isProver = actor == prover;

        uint256 shares;
        if (sizeSeed % 8 == 0) {
            shares = balance;
        } else {
            uint256 keep = isProver ? MIN_SELF_STAKE : 1 ether;
            uint256 value = vault.previewRedeem(balance);
            if (isProver) _probeBelowMinSelfStake(vault, prover, balance, value);
            // 1 gwei of slack absorbs the rounding of previewWithdraw below.
            if (value < keep + 1 ether + 1 gwei) return _skip(Action.RequestUnstake);
            uint256 target = _bound(sizeSeed >> 8, 1 ether, value - keep - 1 gwei);
            shares = vault.previewWithdraw(target);
            if (shares == 0 || shares >= balance) return _skip(Action.RequestUnstake);
            if (vault.previewRedeem(shares) < 1 ether || vault.previewRedeem(balance - shares) < keep) {
                return _skip(Action.RequestUnstake);
            }
        }
        uint256 expected = vault.previewRedeem(shares);
        if (expected == 0) return _skip(Action.RequestUnstake);

        uint256 pendingBefore = controller.getProverTotalUnstaking(prover);
        vm.prank(actor);
        vault.approve(address(controller), shares);
        vm.prank(actor);
        uint256 amount = controller.requestUnstake(prover, shares);
        _refreshPending(actor, pi);
        if (amount != expected) _flagAccounting("requestUnstake paid other than previewRedeem");
        if (controller.getProverTotalUnstaking(prover) != pendingBefore + amount) {
            _flagAccounting("requestUnstake pending delta");
        }
        if (controller.getStakeInfo(prover, actor) != vault.balanceOf(actor)) _flagAccounting("requestUnstake books");
        _ok(Action.RequestUnstake);
    }

    /// @param waitIfNeeded when nothing is ready yet (after checking that completing now reverts),
    ///        move time to the oldest pending request's release and complete that one.
    function completeUnstake(uint256 pairSeed, bool waitIfNeeded) external observed(NONE) {
        (bool found, address actor, uint256 pi) = _findPair(pairSeed, _hasReady);
        if (!found) {
            uint256 releaseAt;
            (found, actor, pi, releaseAt) = _oldestPending();
            if (!found) return _skip(Action.CompleteUnstake);
            // Nothing is ready: completing now must revert with ControllerUnstakeNotReady.
            vm.prank(actor);
            try controller.completeUnstake(proverList[pi]) {
                earlyWithdrawal = true;
                _refreshPending(actor, pi);
            } catch (bytes memory err) {
                if (_selector(err) != IStakingController.ControllerUnstakeNotReady.selector) {
                    _flagAccounting("early completeUnstake: wrong error");
                }
            }
            if (!waitIfNeeded) return _skip(Action.CompleteUnstake);
            currentTime = releaseAt;
            vm.warp(currentTime);
        }
        address prover = proverList[pi];
        (, uint256 ready) = controller.getUnstakingInfo(prover, actor);
        uint256 due = _dueNow(prover, actor);
        if (due > controller.getProverTotalUnstaking(prover)) return _expectRoundingStall(actor, prover);
        uint256 balanceBefore = brev.balanceOf(actor);
        vm.prank(actor);
        uint256 amount = controller.completeUnstake(prover);
        _refreshPending(actor, pi);
        if (amount != ready || amount != due) _flagAccounting("completeUnstake paid other than readyAmount");
        if (brev.balanceOf(actor) != balanceBefore + amount) _flagAccounting("completeUnstake transfer");
        IStakingController.UnstakeRequest[] memory left = controller.getPendingUnstakes(prover, actor);
        for (uint256 i = 0; i < left.length; ++i) {
            if (block.timestamp >= left[i].requestTime + UNSTAKE_DELAY) _flagAccounting("ready request left behind");
        }
        withdrawn[actor] += amount;
        totalWithdrawn += amount;
        _ok(Action.CompleteUnstake);
    }

    /// @notice A payer (anyone) rewards an Active prover; 1 time in 4 it first tries a prover
    ///         that is not Active, which must revert ControllerProverNotActive.
    function addRewards(uint256 proverSeed, uint256 amount, bool fromEpoch) external observed(NONE) {
        address source = fromEpoch ? EPOCH_REWARDS : MARKET;
        if (proverSeed % 4 == 0) _probeInactiveReward(proverSeed, source);
        (bool found, uint256 pi) = _pickProver(proverSeed, _isActive);
        if (!found) return _skip(Action.AddRewards);
        _payReward(pi, source, _bound(amount, 0, 2_000 ether));
        _ok(Action.AddRewards);
    }

    function _payReward(uint256 pi, address source, uint256 amount) private {
        address prover = proverList[pi];
        uint256 expectedCommission = (amount * controller.getCommissionRate(prover, source)) / BPS;
        uint256 vaultBefore = vaultList[pi].totalAssets();
        (uint256 supply, uint256[] memory balances) = _shareBalances(pi);

        brev.mint(source, amount);
        vm.startPrank(source);
        brev.approve(address(controller), amount);
        (uint256 commission, uint256 toStakers) = controller.addRewards(prover, amount);
        vm.stopPrank();

        if (commission != expectedCommission || commission + toStakers != amount) _flagAccounting("addRewards split");
        if (vaultList[pi].totalAssets() != vaultBefore + toStakers) _flagAccounting("addRewards vault delta");
        _creditRewards(toStakers, supply, balances);
        commissionAccrued[prover] += commission;
        totalCommission += commission;
        totalToStakers += toStakers;
        totalRewards += amount;
    }

    /// @notice The batch form: 1 to 3 entries, Active provers picked from the seed (repeats allowed).
    function addRewardsBatch(uint256 seed, uint256 a0, uint256 a1, uint256 a2) external observed(NONE) {
        if (controller.getProverCount(true) == 0) return _skip(Action.AddRewardsBatch);
        uint256 n = 1 + (seed % 3);
        address[] memory batchProvers = new address[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256[NUM_PROVERS] memory perProver;
        uint256 total;
        uint256[3] memory raw = [a0, a1, a2];
        for (uint256 i = 0; i < n; ++i) {
            (, uint256 pi) = _pickProver(seed >> (8 * (i + 1)), _isActive);
            batchProvers[i] = proverList[pi];
            amounts[i] = _bound(raw[i], 0, 1_000 ether);
            perProver[pi] += amounts[i];
            total += amounts[i];
        }
        uint256[NUM_PROVERS] memory commissionBefore;
        uint256[NUM_PROVERS] memory vaultBefore;
        uint256[NUM_PROVERS] memory supplies;
        uint256[][NUM_PROVERS] memory balances;
        for (uint256 pi = 0; pi < NUM_PROVERS; ++pi) {
            commissionBefore[pi] = _pendingCommission(proverList[pi]);
            vaultBefore[pi] = vaultList[pi].totalAssets();
            (supplies[pi], balances[pi]) = _shareBalances(pi);
        }

        brev.mint(EPOCH_REWARDS, total);
        vm.startPrank(EPOCH_REWARDS);
        brev.approve(address(controller), total);
        controller.addRewards(batchProvers, amounts);
        vm.stopPrank();

        for (uint256 pi = 0; pi < NUM_PROVERS; ++pi) {
            uint256 commission = _pendingCommission(proverList[pi]) - commissionBefore[pi];
            uint256 toStakers = vaultList[pi].totalAssets() - vaultBefore[pi];
            if (commission + toStakers != perProver[pi]) _flagAccounting("batch addRewards split");
            _creditRewards(toStakers, supplies[pi], balances[pi]);
            commissionAccrued[proverList[pi]] += commission;
            totalCommission += commission;
            totalToStakers += toStakers;
        }
        totalRewards += total;
        _ok(Action.AddRewardsBatch);
    }

    /// @notice A slash of bps; one that would take the scale below 20 % must revert
    ///         ControllerSlashTooHigh and change nothing.
    function slash(uint256 proverSeed, uint256 bps) external observed(proverSeed % NUM_PROVERS) {
        uint256 pi = proverSeed % NUM_PROVERS;
        _slashAndCheck(pi, _bound(bps, 0, MAX_SLASH_BPS), 0);
        _ok(Action.Slash);
    }

    /// @notice The market's way: an amount, turned into bps of vault assets plus pending unstakes.
    function slashByAmount(uint256 proverSeed, uint256 amount) external observed(proverSeed % NUM_PROVERS) {
        uint256 pi = proverSeed % NUM_PROVERS;
        address prover = proverList[pi];
        uint256 slashable = controller.getProverTotalAssets(prover);
        amount = _bound(amount, 1, 3_000 ether);
        if (slashable == 0) return _skip(Action.SlashByAmount);
        uint256 bps = (amount * BPS) / slashable;
        if (bps > MAX_SLASH_BPS) bps = MAX_SLASH_BPS;
        _slashAndCheck(pi, bps, amount);
        _ok(Action.SlashByAmount);
    }

    /// @notice A prover claims its commission; with nothing pending the claim returns 0.
    function claimCommission(uint256 proverSeed) external observed(NONE) {
        (bool found, uint256 pi) = _pickProver(proverSeed, _hasCommission);
        if (!found) pi = proverSeed % NUM_PROVERS;
        address prover = proverList[pi];
        uint256 pending = _pendingCommission(prover);
        uint256 balanceBefore = brev.balanceOf(prover);
        vm.prank(prover);
        uint256 amount = controller.claimCommission();
        if (amount != pending || brev.balanceOf(prover) != balanceBefore + amount) _flagAccounting("claimCommission");
        if (_pendingCommission(prover) != 0) _flagAccounting("commission left after claim");
        commissionClaimed[prover] += amount;
        _ok(Action.ClaimCommission);
    }

    /// @notice Moves vault shares between actors. A prover moves either everything (which
    ///         deactivates it) or only what keeps its own assets ≥ minSelfStake; 1 time in 8 it
    ///         first tries to leave itself half the minimum, which must fail.
    function transferShares(uint256 pairSeed, uint256 toSeed, uint256 amount) external observed(NONE) {
        (bool found, address from, uint256 pi) = _findPair(pairSeed, _holds);
        if (!found) return _skip(Action.TransferShares);
        ProverVault vault = vaultList[pi];
        address prover = proverList[pi];
        address to = actorList[toSeed % actorList.length];
        if (to == from) to = actorList[(toSeed % actorList.length + 1) % actorList.length];

        uint256 balance = vault.balanceOf(from);
        uint256 shares = _bound(amount, 1, balance);
        if (from == prover) {
            if (amount % 8 == 0) _probeSelfStakeTransfer(vault, prover, to, balance);
            uint256 own = vault.convertToAssets(balance);
            uint256 left = own - vault.convertToAssets(shares);
            if (left > 0 && left < MIN_SELF_STAKE) {
                // Keep exactly what the rule allows: everything above the minimum, or all of it.
                if (own < MIN_SELF_STAKE + 1 ether || amount % 2 == 0) shares = balance;
                else shares = vault.convertToShares(own - MIN_SELF_STAKE - 1 ether);
                if (shares == 0) return _skip(Action.TransferShares);
            }
        }
        bool wasActive = _isActive(pi);
        uint256 value = vault.convertToAssets(shares);
        vm.prank(from);
        if (!vault.transfer(to, shares)) _flagAccounting("share transfer returned false");
        if (from == prover && shares == balance && wasActive && controller.getProverState(prover) != DEACTIVATED) {
            _flagAccounting("a prover's full transfer did not deactivate it");
        }
        transferOutValue[from] += value;
        transferInValue[to] += value;
        _ok(Action.TransferShares);
    }

    function warp(uint256 secondsForward) external observed(NONE) {
        currentTime += _bound(secondsForward, 1 hours, 10 days);
        vm.warp(currentTime);
        _ok(Action.Warp);
    }

    /// @notice An outsider sends BREV straight to a vault (or, 1 time in 4, to the controller).
    function donate(uint256 targetSeed, uint256 amount) external observed(NONE) {
        amount = _bound(amount, 1, 1_000 ether);
        brev.mint(DONOR, amount);
        if (targetSeed % 4 == 3) {
            vm.prank(DONOR);
            if (!brev.transfer(address(controller), amount)) _flagAccounting("donation failed");
            totalDonatedToController += amount;
        } else {
            uint256 pi = targetSeed % NUM_PROVERS;
            (uint256 supply, uint256[] memory balances) = _shareBalances(pi);
            vm.prank(DONOR);
            if (!brev.transfer(address(vaultList[pi]), amount)) _flagAccounting("donation failed");
            // Into a vault without shares it goes to the next depositor (see _stake).
            _creditRewards(amount, supply, balances);
            totalDonatedToVaults += amount;
        }
        _ok(Action.Donate);
    }

    /// @notice A prover that is not Active comes back, its self-stake topped up first: by the
    ///         owner, or (from Deactivated) by the prover itself.
    function reactivate(uint256 proverSeed) external observed(NONE) {
        (bool found, uint256 pi) = _pickProver(proverSeed, _isInactive);
        if (!found) return _skip(Action.Reactivate);
        address prover = proverList[pi];
        if (_selfStake(pi) < MIN_SELF_STAKE) {
            uint256 topUp = MIN_SELF_STAKE - _selfStake(pi) + 2 ether;
            if (vaultList[pi].previewDeposit(topUp) == 0) return _skip(Action.Reactivate);
            _stake(prover, pi, topUp);
            if (_selfStake(pi) < MIN_SELF_STAKE) return _skip(Action.Reactivate);
        }
        bool byProver = (proverSeed >> 8) % 2 == 0 && controller.getProverState(prover) == DEACTIVATED;
        vm.prank(byProver ? prover : address(this));
        controller.reactivateProver(prover);
        _ok(Action.Reactivate);
    }

    /// @notice A prover exits its own vault completely, which deactivates it if it was Active
    ///         and nothing more (an Active one only while another prover stays Active).
    function proverExit(uint256 proverSeed) external observed(NONE) {
        (bool found, uint256 pi) = _pickProver(proverSeed, _canExit);
        if (!found) return _skip(Action.ProverExit);
        address prover = proverList[pi];
        ProverVault vault = vaultList[pi];
        IStakingController.ProverState stateBefore = controller.getProverState(prover);
        uint256 shares = vault.balanceOf(prover);
        vm.prank(prover);
        vault.approve(address(controller), shares);
        vm.prank(prover);
        controller.requestUnstake(prover, shares);
        _refreshPending(prover, pi);
        IStakingController.ProverState expected = stateBefore == ACTIVE ? DEACTIVATED : stateBefore;
        if (controller.getProverState(prover) != expected || controller.getProverCount(false) != NUM_PROVERS) {
            _flagAccounting("a full exit did other than deactivate");
        }
        _ok(Action.ProverExit);
    }

    /// @notice The owner takes part of the treasury pool out.
    function withdrawTreasury(uint256 amount) external observed(NONE) {
        uint256 pool = controller.treasuryPool();
        if (pool == 0) return _skip(Action.WithdrawTreasury);
        amount = _bound(amount, 1, pool);
        uint256 before = brev.balanceOf(TREASURY);
        controller.withdrawTreasury(TREASURY, amount);
        if (brev.balanceOf(TREASURY) != before + amount || controller.treasuryPool() != pool - amount) {
            _flagAccounting("withdrawTreasury");
        }
        totalTreasuryWithdrawn += amount;
        _ok(Action.WithdrawTreasury);
    }

    /// @notice The owner moves a prover between states: an Active one to Jailed or
    ///         Deactivated (while another stays Active), an inactive one to the other inactive
    ///         state. Stakers may still leave; nobody may stake into or reward it.
    function adminSetState(uint256 proverSeed, bool jail) external observed(NONE) {
        (bool found, uint256 pi) = _pickProver(proverSeed, _canChangeState);
        if (!found) return _skip(Action.AdminSetState);
        address prover = proverList[pi];
        IStakingController.ProverState state = controller.getProverState(prover);
        if (state == ACTIVE ? jail : state == DEACTIVATED) controller.jailProver(prover);
        else controller.deactivateProver(prover);
        _ok(Action.AdminSetState);
    }

    // ------------------------------------------------------------ views for the invariants

    function provers() external view returns (address[] memory) {
        return proverList;
    }

    function actors() external view returns (address[] memory) {
        return actorList;
    }

    function vaults() external view returns (ProverVault[] memory) {
        return vaultList;
    }

    function okCount(Action action) external view returns (uint256) {
        return okCounts[uint256(action)];
    }

    function skipCount(Action action) external view returns (uint256) {
        return skipCounts[uint256(action)];
    }

    function actionName(uint256 i) external pure returns (string memory) {
        string[ACTION_COUNT] memory names = [
            "stake",
            "requestUnstake",
            "completeUnstake",
            "addRewards",
            "addRewardsBatch",
            "slash",
            "slashByAmount",
            "claimCommission",
            "transferShares",
            "warp",
            "donate",
            "reactivate",
            "proverExit",
            "withdrawTreasury",
            "adminSetState"
        ];
        return names[i];
    }

    /// @notice The selectors the fuzzer should call (the actions above, nothing else).
    function actionSelectors() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](ACTION_COUNT);
        selectors[0] = this.stake.selector;
        selectors[1] = this.requestUnstake.selector;
        selectors[2] = this.completeUnstake.selector;
        selectors[3] = this.addRewards.selector;
        selectors[4] = this.addRewardsBatch.selector;
        selectors[5] = this.slash.selector;
        selectors[6] = this.slashByAmount.selector;
        selectors[7] = this.claimCommission.selector;
        selectors[8] = this.transferShares.selector;
        selectors[9] = this.warp.selector;
        selectors[10] = this.donate.selector;
        selectors[11] = this.reactivate.selector;
        selectors[12] = this.proverExit.selector;
        selectors[13] = this.withdrawTreasury.selector;
        selectors[14] = this.adminSetState.selector;
    }

    /// @notice What an actor holds right now: share value in every vault plus pending unstakes.
    function holdings(address actor) public view returns (uint256 total) {
        uint256 a = actorIndex[actor] - 1;
        for (uint256 pi = 0; pi < NUM_PROVERS; ++pi) {
            uint256 balance = vaultList[pi].balanceOf(actor);
            if (balance > 0) total += vaultList[pi].convertToAssets(balance);
            if (pendingMask & _bit(a * NUM_PROVERS + pi) != 0) {
                (uint256 pending,) = controller.getUnstakingInfo(proverList[pi], actor);
                total += pending;
            }
        }
    }

    /// @notice The (actor, prover) pairs that have pending unstake requests (every request is
    ///         made by this handler, which re-reads the controller after each request / completion).
    function pendingPairs() external view returns (address[] memory pairActors, address[] memory pairProvers) {
        uint256 n;
        for (uint256 bit = 0; bit < actorList.length * NUM_PROVERS; ++bit) {
            if (pendingMask & _bit(bit) != 0) ++n;
        }
        pairActors = new address[](n);
        pairProvers = new address[](n);
        n = 0;
        for (uint256 bit = 0; bit < actorList.length * NUM_PROVERS; ++bit) {
            if (pendingMask & _bit(bit) != 0) {
                pairActors[n] = actorList[bit / NUM_PROVERS];
                pairProvers[n++] = proverList[bit % NUM_PROVERS];
            }
        }
    }

    /// @notice One actor's ledger in one call: (withdrawn + holdings + value sent by transfer,
    ///         deposited + reward credits + value received by transfer).
    function ledger(address actor) external view returns (uint256 outSide, uint256 inSide, uint256 held) {
        held = holdings(actor);
        outSide = withdrawn[actor] + held + transferOutValue[actor];
        inSide = deposited[actor] + rewardCredit[actor] + transferInValue[actor];
    }

    // ------------------------------------------------------------ internals

    modifier observed(uint256 slashedVault) {
        vm.warp(currentTime);
        uint256[NUM_PROVERS] memory before = _prices();
        _;
        _checkPrices(before, slashedVault);
    }

    /// @dev Each vault's share price, or 0 for a vault with no shares (nobody holds it).
    function _prices() private view returns (uint256[NUM_PROVERS] memory prices) {
        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            if (vaultList[i].totalSupply() > 0) prices[i] = _price(i);
        }
    }

    function _checkPrices(uint256[NUM_PROVERS] memory before, uint256 slashedVault) private {
        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            ProverVault vault = vaultList[i];
            uint256 price = _price(i);
            if (price < before[i] && i != slashedVault && !priceDropOutsideSlash) {
                priceDropOutsideSlash = true;
                priceDropNote = string.concat(
                    "vault ",
                    Strings.toString(i),
                    " price ",
                    Strings.toString(before[i]),
                    " -> ",
                    Strings.toString(price)
                );
            }
            // Rounding in a vault's favour moves at most one share's worth per call to the
            // remaining holders (previewMint(1) = ceil((assets + 1) / (supply + 1))), and the
            // pro-rata credit rounds down by 1 wei more.
            roundingAllowance += 2 * ((vault.totalAssets() + 1) / (vault.totalSupply() + 1) + 2);
        }
    }

    /// @dev Checks one slash against the arithmetic of the deployed controller.
    function _slashAndCheck(uint256 pi, uint256 bps, uint256 byAmount) private {
        address prover = proverList[pi];
        uint256 oldScale = controller.getProverSlashingScale(prover);
        uint256 newScale = (oldScale * (BPS - bps)) / BPS;
        uint256 vaultBefore = vaultList[pi].totalAssets();
        uint256 pendingBefore = controller.getProverTotalUnstaking(prover);
        uint256 poolBefore = controller.treasuryPool();
        uint256 heldBefore = brev.balanceOf(address(controller));
        uint256 priceBefore = _price(pi);

        if (newScale < controller.MIN_SCALE_FLOOR()) {
            vm.prank(SLASHER);
            try controller.slash(prover, bps) {
                _flagAccounting("a slash below the floor went through");
            } catch (bytes memory err) {
                if (_selector(err) != IStakingController.ControllerSlashTooHigh.selector) {
                    _flagAccounting("slash below the floor: wrong error");
                }
            }
            ++slashesRefusedAtTheFloor;
            return;
        }
        vm.prank(SLASHER);
        uint256 slashed = byAmount == 0 ? controller.slash(prover, bps) : controller.slashByAmount(prover, byAmount);

        uint256 fromVault = (vaultBefore * bps) / BPS;
        uint256 pendingAfter = (pendingBefore * newScale) / oldScale;
        if (
            slashed != fromVault + pendingBefore - pendingAfter || controller.getProverSlashingScale(prover) != newScale
                || controller.getProverTotalUnstaking(prover) != pendingAfter
        ) _flagAccounting("slash took other than bps of the vault and of pending unstakes");
        if (controller.treasuryPool() != poolBefore + slashed) _flagAccounting("slash treasury pool");
        if (brev.balanceOf(address(controller)) != heldBefore + fromVault) _flagAccounting("slash transfer");
        if (_price(pi) < priceBefore) ++slashPriceDrops;
        totalSlashed += slashed;
        ++slashCount;
    }

    /// @dev The deployed wei-rounding stall: completing must revert with an arithmetic underflow.
    function _expectRoundingStall(address actor, address prover) private {
        vm.prank(actor);
        try controller.completeUnstake(prover) {
            _flagAccounting("completeUnstake paid more than the prover's pending total");
        } catch (bytes memory err) {
            if (keccak256(err) != keccak256(abi.encodeWithSignature("Panic(uint256)", 0x11))) {
                _flagAccounting("rounding stall: wrong error");
            }
        }
        ++roundingStalls;
        _skip(Action.CompleteUnstake);
    }

    function _refreshPending(address actor, uint256 pi) private {
        uint256 bit = _bit((actorIndex[actor] - 1) * NUM_PROVERS + pi);
        if (controller.getPendingUnstakes(proverList[pi], actor).length > 0) pendingMask |= bit;
        else pendingMask &= ~bit;
    }

    function _proverIndex(address prover) private view returns (uint256 pi) {
        while (proverList[pi] != prover) ++pi;
    }

    function _stake(address actor, uint256 pi, uint256 amount) private {
        // BREV in a vault without shares belongs to whoever deposits next.
        if (vaultList[pi].totalSupply() == 0) rewardCredit[actor] += vaultList[pi].totalAssets();
        brev.mint(actor, amount);
        uint256 expected = vaultList[pi].previewDeposit(amount);
        vm.startPrank(actor);
        brev.approve(address(controller), amount);
        uint256 shares = controller.stake(proverList[pi], amount);
        vm.stopPrank();
        if (shares != expected) _flagAccounting("stake minted other than previewDeposit");
        if (controller.getStakeInfo(proverList[pi], actor) != vaultList[pi].balanceOf(actor)) {
            _flagAccounting("stake books");
        }
        deposited[actor] += amount;
        totalDeposited += amount;
    }

    function _creditRewards(uint256 amount, uint256 supply, uint256[] memory balances) private {
        if (amount == 0 || supply == 0) return;
        for (uint256 a = 0; a < actorList.length; ++a) {
            if (balances[a] > 0) rewardCredit[actorList[a]] += (amount * balances[a]) / supply;
        }
    }

    function _shareBalances(uint256 pi) private view returns (uint256 supply, uint256[] memory balances) {
        supply = vaultList[pi].totalSupply();
        balances = new uint256[](actorList.length);
        for (uint256 a = 0; a < actorList.length; ++a) {
            balances[a] = vaultList[pi].balanceOf(actorList[a]);
        }
    }

    /// @dev Walks the (actor, prover) pairs from the seed and returns the first that fits.
    function _findPair(uint256 seed, function(address, uint256) view returns (bool) fits)
        private
        view
        returns (bool found, address actor, uint256 pi)
    {
        uint256 pairs = actorList.length * NUM_PROVERS;
        for (uint256 k = 0; k < pairs; ++k) {
            uint256 idx = (seed % pairs + k) % pairs;
            actor = actorList[idx / NUM_PROVERS];
            pi = idx % NUM_PROVERS;
            if (fits(actor, pi)) return (true, actor, pi);
        }
        return (false, address(0), 0);
    }

    /// @dev A prover's partial unstake that would leave half of minSelfStake must revert with
    ///      ControllerMinSelfStakeNotMet.
    function _probeBelowMinSelfStake(ProverVault vault, address prover, uint256 balance, uint256 value) private {
        if (value < MIN_SELF_STAKE / 2 + 1 ether) return;
        uint256 shares = vault.previewWithdraw(value - MIN_SELF_STAKE / 2);
        if (shares == 0 || shares >= balance) return;
        vm.prank(prover);
        vault.approve(address(controller), shares);
        vm.prank(prover);
        try controller.requestUnstake(prover, shares) {
            minSelfStakeBypassed = true;
            _refreshPending(prover, _proverIndex(prover));
        } catch (bytes memory err) {
            if (_selector(err) != IStakingController.ControllerMinSelfStakeNotMet.selector) {
                _flagAccounting("unstake below minSelfStake: wrong error");
            }
        }
    }

    /// @dev A prover's transfer that would leave half of minSelfStake must revert with
    ///      ControllerMinSelfStakeNotMet.
    function _probeSelfStakeTransfer(ProverVault vault, address prover, address to, uint256 balance) private {
        uint256 own = vault.convertToAssets(balance);
        if (own < MIN_SELF_STAKE / 2 + 1 ether) return;
        uint256 shares = vault.convertToShares(own - MIN_SELF_STAKE / 2);
        if (shares == 0 || shares >= balance) return;
        uint256 value = vault.convertToAssets(shares);
        vm.prank(prover);
        try vault.transfer(to, shares) {
            selfStakeTransferBypassed = true;
            transferOutValue[prover] += value;
            transferInValue[to] += value;
        } catch (bytes memory err) {
            if (_selector(err) != IStakingController.ControllerMinSelfStakeNotMet.selector) {
                _flagAccounting("self-stake transfer: wrong error");
            }
        }
    }

    /// @dev Rewards for a prover that is not Active must revert ControllerProverNotActive.
    function _probeInactiveReward(uint256 seed, address source) private {
        (bool found, uint256 pi) = _pickProver(seed, _isInactive);
        if (!found) return;
        brev.mint(source, 1 ether);
        vm.startPrank(source);
        brev.approve(address(controller), 1 ether);
        try controller.addRewards(proverList[pi], 1 ether) {
            inactiveRewarded = true;
        } catch (bytes memory err) {
            if (_selector(err) != IStakingController.ControllerProverNotActive.selector) {
                _flagAccounting("reward to an inactive prover: wrong error");
            }
        }
        brev.approve(address(controller), 0);
        vm.stopPrank();
        // The unspent BREV stays with the payer: no ghost to update.
    }

    /// @dev Walks the provers from the seed and returns the first that fits.
    function _pickProver(uint256 seed, function(uint256) view returns (bool) fits)
        private
        view
        returns (bool found, uint256 pi)
    {
        for (uint256 k = 0; k < NUM_PROVERS; ++k) {
            pi = (seed % NUM_PROVERS + k) % NUM_PROVERS;
            if (fits(pi)) return (true, pi);
        }
        return (false, 0);
    }

    function _hasCommission(uint256 pi) private view returns (bool) {
        return _pendingCommission(proverList[pi]) > 0;
    }

    function _isActive(uint256 pi) private view returns (bool) {
        return controller.getProverState(proverList[pi]) == ACTIVE;
    }

    /// @dev The prover holds shares, has room for a request, and is not the last Active one.
    function _canExit(uint256 pi) private view returns (bool) {
        address prover = proverList[pi];
        uint256 shares = vaultList[pi].balanceOf(prover);
        return shares > 0 && vaultList[pi].previewRedeem(shares) > 0
            && controller.getPendingUnstakes(prover, prover).length < MAX_PENDING_UNSTAKES
            && (!_isActive(pi) || controller.getProverCount(true) >= 2);
    }

    function _canChangeState(uint256 pi) private view returns (bool) {
        return !_isActive(pi) || controller.getProverCount(true) >= 2;
    }

    function _isInactive(uint256 pi) private view returns (bool) {
        return controller.getProverState(proverList[pi]) != ACTIVE;
    }

    function _canRequest(address actor, uint256 pi) private view returns (bool) {
        return vaultList[pi].balanceOf(actor) > 0
            && controller.getPendingUnstakes(proverList[pi], actor).length < MAX_PENDING_UNSTAKES;
    }

    function _hasReady(address actor, uint256 pi) private view returns (bool) {
        if (pendingMask & _bit((actorIndex[actor] - 1) * NUM_PROVERS + pi) == 0) return false;
        (, uint256 ready) = controller.getUnstakingInfo(proverList[pi], actor);
        return ready > 0;
    }

    function _holds(address actor, uint256 pi) private view returns (bool) {
        return vaultList[pi].balanceOf(actor) > 0;
    }

    function _oldestPending() private view returns (bool found, address actor, uint256 pi, uint256 releaseAt) {
        releaseAt = type(uint256).max;
        for (uint256 a = 0; a < actorList.length; ++a) {
            for (uint256 p = 0; p < NUM_PROVERS; ++p) {
                if (pendingMask & _bit(a * NUM_PROVERS + p) == 0) continue;
                IStakingController.UnstakeRequest[] memory requests =
                    controller.getPendingUnstakes(proverList[p], actorList[a]);
                for (uint256 r = 0; r < requests.length; ++r) {
                    if (requests[r].requestTime + UNSTAKE_DELAY < releaseAt) {
                        releaseAt = requests[r].requestTime + UNSTAKE_DELAY;
                        (found, actor, pi) = (true, actorList[a], p);
                    }
                }
            }
        }
    }

    /// @dev What the requests older than the delay are worth now, computed here from the raw
    ///      requests rather than taken from the controller's own view.
    function _dueNow(address prover, address actor) private view returns (uint256 due) {
        IStakingController.UnstakeRequest[] memory requests = controller.getPendingUnstakes(prover, actor);
        uint256 scale = controller.getProverSlashingScale(prover);
        for (uint256 r = 0; r < requests.length; ++r) {
            if (block.timestamp >= requests[r].requestTime + UNSTAKE_DELAY) {
                due += (requests[r].amount * scale) / requests[r].scaleSnapshot;
            }
        }
    }

    function _pendingCommission(address prover) private view returns (uint256 pending) {
        (,,, pending,,,,) = controller.getProverInfo(prover);
    }

    function _selfStake(uint256 pi) private view returns (uint256) {
        return vaultList[pi].convertToAssets(vaultList[pi].balanceOf(proverList[pi]));
    }

    /// @dev convertToAssets(1e18): what one whole share is worth.
    function _price(uint256 pi) private view returns (uint256) {
        return vaultList[pi].convertToAssets(SHARE_UNIT);
    }

    function _ok(Action action) private {
        ++okCounts[uint256(action)];
        ++successfulCalls;
    }

    function _skip(Action action) private {
        ++skipCounts[uint256(action)];
        ++skippedCalls;
    }

    function _flagAccounting(string memory note) private {
        if (accountingError) return;
        accountingError = true;
        accountingNote = note;
    }

    function _bit(uint256 index) private pure returns (uint256) {
        return 2 ** index;
    }

    /// @dev The 4-byte selector a revert started with (0 when shorter).
    function _selector(bytes memory err) private pure returns (bytes4 selector) {
        if (err.length >= 4) {
            assembly ("memory-safe") {
                selector := mload(add(err, 0x20))
            }
        }
    }

    function _bound(uint256 value, uint256 min, uint256 max) private pure returns (uint256) {
        if (min >= max) return min;
        uint256 size = max - min;
        if (size == type(uint256).max) return value;
        return min + (value % (size + 1));
    }
}
