// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {BrevToken} from "../../src/BrevToken.sol";
import {DevRewardsVerifier} from "../../src/rewards/DevRewardsVerifier.sol";
import {EpochRewards} from "../../src/rewards/EpochRewards.sol";
import {IRewardsVerifier} from "../../src/rewards/IRewardsVerifier.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Test} from "../utils/Test.sol";
import {Vm} from "../utils/Vm.sol";

/// @dev A "controller" whose staking token is the zero address.
contract ZeroTokenController {
    function stakingToken() external pure returns (address) {
        return address(0);
    }
}

/// @dev A "controller" that calls back into distributeRewards from addRewards.
contract ReentrantController {
    address public stakingToken;
    EpochRewards internal target;
    uint32 internal epoch;
    address[] internal list;

    constructor(address token) {
        stakingToken = token;
    }

    function arm(EpochRewards target_, uint32 epoch_, address[] memory list_) external {
        target = target_;
        epoch = epoch_;
        list = list_;
    }

    function addRewards(address[] calldata, uint256[] calldata) external {
        target.distributeRewards(epoch, list);
    }
}

/// @title EpochRewards against the real StakingController: schedule, setRewards, distribution.
contract EpochRewardsTest is Test {
    uint64 internal constant START = 1_700_000_000; // block time in setUp
    uint64 internal constant EPOCH1 = START + 1 hours; // when epoch 1 starts
    uint64 internal constant LEN = 1 days;
    uint256 internal constant MAX = 10_000 ether;
    uint256 internal constant MIN_SELF_STAKE = 1000 ether;
    uint256 internal constant FUNDING = 1_000_000 ether;
    string internal constant DOMAIN = "provernet-devnet-epoch-rewards";

    BrevToken internal brev;
    StakingController internal controller;
    DevRewardsVerifier internal verifier;
    EpochRewards internal rewards;

    address internal updater = address(0xD00D);
    address internal stranger = address(0xBAD);
    address internal alice = address(0xA11CE);
    address internal proverA = address(0x9000); // 10 % commission
    address internal proverB = address(0x9001); // 25 % commission
    address internal proverC = address(0x9002); // 0 % commission
    address internal outsider = address(0x9999); // never initialized in the controller

    function setUp() public {
        vm.warp(START);
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, address(this), MIN_SELF_STAKE, 7 days, 5000);
        verifier = new DevRewardsVerifier();
        rewards = new EpochRewards(address(controller), verifier, address(this), updater);
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), address(rewards));
        _initProver(proverA, 1000);
        _initProver(proverB, 2500);
        _initProver(proverC, 0);
        // A second staker in A's vault, so the stakers' part is shared.
        brev.mint(alice, 5000 ether);
        vm.startPrank(alice);
        brev.approve(address(controller), type(uint256).max);
        controller.stake(proverA, 5000 ether);
        vm.stopPrank();
        brev.mint(address(rewards), FUNDING);
        rewards.initEpoch(EPOCH1, LEN, MAX);
    }

    // ================================================================== helpers

    function _initProver(address who, uint64 rate) internal {
        brev.mint(who, MIN_SELF_STAKE);
        vm.prank(who);
        brev.approve(address(controller), type(uint256).max);
        vm.prank(who);
        controller.initializeProver(rate);
    }

    function _fresh() internal returns (EpochRewards r) {
        r = new EpochRewards(address(controller), verifier, address(this), updater);
    }

    function _out(uint32 epoch, address[] memory p, uint256[] memory a) internal pure returns (bytes memory) {
        return abi.encode(epoch, p, a);
    }

    function _proof(bytes memory output) internal pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked(DOMAIN, output)));
    }

    function _set(uint32 epoch, address[] memory p, uint256[] memory a) internal {
        _setOn(rewards, epoch, p, a);
    }

    function _setOn(EpochRewards r, uint32 epoch, address[] memory p, uint256[] memory a) internal {
        bytes memory output = _out(epoch, p, a);
        vm.prank(updater);
        r.setRewards(_proof(output), output);
    }

    function _expectSetRevert(bytes memory err, uint32 epoch, address[] memory p, uint256[] memory a) internal {
        bytes memory output = _out(epoch, p, a);
        bytes memory proof = _proof(output);
        vm.prank(updater);
        vm.expectRevert(err);
        rewards.setRewards(proof, output);
    }

    /// @dev Warps to the first second after `epoch` ends.
    function _endEpoch(uint32 epoch) internal {
        (uint64 start, uint64 length,) = rewards.getEpochInfoByEpochNumber(epoch);
        vm.warp(uint256(start) + length);
    }

    function _a(address x) internal pure returns (address[] memory l) {
        l = new address[](1);
        l[0] = x;
    }

    function _a(address x, address y) internal pure returns (address[] memory l) {
        l = new address[](2);
        l[0] = x;
        l[1] = y;
    }

    function _a(address x, address y, address z) internal pure returns (address[] memory l) {
        l = new address[](3);
        l[0] = x;
        l[1] = y;
        l[2] = z;
    }

    function _a(address w, address x, address y, address z) internal pure returns (address[] memory l) {
        l = new address[](4);
        l[0] = w;
        l[1] = x;
        l[2] = y;
        l[3] = z;
    }

    function _n(uint256 x) internal pure returns (uint256[] memory l) {
        l = new uint256[](1);
        l[0] = x;
    }

    function _n(uint256 x, uint256 y) internal pure returns (uint256[] memory l) {
        l = new uint256[](2);
        l[0] = x;
        l[1] = y;
    }

    function _n(uint256 x, uint256 y, uint256 z) internal pure returns (uint256[] memory l) {
        l = new uint256[](3);
        l[0] = x;
        l[1] = y;
        l[2] = z;
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    function _pendingCommission(address prover) internal view returns (uint256 pending) {
        (,,, pending,,,,) = controller.getProverInfo(prover);
    }

    function _vaultAssets(address prover) internal view returns (uint256) {
        return ProverVault(controller.getProverVault(prover)).totalAssets();
    }

    function _reward(uint32 epoch, address prover) internal view returns (uint256 amount, bool distributed) {
        (uint128 a, bool d) = rewards.getProverReward(epoch, prover);
        return (a, d);
    }

    function _countRewardsAdded(Vm.Log[] memory logs) internal view returns (uint256 n) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(controller) && logs[i].topics.length > 0
                    && logs[i].topics[0] == StakingController.RewardsAdded.selector
            ) ++n;
        }
    }

    function _assertEpochInfoAt(uint64 ts, uint32 epoch, uint64 length, uint256 maxReward, string memory label)
        internal
        view
    {
        (uint32 e, uint64 l, uint256 m) = rewards.getEpochInfoByTimestamp(ts);
        assertEq(e, epoch, string.concat(label, ": epoch"));
        assertEq(l, length, string.concat(label, ": length"));
        assertEq(m, maxReward, string.concat(label, ": max"));
    }

    function _assertEpochNumber(uint32 epoch, uint64 start, uint64 length, uint256 maxReward, string memory label)
        internal
        view
    {
        (uint64 s, uint64 l, uint256 m) = rewards.getEpochInfoByEpochNumber(epoch);
        assertEq(s, start, string.concat(label, ": start"));
        assertEq(l, length, string.concat(label, ": length"));
        assertEq(m, maxReward, string.concat(label, ": max"));
    }

    // ================================================================== constructor

    function test_constructor_setsEverything() public view {
        assertEq(rewards.stakingController(), address(controller), "controller");
        assertEq(address(rewards.rewardToken()), address(brev), "token = controller.stakingToken()");
        assertEq(address(rewards.rewardsVerifier()), address(verifier), "verifier");
        assertTrue(rewards.hasRole(rewards.DEFAULT_ADMIN_ROLE(), address(this)), "admin");
        assertTrue(rewards.hasRole(rewards.UPDATER_ROLE(), updater), "updater");
        assertFalse(rewards.hasRole(rewards.UPDATER_ROLE(), address(this)), "admin is not updater");
        assertEq(rewards.UPDATER_ROLE(), keccak256("UPDATER_ROLE"), "role id");
        assertEq(rewards.FIRST_EPOCH(), 1, "epochs count from 1");
        assertEq(rewards.lastUpdatedEpoch(), 0, "nothing set");
    }

    function test_constructor_zeroUpdaterGrantsNothing() public {
        EpochRewards r = new EpochRewards(address(controller), verifier, address(this), address(0));
        assertFalse(r.hasRole(r.UPDATER_ROLE(), address(0)), "no role for zero");
        r.grantRole(r.UPDATER_ROLE(), updater);
        assertTrue(r.hasRole(r.UPDATER_ROLE(), updater), "granted later by the admin");
    }

    function test_constructor_revertsOnZeroController() public {
        vm.expectRevert(EpochRewards.ZeroAddress.selector);
        new EpochRewards(address(0), verifier, address(this), updater);
    }

    function test_constructor_revertsOnZeroVerifier() public {
        vm.expectRevert(EpochRewards.ZeroAddress.selector);
        new EpochRewards(address(controller), IRewardsVerifier(address(0)), address(this), updater);
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(EpochRewards.ZeroAddress.selector);
        new EpochRewards(address(controller), verifier, address(0), updater);
    }

    function test_constructor_revertsOnControllerWithoutToken() public {
        ZeroTokenController bad = new ZeroTokenController();
        vm.expectRevert(EpochRewards.ZeroAddress.selector);
        new EpochRewards(address(bad), verifier, address(this), updater);
    }

    // ================================================================== uninitialized schedule

    function test_views_uninitialized() public {
        EpochRewards r = _fresh();
        assertEq(r.startTimestamp(), 0, "start");
        assertEq(r.getEpochConfigs().length, 0, "no configs");
        (uint32 e, uint64 l, uint256 m) = r.getCurrentEpochInfo();
        assertEq(e + l + m, 0, "current: zeros");
        (e, l, m) = r.getEpochInfoByTimestamp(type(uint64).max);
        assertEq(e + l + m, 0, "by timestamp: zeros");
        (uint64 s, uint64 l2, uint256 m2) = r.getEpochInfoByEpochNumber(1);
        assertEq(s + l2 + m2, 0, "by number: zeros");
        (uint128 amount, bool distributed) = r.getProverReward(1, proverA);
        assertEq(amount, 0, "no reward");
        assertFalse(distributed, "not distributed");
    }

    // ================================================================== initEpoch

    function test_initEpoch_writesFirstConfigAndEmits() public {
        EpochRewards r = _fresh();
        vm.expectEmit(true, true, true, true, address(r));
        emit EpochRewards.EpochConfigSet(1, EPOCH1, LEN, MAX);
        r.initEpoch(EPOCH1, LEN, MAX);
        assertEq(r.startTimestamp(), EPOCH1, "start");
        EpochRewards.EpochConfig[] memory c = r.getEpochConfigs();
        assertEq(c.length, 1, "one config");
        assertEq(c[0].fromEpoch, 1, "fromEpoch 1");
        assertEq(c[0].fromTime, EPOCH1, "fromTime");
        assertEq(c[0].epochLength, LEN, "length");
        assertEq(c[0].maxEpochReward, MAX, "max");
    }

    function test_initEpoch_revertsSecondTime() public {
        vm.expectRevert(EpochRewards.EpochAlreadyInitialized.selector);
        rewards.initEpoch(EPOCH1 + 1, LEN, MAX);
    }

    function test_initEpoch_revertsForNonAdmin() public {
        EpochRewards r = _fresh();
        _expectUnauthorized(updater, r.DEFAULT_ADMIN_ROLE());
        vm.prank(updater);
        r.initEpoch(EPOCH1, LEN, MAX);
    }

    function test_initEpoch_revertsOnZeroStart() public {
        EpochRewards r = _fresh();
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        r.initEpoch(0, LEN, MAX);
    }

    function test_initEpoch_revertsOnZeroLength() public {
        EpochRewards r = _fresh();
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        r.initEpoch(EPOCH1, 0, MAX);
    }

    function test_initEpoch_revertsOnMaxAbove128Bits() public {
        EpochRewards r = _fresh();
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        r.initEpoch(EPOCH1, LEN, uint256(type(uint128).max) + 1);
        r.initEpoch(EPOCH1, LEN, type(uint128).max); // the largest allowed
        (,, uint256 m) = r.getEpochInfoByEpochNumber(1);
        assertEq(m, type(uint128).max, "max");
    }

    function test_initEpoch_zeroMaxAllowed() public {
        EpochRewards r = _fresh();
        r.initEpoch(EPOCH1, LEN, 0);
        (,, uint256 m) = r.getEpochInfoByEpochNumber(1);
        assertEq(m, 0, "no rewards");
    }

    function test_initEpoch_startInThePast() public {
        EpochRewards r = _fresh();
        r.initEpoch(START - 10 * LEN, LEN, MAX);
        (uint32 e,,) = r.getCurrentEpochInfo();
        assertEq(e, 11, "ten epochs have passed");
    }

    // ================================================================== schedule math

    function test_schedule_beforeStart() public {
        _assertEpochInfoAt(0, 0, 0, 0, "t=0");
        _assertEpochInfoAt(EPOCH1 - 1, 0, 0, 0, "one second before");
        (uint32 e, uint64 l, uint256 m) = rewards.getCurrentEpochInfo();
        assertEq(e + l + m, 0, "current is epoch 0 before the start");
        _assertEpochNumber(0, 0, 0, 0, "epoch 0");
        vm.warp(EPOCH1 - 1);
        (e,,) = rewards.getCurrentEpochInfo();
        assertEq(e, 0, "still 0");
    }

    function test_schedule_singleConfigBoundaries() public view {
        _assertEpochInfoAt(EPOCH1, 1, LEN, MAX, "start");
        _assertEpochInfoAt(EPOCH1 + LEN - 1, 1, LEN, MAX, "last second of 1");
        _assertEpochInfoAt(EPOCH1 + LEN, 2, LEN, MAX, "first second of 2");
        _assertEpochInfoAt(EPOCH1 + 5 * LEN + 3, 6, LEN, MAX, "inside 6");
        _assertEpochNumber(1, EPOCH1, LEN, MAX, "epoch 1");
        _assertEpochNumber(7, EPOCH1 + 6 * LEN, LEN, MAX, "epoch 7");
        assertEq(rewards.startTimestamp(), EPOCH1, "startTimestamp");
    }

    function test_schedule_currentFollowsTime() public {
        vm.warp(EPOCH1);
        (uint32 e, uint64 l, uint256 m) = rewards.getCurrentEpochInfo();
        assertEq(e, 1, "1");
        assertEq(l, LEN, "len");
        assertEq(m, MAX, "max");
        vm.warp(EPOCH1 + 3 * LEN - 1);
        (e,,) = rewards.getCurrentEpochInfo();
        assertEq(e, 3, "3");
        vm.warp(EPOCH1 + 3 * LEN);
        (e,,) = rewards.getCurrentEpochInfo();
        assertEq(e, 4, "4");
    }

    /// @dev Three configs: epochs 1-3 one day (MAX), 4-9 two days (2 MAX), 10+ twelve hours (MAX / 2).
    function _threeConfigs() internal returns (uint64 t4, uint64 t10) {
        t4 = EPOCH1 + 3 * LEN;
        t10 = t4 + 6 * 2 days;
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.EpochConfigSet(4, t4, 2 days, 2 * MAX);
        rewards.setEpochConfig(4, 2 days, 2 * MAX);
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.EpochConfigSet(10, t10, 12 hours, MAX / 2);
        rewards.setEpochConfig(10, 12 hours, MAX / 2);
    }

    function test_schedule_severalConfigs() public {
        (uint64 t4, uint64 t10) = _threeConfigs();

        EpochRewards.EpochConfig[] memory c = rewards.getEpochConfigs();
        assertEq(c.length, 3, "three configs");
        assertEq(c[1].fromEpoch, 4, "c1 epoch");
        assertEq(c[1].fromTime, t4, "c1 time");
        assertEq(c[1].epochLength, 2 days, "c1 len");
        assertEq(c[1].maxEpochReward, 2 * MAX, "c1 max");
        assertEq(c[2].fromEpoch, 10, "c2 epoch");
        assertEq(c[2].fromTime, t10, "c2 time");
        assertEq(c[2].epochLength, 12 hours, "c2 len");
        assertEq(c[2].maxEpochReward, MAX / 2, "c2 max");
        assertEq(rewards.startTimestamp(), EPOCH1, "start unchanged");

        _assertEpochInfoAt(EPOCH1 - 1, 0, 0, 0, "before start");
        _assertEpochInfoAt(EPOCH1, 1, LEN, MAX, "start");
        _assertEpochInfoAt(t4 - 1, 3, LEN, MAX, "last second of 3");
        _assertEpochInfoAt(t4, 4, 2 days, 2 * MAX, "first second of 4");
        _assertEpochInfoAt(t4 + 2 days - 1, 4, 2 days, 2 * MAX, "last second of 4");
        _assertEpochInfoAt(t4 + 2 days, 5, 2 days, 2 * MAX, "first second of 5");
        _assertEpochInfoAt(t10 - 1, 9, 2 days, 2 * MAX, "last second of 9");
        _assertEpochInfoAt(t10, 10, 12 hours, MAX / 2, "first second of 10");
        _assertEpochInfoAt(t10 + 12 hours, 11, 12 hours, MAX / 2, "first second of 11");
        _assertEpochInfoAt(t10 + 100 * 12 hours + 5, 110, 12 hours, MAX / 2, "far");

        _assertEpochNumber(3, EPOCH1 + 2 * LEN, LEN, MAX, "epoch 3");
        _assertEpochNumber(4, t4, 2 days, 2 * MAX, "epoch 4");
        _assertEpochNumber(9, t4 + 5 * 2 days, 2 days, 2 * MAX, "epoch 9");
        _assertEpochNumber(10, t10, 12 hours, MAX / 2, "epoch 10");
        _assertEpochNumber(12, t10 + 2 * 12 hours, 12 hours, MAX / 2, "epoch 12");
        _assertEpochNumber(0, 0, 0, 0, "epoch 0");

        vm.warp(t10 + 12 hours);
        (uint32 e, uint64 l, uint256 m) = rewards.getCurrentEpochInfo();
        assertEq(e, 11, "current");
        assertEq(l, 12 hours, "current len");
        assertEq(m, MAX / 2, "current max");
    }

    function test_schedule_epochNumberOutOfRange() public {
        EpochRewards r = _fresh();
        r.initEpoch(1, 1, MAX); // one-second epochs from t=1
        (uint32 e,,) = r.getEpochInfoByTimestamp(uint64(type(uint32).max));
        assertEq(e, type(uint32).max, "the last epoch number");
        vm.expectRevert(EpochRewards.EpochOutOfRange.selector);
        r.getEpochInfoByTimestamp(uint64(type(uint32).max) + 1);
    }

    function test_schedule_startTimeOutOfRange() public {
        EpochRewards r = _fresh();
        r.initEpoch(EPOCH1, uint64(1) << 40, MAX);
        vm.expectRevert(EpochRewards.EpochOutOfRange.selector);
        r.getEpochInfoByEpochNumber(type(uint32).max);
    }

    function testFuzz_schedule_roundTrip(uint64 len1, uint64 len2, uint32 from2, uint64 ts) public {
        len1 = uint64(bound(len1, 1, 60 days));
        len2 = uint64(bound(len2, 1, 60 days));
        from2 = uint32(bound(from2, 2, 5000));
        rewards = _fresh();
        rewards.initEpoch(EPOCH1, len1, MAX);
        rewards.setEpochConfig(from2, len2, 2 * MAX);
        uint64 t2 = EPOCH1 + uint64(from2 - 1) * len1;
        ts = uint64(bound(ts, 0, uint256(t2) + 5000 * uint256(len2)));

        (uint32 e, uint64 l, uint256 m) = rewards.getEpochInfoByTimestamp(ts);
        if (ts < EPOCH1) {
            assertEq(e + l + m, 0, "before start: zeros");
            return;
        }
        if (ts < t2) {
            assertEq(e, 1 + (ts - EPOCH1) / len1, "first config epoch");
            assertEq(l, len1, "first config length");
            assertEq(m, MAX, "first config max");
        } else {
            assertEq(e, from2 + (ts - t2) / len2, "second config epoch");
            assertEq(l, len2, "second config length");
            assertEq(m, 2 * MAX, "second config max");
        }
        (uint64 s, uint64 l2, uint256 m2) = rewards.getEpochInfoByEpochNumber(e);
        assertLe(s, ts, "epoch starts at or before ts");
        assertGt(uint256(s) + l, ts, "and ends after it");
        assertEq(l2, l, "same length");
        assertEq(m2, m, "same max");
        (uint64 next,,) = rewards.getEpochInfoByEpochNumber(e + 1);
        assertEq(next, s + l, "next epoch starts where this one ends");
        (uint32 atStart,,) = rewards.getEpochInfoByTimestamp(s);
        assertEq(atStart, e, "start belongs to the epoch");
        (uint32 atEnd,,) = rewards.getEpochInfoByTimestamp(s + l);
        assertEq(atEnd, e + 1, "end belongs to the next epoch");
        (uint32 before,,) = rewards.getEpochInfoByTimestamp(s - 1);
        assertEq(before, e - 1, "a second earlier is the previous epoch (0 before the start)");
    }

    // ================================================================== setEpochConfig

    function test_setEpochConfig_revertsWhenUninitialized() public {
        EpochRewards r = _fresh();
        vm.expectRevert(EpochRewards.EpochNotInitialized.selector);
        r.setEpochConfig(2, LEN, MAX);
    }

    function test_setEpochConfig_revertsForNonAdmin() public {
        _expectUnauthorized(stranger, rewards.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        rewards.setEpochConfig(2, LEN, MAX);
    }

    function test_setEpochConfig_beforeStartNeedsEpochAfterFirst() public {
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.ConfigNotInFuture.selector, uint32(1), uint256(2)));
        rewards.setEpochConfig(1, 2 days, MAX);
        rewards.setEpochConfig(2, 2 days, MAX);
        _assertEpochNumber(2, EPOCH1 + LEN, 2 days, MAX, "epoch 2");
        _assertEpochNumber(3, EPOCH1 + LEN + 2 days, 2 days, MAX, "epoch 3");
    }

    function test_setEpochConfig_revertsForCurrentOrPastEpoch() public {
        vm.warp(EPOCH1 + 4 * LEN + 100); // inside epoch 5
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.ConfigNotInFuture.selector, uint32(5), uint256(6)));
        rewards.setEpochConfig(5, 2 days, MAX);
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.ConfigNotInFuture.selector, uint32(2), uint256(6)));
        rewards.setEpochConfig(2, 2 days, MAX);
        rewards.setEpochConfig(6, 2 days, 3 * MAX);
        // The running epoch keeps its bounds; the next one starts where it ends.
        (uint32 e, uint64 l, uint256 m) = rewards.getCurrentEpochInfo();
        assertEq(e, 5, "still 5");
        assertEq(l, LEN, "old length");
        assertEq(m, MAX, "old max");
        _assertEpochNumber(6, EPOCH1 + 5 * LEN, 2 days, 3 * MAX, "epoch 6");
    }

    function test_setEpochConfig_revertsAtOrBeforeLastConfig() public {
        rewards.setEpochConfig(10, 2 days, MAX);
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.ConfigNotInFuture.selector, uint32(10), uint256(11)));
        rewards.setEpochConfig(10, 3 days, MAX);
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.ConfigNotInFuture.selector, uint32(4), uint256(11)));
        rewards.setEpochConfig(4, 3 days, MAX);
        rewards.setEpochConfig(11, 3 days, MAX);
        assertEq(rewards.getEpochConfigs().length, 3, "appended");
    }

    function test_setEpochConfig_revertsOnZeroLength() public {
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        rewards.setEpochConfig(2, 0, MAX);
    }

    function test_setEpochConfig_revertsOnMaxAbove128Bits() public {
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        rewards.setEpochConfig(2, LEN, uint256(type(uint128).max) + 1);
    }

    function test_setEpochConfig_revertsWhenStartOverflows() public {
        EpochRewards r = _fresh();
        r.initEpoch(EPOCH1, type(uint64).max / 4, MAX);
        vm.expectRevert(EpochRewards.InvalidConfig.selector);
        r.setEpochConfig(6, LEN, MAX); // EPOCH1 + 5 * (2^64 / 4) does not fit
        r.setEpochConfig(3, LEN, MAX); // EPOCH1 + 2 * (2^64 / 4) does
    }

    function test_setEpochConfig_doesNotMoveEndedEpochs() public {
        vm.warp(EPOCH1 + 3 * LEN); // epoch 4
        (uint64 s2,,) = rewards.getEpochInfoByEpochNumber(2);
        rewards.setEpochConfig(7, 1 hours, MAX);
        (uint64 s2After,,) = rewards.getEpochInfoByEpochNumber(2);
        assertEq(s2After, s2, "epoch 2 unchanged");
        _assertEpochInfoAt(uint64(block.timestamp), 4, LEN, MAX, "current unchanged");
    }

    // ================================================================== setRewards

    function test_setRewards_recordsAndEmits() public {
        _endEpoch(1);
        bytes memory output = _out(1, _a(proverA, proverB), _n(1000 ether, 3000 ether));
        bytes memory proof = _proof(output);
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.RewardsSet(1, proverA, 1000 ether);
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.RewardsSet(1, proverB, 3000 ether);
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.EpochRewardsSet(1, 4000 ether, 4000 ether);
        vm.prank(updater);
        rewards.setRewards(proof, output);

        assertEq(rewards.lastUpdatedEpoch(), 1, "last updated");
        assertEq(rewards.epochTotalRewards(1), 4000 ether, "epoch total");
        assertEq(rewards.epochTotalRewards(2), 0, "other epoch");
        assertEq(rewards.totalRewardsSet(), 4000 ether, "cumulative");
        (uint256 a, bool d) = _reward(1, proverA);
        assertEq(a, 1000 ether, "A amount");
        assertFalse(d, "A not distributed");
        (uint128[] memory amounts, bool[] memory flags) =
            rewards.getBatchProverRewards(1, _a(proverB, proverC, proverA));
        assertEq(amounts.length, 3, "batch length");
        assertEq(amounts[0], 3000 ether, "B");
        assertEq(amounts[1], 0, "C not listed");
        assertEq(amounts[2], 1000 ether, "A");
        assertFalse(flags[0] || flags[1] || flags[2], "nothing distributed");
        (amounts, flags) = rewards.getBatchProverRewards(1, new address[](0));
        assertEq(amounts.length + flags.length, 0, "empty batch");
        assertEq(brev.balanceOf(address(rewards)), FUNDING, "setting moves no tokens");
    }

    function test_setRewards_cumulativeAcrossEpochs() public {
        _endEpoch(2);
        _set(1, _a(proverA), _n(1000 ether));
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.EpochRewardsSet(2, 500 ether, 1500 ether);
        _set(2, _a(proverA, proverB), _n(200 ether, 300 ether));
        assertEq(rewards.lastUpdatedEpoch(), 2, "last");
        assertEq(rewards.epochTotalRewards(1), 1000 ether, "e1");
        assertEq(rewards.epochTotalRewards(2), 500 ether, "e2");
        assertEq(rewards.totalRewardsSet(), 1500 ether, "cumulative");
        (uint256 a1,) = _reward(1, proverA);
        (uint256 a2,) = _reward(2, proverA);
        assertEq(a1, 1000 ether, "A epoch 1");
        assertEq(a2, 200 ether, "A epoch 2 is separate");
    }

    function test_setRewards_revertsForNonUpdater() public {
        _endEpoch(1);
        bytes memory output = _out(1, _a(proverA), _n(1 ether));
        bytes memory proof = _proof(output);
        _expectUnauthorized(address(this), rewards.UPDATER_ROLE());
        rewards.setRewards(proof, output); // the admin does not hold UPDATER_ROLE
        _expectUnauthorized(stranger, rewards.UPDATER_ROLE());
        vm.prank(stranger);
        rewards.setRewards(proof, output);
    }

    function test_setRewards_revertsWhenUninitialized() public {
        EpochRewards r = _fresh();
        bytes memory output = _out(1, _a(proverA), _n(1 ether));
        bytes memory proof = _proof(output);
        vm.prank(updater);
        vm.expectRevert(EpochRewards.EpochNotInitialized.selector);
        r.setRewards(proof, output);
    }

    function test_setRewards_revertsOnInvalidProof() public {
        _endEpoch(1);
        bytes memory output = _out(1, _a(proverA), _n(1 ether));
        bytes memory other = _out(1, _a(proverA), _n(2 ether));
        vm.startPrank(updater);
        vm.expectRevert(EpochRewards.InvalidProof.selector);
        rewards.setRewards("", output);
        vm.expectRevert(EpochRewards.InvalidProof.selector);
        rewards.setRewards(_proof(other), output); // a proof for other amounts
        vm.expectRevert(EpochRewards.InvalidProof.selector);
        rewards.setRewards(abi.encodePacked(keccak256(output)), output); // no domain
        vm.expectRevert(EpochRewards.InvalidProof.selector);
        rewards.setRewards(abi.encodePacked(_proof(output), uint8(0)), output); // 33 bytes
        vm.stopPrank();
        assertEq(rewards.lastUpdatedEpoch(), 0, "nothing set");
    }

    function test_setRewards_revertsOnMalformedOutput() public {
        _endEpoch(1);
        bytes memory output = hex"1234";
        bytes memory proof = _proof(output);
        vm.prank(updater);
        vm.expectRevert();
        rewards.setRewards(proof, output);
    }

    function test_setRewards_revertsOnEpochZero() public {
        _endEpoch(1);
        _expectSetRevert(abi.encodeWithSelector(EpochRewards.InvalidEpoch.selector, uint32(0)), 0, _a(proverA), _n(1));
    }

    function test_setRewards_revertsBeforeStart() public {
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochNotEnded.selector, uint32(1), uint32(0)), 1, _a(proverA), _n(1)
        );
    }

    function test_setRewards_revertsUntilEpochEnded() public {
        vm.warp(EPOCH1 + LEN - 1); // last second of epoch 1
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochNotEnded.selector, uint32(1), uint32(1)), 1, _a(proverA), _n(1)
        );
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochNotEnded.selector, uint32(5), uint32(1)), 5, _a(proverA), _n(1)
        );
        vm.warp(EPOCH1 + LEN); // epoch 1 has just ended
        _set(1, _a(proverA), _n(1));
        assertEq(rewards.lastUpdatedEpoch(), 1, "set at the boundary");
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochNotEnded.selector, uint32(2), uint32(2)), 2, _a(proverA), _n(1)
        );
    }

    function test_setRewards_revertsWhenAlreadySet() public {
        _endEpoch(3);
        _set(1, _a(proverA), _n(1 ether));
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochAlreadySet.selector, uint32(1), uint32(1)),
            1,
            _a(proverB),
            _n(1 ether)
        );
        // Skipping ahead is allowed, going back is not: epoch 2 can no longer be set.
        _set(3, _a(proverA), _n(1 ether));
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.EpochAlreadySet.selector, uint32(2), uint32(3)),
            2,
            _a(proverA),
            _n(1 ether)
        );
        assertEq(rewards.lastUpdatedEpoch(), 3, "last");
        assertEq(rewards.epochTotalRewards(2), 0, "epoch 2 skipped");
    }

    function test_setRewards_revertsOnLengthMismatch() public {
        _endEpoch(1);
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.LengthMismatch.selector, uint256(2), uint256(1)),
            1,
            _a(proverA, proverB),
            _n(1 ether)
        );
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.LengthMismatch.selector, uint256(1), uint256(2)),
            1,
            _a(proverA),
            _n(1 ether, 2 ether)
        );
    }

    function test_setRewards_revertsOnDuplicateProver() public {
        _endEpoch(1);
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.DuplicateProver.selector, proverA),
            1,
            _a(proverA, proverB, proverA),
            _n(1 ether, 2 ether, 3 ether)
        );
        // A zero amount still counts as listed.
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.DuplicateProver.selector, proverB),
            1,
            _a(proverB, proverB),
            _n(0, 2 ether)
        );
    }

    function test_setRewards_revertsOnZeroAddressProver() public {
        _endEpoch(1);
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.InvalidProver.selector), 1, _a(proverA, address(0)), _n(1, 2)
        );
    }

    function test_setRewards_revertsAboveMax() public {
        _endEpoch(1);
        bytes memory err = abi.encodeWithSelector(EpochRewards.RewardsExceedMax.selector, uint32(1), MAX);
        _expectSetRevert(err, 1, _a(proverA, proverB), _n(MAX / 2, MAX / 2 + 1));
        _expectSetRevert(err, 1, _a(proverA), _n(MAX + 1));
        _expectSetRevert(err, 1, _a(proverA, proverB), _n(MAX, 1));
        // No overflow panic for absurd amounts: still RewardsExceedMax.
        _expectSetRevert(err, 1, _a(proverA, proverB), _n(1, type(uint256).max));
        _set(1, _a(proverA, proverB), _n(MAX / 2, MAX / 2)); // exactly the max
        assertEq(rewards.epochTotalRewards(1), MAX, "at max");
    }

    function test_setRewards_usesTheEpochsOwnMax() public {
        (uint64 t4,) = _threeConfigs();
        vm.warp(t4 + 2 days); // epoch 4 (2 days, max 2 MAX) ended
        _expectSetRevert(
            abi.encodeWithSelector(EpochRewards.RewardsExceedMax.selector, uint32(3), MAX), 3, _a(proverA), _n(MAX + 1)
        );
        _set(4, _a(proverA), _n(MAX + 1));
        assertEq(rewards.epochTotalRewards(4), MAX + 1, "epoch 4 allows more");
    }

    function test_setRewards_zeroMaxEpochAcceptsOnlyZeros() public {
        EpochRewards r = _fresh();
        r.initEpoch(EPOCH1, LEN, 0);
        vm.warp(EPOCH1 + LEN);
        bytes memory output = _out(1, _a(proverA), _n(1));
        bytes memory proof = _proof(output);
        vm.prank(updater);
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.RewardsExceedMax.selector, uint32(1), uint256(0)));
        r.setRewards(proof, output);
        _setOn(r, 1, _a(proverA), _n(0));
        assertEq(r.lastUpdatedEpoch(), 1, "set with zero");
    }

    function test_setRewards_emptyListAdvancesEpoch() public {
        _endEpoch(1);
        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.EpochRewardsSet(1, 0, 0);
        _set(1, new address[](0), new uint256[](0));
        assertEq(rewards.lastUpdatedEpoch(), 1, "advanced");
        assertEq(rewards.epochTotalRewards(1), 0, "zero total");
    }

    function test_setRewards_zeroAmountIsRecordedButNothingToPay() public {
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(0, 5 ether));
        (uint256 a, bool d) = _reward(1, proverA);
        assertEq(a, 0, "zero");
        assertFalse(d, "not distributed");
        assertEq(rewards.epochTotalRewards(1), 5 ether, "total");
    }

    function testFuzz_setRewards_totalAgainstMax(uint256 x, uint256 y, uint256 z) public {
        x = bound(x, 0, MAX);
        y = bound(y, 0, MAX);
        z = bound(z, 0, MAX);
        _endEpoch(1);
        if (x + y + z > MAX) {
            _expectSetRevert(
                abi.encodeWithSelector(EpochRewards.RewardsExceedMax.selector, uint32(1), MAX),
                1,
                _a(proverA, proverB, proverC),
                _n(x, y, z)
            );
            assertEq(rewards.lastUpdatedEpoch(), 0, "not set");
        } else {
            _set(1, _a(proverA, proverB, proverC), _n(x, y, z));
            assertEq(rewards.epochTotalRewards(1), x + y + z, "total");
            (uint256 a,) = _reward(1, proverC);
            assertEq(a, z, "C");
        }
    }

    // ================================================================== distributeRewards

    function test_distribute_paysThroughTheControllerOnce() public {
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(1000 ether, 3000 ether));
        uint256 vaultA = _vaultAssets(proverA);
        uint256 vaultB = _vaultAssets(proverB);
        uint256 controllerBalance = brev.balanceOf(address(controller));

        vm.expectEmit(true, true, true, true, address(rewards));
        emit EpochRewards.RewardsDistributed(1, 2, 4000 ether);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(proverA, address(rewards), 1000 ether, 100 ether, 900 ether);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(proverB, address(rewards), 3000 ether, 750 ether, 2250 ether);
        vm.prank(stranger); // anyone may distribute
        rewards.distributeRewards(1, _a(proverA, proverB));

        assertEq(brev.balanceOf(address(rewards)), FUNDING - 4000 ether, "paid from this contract");
        assertEq(brev.allowance(address(rewards), address(controller)), 0, "no allowance left");
        assertEq(_pendingCommission(proverA), 100 ether, "A commission 10 %");
        assertEq(_pendingCommission(proverB), 750 ether, "B commission 25 %");
        assertEq(_vaultAssets(proverA), vaultA + 900 ether, "A stakers");
        assertEq(_vaultAssets(proverB), vaultB + 2250 ether, "B stakers");
        assertEq(brev.balanceOf(address(controller)), controllerBalance + 850 ether, "commission held by controller");
        assertEq(rewards.totalRewardsDistributed(), 4000 ether, "distributed");
        (, bool dA) = _reward(1, proverA);
        (, bool dB) = _reward(1, proverB);
        assertTrue(dA && dB, "marked");
        (uint128[] memory amounts, bool[] memory flags) =
            rewards.getBatchProverRewards(1, _a(proverA, proverB, proverC));
        assertTrue(flags[0] && flags[1] && !flags[2], "batch flags");
        assertEq(amounts[0] + amounts[1], 4000 ether, "amounts kept after payment");

        // A second call pays nothing.
        vm.recordLogs();
        rewards.distributeRewards(1, _a(proverA, proverB));
        assertEq(_countRewardsAdded(vm.getRecordedLogs()), 0, "no RewardsAdded the second time");
        assertEq(brev.balanceOf(address(rewards)), FUNDING - 4000 ether, "balance unchanged");
        assertEq(_pendingCommission(proverA), 100 ether, "A unchanged");
        assertEq(_vaultAssets(proverB), vaultB + 2250 ether, "B unchanged");
        assertEq(rewards.totalRewardsDistributed(), 4000 ether, "distributed unchanged");
    }

    function test_distribute_partialThenRest() public {
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(1000 ether, 3000 ether));
        rewards.distributeRewards(1, _a(proverA));
        (, bool dB) = _reward(1, proverB);
        assertFalse(dB, "B still pending");
        vm.recordLogs();
        rewards.distributeRewards(1, _a(proverA, proverB));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countRewardsAdded(logs), 1, "only B paid");
        assertEq(brev.balanceOf(address(rewards)), FUNDING - 4000 ether, "all paid once");
        assertEq(_pendingCommission(proverA), 100 ether, "A once");
        assertEq(_pendingCommission(proverB), 750 ether, "B once");
    }

    function test_distribute_repeatInListPaysOnce() public {
        _endEpoch(1);
        _set(1, _a(proverA), _n(1000 ether));
        vm.recordLogs();
        rewards.distributeRewards(1, _a(proverA, proverA, proverA));
        assertEq(_countRewardsAdded(vm.getRecordedLogs()), 1, "one payment");
        assertEq(brev.balanceOf(address(rewards)), FUNDING - 1000 ether, "paid once");
    }

    function test_distribute_skipsZeroAndUnlisted() public {
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(0, 3000 ether));
        vm.recordLogs();
        rewards.distributeRewards(1, _a(proverA, proverC, proverB, outsider));
        assertEq(_countRewardsAdded(vm.getRecordedLogs()), 1, "only B");
        (, bool dA) = _reward(1, proverA);
        assertFalse(dA, "zero reward never marked");
        assertEq(brev.balanceOf(address(rewards)), FUNDING - 3000 ether, "B paid");
    }

    function test_distribute_nothingToPayIsANoOp() public {
        _endEpoch(1);
        _set(1, _a(proverA), _n(0));
        vm.recordLogs();
        rewards.distributeRewards(1, _a(proverA, outsider));
        rewards.distributeRewards(1, new address[](0));
        assertEq(vm.getRecordedLogs().length, 0, "no events at all");
        assertEq(brev.balanceOf(address(rewards)), FUNDING, "nothing paid");
    }

    function test_distribute_skippedEpochIsANoOp() public {
        _endEpoch(3);
        _set(3, _a(proverA), _n(1 ether));
        rewards.distributeRewards(2, _a(proverA)); // epoch 2 was skipped: no rewards
        assertEq(brev.balanceOf(address(rewards)), FUNDING, "nothing paid");
    }

    function test_distribute_revertsForEpochNotSet() public {
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.EpochRewardsNotSet.selector, uint32(0)));
        rewards.distributeRewards(0, _a(proverA));
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.EpochRewardsNotSet.selector, uint32(1)));
        rewards.distributeRewards(1, _a(proverA));
        _endEpoch(2);
        _set(1, _a(proverA), _n(1 ether));
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.EpochRewardsNotSet.selector, uint32(2)));
        rewards.distributeRewards(2, _a(proverA));
    }

    function test_distribute_revertsWhenUnderfunded() public {
        EpochRewards r = _fresh();
        controller.grantRole(controller.REWARD_SOURCE_ROLE(), address(r));
        r.initEpoch(EPOCH1, LEN, MAX);
        vm.warp(EPOCH1 + LEN);
        _setOn(r, 1, _a(proverA, proverB), _n(1000 ether, 3000 ether));
        brev.mint(address(r), 3999 ether);
        vm.expectRevert(abi.encodeWithSelector(EpochRewards.InsufficientRewardBalance.selector, 4000 ether, 3999 ether));
        r.distributeRewards(1, _a(proverA, proverB));
        r.distributeRewards(1, _a(proverB)); // what the balance covers can go
        brev.mint(address(r), 1 ether);
        r.distributeRewards(1, _a(proverA, proverB));
        assertEq(brev.balanceOf(address(r)), 0, "all paid");
    }

    function test_distribute_revertsWithoutRewardSourceRole() public {
        _endEpoch(1);
        _set(1, _a(proverA), _n(1000 ether));
        controller.revokeRole(controller.REWARD_SOURCE_ROLE(), address(rewards));
        _expectUnauthorized(address(rewards), controller.REWARD_SOURCE_ROLE());
        rewards.distributeRewards(1, _a(proverA));
        (, bool d) = _reward(1, proverA);
        assertFalse(d, "not marked after the revert");
        assertEq(brev.balanceOf(address(rewards)), FUNDING, "nothing paid");
    }

    function test_distribute_uninitializedProverRevertsTheBatch() public {
        _endEpoch(1);
        _set(1, _a(proverA, outsider), _n(1000 ether, 5 ether));
        vm.expectRevert(StakingController.ControllerProverNotInitialized.selector);
        rewards.distributeRewards(1, _a(proverA, outsider));
        (, bool d) = _reward(1, proverA);
        assertFalse(d, "nothing marked");
        rewards.distributeRewards(1, _a(proverA)); // leave it out
        _initProver(outsider, 500);
        rewards.distributeRewards(1, _a(outsider)); // and pay it once it is initialized
        (, bool dOut) = _reward(1, outsider);
        assertTrue(dOut, "paid later");
        assertEq(_pendingCommission(outsider), 0.25 ether, "5 % of 5");
    }

    function test_distribute_perSourceCommissionApplies() public {
        vm.prank(proverA);
        controller.setCommissionRate(address(rewards), 0); // no commission on foundation rewards
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(1000 ether, 1000 ether));
        uint256 vaultA = _vaultAssets(proverA);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(proverA, address(rewards), 1000 ether, 0, 1000 ether);
        vm.expectEmit(true, true, true, true, address(controller));
        emit StakingController.RewardsAdded(proverB, address(rewards), 1000 ether, 250 ether, 750 ether);
        rewards.distributeRewards(1, _a(proverA, proverB));
        assertEq(_vaultAssets(proverA), vaultA + 1000 ether, "all to A's stakers");
    }

    function test_distribute_acrossEpochsIndependently() public {
        _endEpoch(2);
        _set(1, _a(proverA), _n(100 ether));
        _set(2, _a(proverA), _n(200 ether));
        rewards.distributeRewards(2, _a(proverA));
        (, bool d1) = _reward(1, proverA);
        (, bool d2) = _reward(2, proverA);
        assertFalse(d1, "epoch 1 still pending");
        assertTrue(d2, "epoch 2 paid");
        rewards.distributeRewards(1, _a(proverA));
        assertEq(_pendingCommission(proverA), 30 ether, "10 % of 300");
        assertEq(rewards.totalRewardsDistributed(), 300 ether, "both");
    }

    function test_distribute_isNonReentrant() public {
        ReentrantController evil = new ReentrantController(address(brev));
        EpochRewards r = new EpochRewards(address(evil), verifier, address(this), updater);
        r.initEpoch(EPOCH1, LEN, MAX);
        vm.warp(EPOCH1 + LEN);
        _setOn(r, 1, _a(proverA, proverB), _n(1 ether, 2 ether));
        brev.mint(address(r), 3 ether);
        evil.arm(r, 1, _a(proverA, proverB));
        vm.expectRevert(ReentrancyGuard.ReentrancyGuardReentrantCall.selector);
        r.distributeRewards(1, _a(proverA));
    }

    function testFuzz_distribute_paysExactlyOnce(uint256 x, uint256 y, bool reverse) public {
        x = bound(x, 1, MAX / 2);
        y = bound(y, 0, MAX / 2);
        _endEpoch(1);
        _set(1, _a(proverA, proverB), _n(x, y));
        uint256 vaultA = _vaultAssets(proverA);
        uint256 vaultB = _vaultAssets(proverB);
        address[] memory list = reverse ? _a(proverB, proverA) : _a(proverA, proverB);

        rewards.distributeRewards(1, list);
        rewards.distributeRewards(1, list);

        assertEq(brev.balanceOf(address(rewards)), FUNDING - x - y, "paid exactly once");
        assertEq(rewards.totalRewardsDistributed(), x + y, "distributed total");
        assertEq(_pendingCommission(proverA), (x * 1000) / 10_000, "A commission");
        assertEq(_vaultAssets(proverA), vaultA + x - (x * 1000) / 10_000, "A stakers");
        assertEq(_pendingCommission(proverB), (y * 2500) / 10_000, "B commission");
        assertEq(_vaultAssets(proverB), vaultB + y - (y * 2500) / 10_000, "B stakers");
        assertEq(brev.allowance(address(rewards), address(controller)), 0, "no allowance left");
    }
}
