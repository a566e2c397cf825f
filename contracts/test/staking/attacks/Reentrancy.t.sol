// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IProverVault} from "../../../src/staking/interfaces/IProverVault.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {Test} from "../../utils/Test.sol";
import {HostileToken, ReentrantStaker} from "./HostileToken.sol";

/// @title Reentrancy through a hostile staking token / receiver.
/// @notice A controller is deployed over HostileToken, whose every transfer hands control to
///         ReentrantStaker: a prover with shares, a ready unstake, unclaimed commission and all
///         approvals, so each re-entrant call would succeed on its own. For every outer call
///         that moves tokens (all guarded on Base) and every re-entrant call, the re-entry must
///         fail with ReentrancyGuardReentrantCall and the outer call must end in exactly the
///         state it reaches without the attack.
contract ReentrancyTest is Test {
    uint256 private constant MIN_SELF_STAKE = 1000 ether;
    uint256 private constant DELAY = 7 days;

    enum Op {
        Stake,
        RequestUnstake,
        CompleteUnstake,
        ClaimCommission,
        AddRewards,
        AddRewardsBatch,
        Slash,
        SlashByAmount
    }

    uint256 private constant OUTER_OPS = 8;
    uint256 private constant INNER_OPS = 5;

    HostileToken private token;
    StakingController private controller;
    ReentrantStaker private attacker;
    ProverVault private vault;
    address private prover;
    address private admin = address(0xAD);
    address private alice = address(0xA11CE);
    address private slasher = address(0x51A5);
    uint256 private smallShares;

    function setUp() public {
        vm.warp(1_700_000_000);
        token = new HostileToken();
        VaultFactory factory = new VaultFactory();
        vm.prank(admin);
        controller = new StakingController(address(token), address(factory), DELAY, MIN_SELF_STAKE, 5000);
        factory.init(address(controller));
        attacker = new ReentrantStaker(address(token), address(controller));
        prover = address(attacker);
        bytes32 slasherRole = controller.SLASHER_ROLE();
        vm.prank(admin);
        controller.grantRole(slasherRole, slasher);

        token.mint(address(attacker), 1_000_000 ether);
        attacker.exec(address(token), abi.encodeCall(IERC20.approve, (address(controller), type(uint256).max)));
        attacker.exec(address(controller), abi.encodeCall(StakingController.initializeProver, (uint64(1000))));
        vault = ProverVault(controller.getProverVault(prover));
        attacker.exec(address(vault), abi.encodeCall(IERC20.approve, (address(controller), type(uint256).max)));
        _call(Op.Stake); // self-stake 1000 + 100 BREV
        attacker.exec(address(controller), abi.encodeCall(StakingController.stake, (prover, 10_000 ether)));

        token.mint(alice, 5_000 ether);
        vm.startPrank(alice);
        token.approve(address(controller), 5_000 ether);
        controller.stake(prover, 5_000 ether);
        vm.stopPrank();

        // A request that is ready, and commission waiting to be claimed.
        attacker.exec(
            address(controller),
            abi.encodeCall(StakingController.requestUnstake, (prover, vault.previewWithdraw(1_000 ether)))
        );
        vm.warp(block.timestamp + DELAY);
        attacker.exec(address(controller), abi.encodeWithSignature("addRewards(address,uint256)", prover, 1_000 ether));
        smallShares = vault.previewWithdraw(10 ether);
    }

    // ------------------------------------------------------------ the matrix

    function test_reentryDuringStake() public {
        _outerAgainstAllInner(Op.Stake);
    }

    function test_reentryDuringRequestUnstake() public {
        _outerAgainstAllInner(Op.RequestUnstake);
    }

    function test_reentryDuringCompleteUnstake() public {
        _outerAgainstAllInner(Op.CompleteUnstake);
    }

    function test_reentryDuringClaimCommission() public {
        _outerAgainstAllInner(Op.ClaimCommission);
    }

    function test_reentryDuringAddRewards() public {
        _outerAgainstAllInner(Op.AddRewards);
    }

    function test_reentryDuringBatchAddRewards() public {
        _outerAgainstAllInner(Op.AddRewardsBatch);
    }

    function test_reentryDuringSlash() public {
        _outerAgainstAllInner(Op.Slash);
    }

    function test_reentryDuringSlashByAmount() public {
        _outerAgainstAllInner(Op.SlashByAmount);
    }

    /// @notice Control: outside a controller call each of the re-entrant calls succeeds, so
    ///         the failures above come from the guard and nothing else.
    function test_control_eachReentrantCallWorksOnItsOwn() public {
        for (uint256 i = 0; i < INNER_OPS; ++i) {
            uint256 snap = vm.snapshotState();
            (bool ok,) =
                address(attacker).call(abi.encodeCall(ReentrantStaker.exec, (address(controller), _calldata(Op(i)))));
            assertTrue(ok, string.concat("inner op works on its own: ", toString(i)));
            vm.revertToState(snap);
        }
    }

    /// @notice When the hostile receiver bubbles the failure instead of swallowing it, the
    ///         whole outer call reverts: a payout can never half-happen.
    function test_bubbledReentryRevertsTheWholeCall() public {
        uint256 before = token.balanceOf(address(attacker));
        token.arm(address(new BubblingHook(address(controller), address(token), prover)));
        vm.expectRevert(ReentrancyGuard.ReentrancyGuardReentrantCall.selector);
        attacker.exec(address(controller), abi.encodeCall(StakingController.completeUnstake, (prover)));
        assertEq(token.balanceOf(address(attacker)), before, "nothing paid");
        (, uint256 ready) = controller.getUnstakingInfo(prover, prover);
        assertGt(ready, 0, "request still pending");
    }

    // ------------------------------------------------------------ other entry points

    /// @notice The vault's callback into the controller is open only to the prover's vault.
    function test_onShareTransferOnlyFromTheProversVault() public {
        vm.expectRevert(IStakingController.ControllerOnlyVault.selector);
        controller.onShareTransfer(prover, alice, address(attacker), 1);
        vm.prank(address(attacker));
        vm.expectRevert(IStakingController.ControllerOnlyVault.selector);
        controller.onShareTransfer(prover, alice, address(attacker), 1);
        // Even a real vault cannot speak for another prover.
        vm.prank(address(vault));
        vm.expectRevert(IStakingController.ControllerOnlyVault.selector);
        controller.onShareTransfer(alice, alice, address(attacker), 1);
    }

    /// @notice Only the controller moves BREV in or out of a vault.
    function test_vaultMovesOnlyForTheController() public {
        vm.startPrank(alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vault.deposit(1 ether, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vault.mint(1 ether, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vault.withdraw(1, alice, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vault.redeem(1, alice, alice);
        vm.expectRevert(IProverVault.VaultOnlyController.selector);
        vault.controllerSlash(1, alice);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ internals

    struct Books {
        uint256 controllerBalance;
        uint256 attackerBalance;
        uint256 vaultAssets;
        uint256 vaultSupply;
        uint256 attackerShares;
        uint256 escrow;
        uint256 pendingCommission;
        uint256 pendingRequests;
        uint256 treasuryPool;
    }

    function _outerAgainstAllInner(Op outer) private {
        uint256 snap = vm.snapshotState();
        _call(outer);
        Books memory expected = _books();
        vm.revertToState(snap);

        for (uint256 i = 0; i < INNER_OPS; ++i) {
            snap = vm.snapshotState();
            attacker.setReentry(_calldata(Op(i)));
            token.arm(address(attacker));
            _call(outer);
            token.disarm();

            string memory label = string.concat("outer ", toString(uint256(outer)), " inner ", toString(i));
            assertGt(attacker.attempts(), 0, string.concat(label, ": re-entry attempted"));
            assertEq(attacker.successes(), 0, string.concat(label, ": no re-entry succeeded"));
            assertEq(
                bytes32(bytes4(attacker.lastRevert())),
                bytes32(ReentrancyGuard.ReentrancyGuardReentrantCall.selector),
                string.concat(label, ": stopped by the guard")
            );
            _assertSameBooks(_books(), expected, label);
            _assertSolvent(label);
            vm.revertToState(snap);
        }
    }

    function _call(Op op) private {
        if (op == Op.Slash) {
            vm.prank(slasher);
            controller.slash(prover, 1000);
        } else if (op == Op.SlashByAmount) {
            vm.prank(slasher);
            controller.slashByAmount(prover, 500 ether);
        } else {
            attacker.exec(address(controller), _calldata(op));
        }
    }

    function _calldata(Op op) private view returns (bytes memory) {
        if (op == Op.Stake) return abi.encodeCall(StakingController.stake, (prover, 100 ether));
        if (op == Op.RequestUnstake) return abi.encodeCall(StakingController.requestUnstake, (prover, smallShares));
        if (op == Op.CompleteUnstake) return abi.encodeCall(StakingController.completeUnstake, (prover));
        if (op == Op.ClaimCommission) return abi.encodeCall(StakingController.claimCommission, ());
        if (op == Op.AddRewards) return abi.encodeWithSignature("addRewards(address,uint256)", prover, 100 ether);
        address[] memory provers = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        provers[0] = prover;
        provers[1] = prover;
        amounts[0] = 60 ether;
        amounts[1] = 40 ether;
        return abi.encodeWithSignature("addRewards(address[],uint256[])", provers, amounts);
    }

    function _books() private view returns (Books memory b) {
        b.controllerBalance = token.balanceOf(address(controller));
        b.attackerBalance = token.balanceOf(address(attacker));
        b.vaultAssets = vault.totalAssets();
        b.vaultSupply = vault.totalSupply();
        b.attackerShares = vault.balanceOf(address(attacker));
        b.escrow = controller.getProverTotalUnstaking(prover);
        (,,, b.pendingCommission,,,,) = controller.getProverInfo(prover);
        b.pendingRequests = controller.getPendingUnstakes(prover, prover).length;
        b.treasuryPool = controller.treasuryPool();
    }

    function _assertSameBooks(Books memory a, Books memory b, string memory label) private pure {
        assertEq(a.controllerBalance, b.controllerBalance, string.concat(label, ": controller balance"));
        assertEq(a.attackerBalance, b.attackerBalance, string.concat(label, ": attacker balance"));
        assertEq(a.vaultAssets, b.vaultAssets, string.concat(label, ": vault assets"));
        assertEq(a.vaultSupply, b.vaultSupply, string.concat(label, ": vault supply"));
        assertEq(a.attackerShares, b.attackerShares, string.concat(label, ": attacker shares"));
        assertEq(a.escrow, b.escrow, string.concat(label, ": escrow"));
        assertEq(a.pendingCommission, b.pendingCommission, string.concat(label, ": commission"));
        assertEq(a.pendingRequests, b.pendingRequests, string.concat(label, ": pending requests"));
        assertEq(a.treasuryPool, b.treasuryPool, string.concat(label, ": treasury pool"));
    }

    function _assertSolvent(string memory label) private view {
        (,,, uint256 pendingCommission,,,,) = controller.getProverInfo(prover);
        assertEq(
            token.balanceOf(address(controller)),
            controller.getProverTotalUnstaking(prover) + pendingCommission + controller.treasuryPool(),
            string.concat(label, ": controller holds exactly pending + commission + treasury")
        );
        assertEq(token.balanceOf(address(vault)), vault.totalAssets(), string.concat(label, ": vault"));
    }
}

/// @notice A hostile receiver that re-enters completeUnstake and lets the failure propagate.
contract BubblingHook {
    address private immutable controller;
    address private immutable token;
    address private immutable prover;

    constructor(address controller_, address token_, address prover_) {
        controller = controller_;
        token = token_;
        prover = prover_;
    }

    function onTokenTransfer(address, address, uint256) external {
        if (msg.sender != token) return;
        (bool ok, bytes memory ret) = controller.call(abi.encodeWithSignature("completeUnstake(address)", prover));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }
}
