// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Ownable} from "../../../src/access/Ownable.sol";
import {PauserControl} from "../../../src/access/PauserControl.sol";
import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {RewardsFixture} from "../../rewards/utils/RewardsFixture.sol";

/// @title Fidelity: set-up (constructor / init), ownership, pause and the owner's functions.
/// @notice Setup: RewardsFixture, this test contract deployed EpochRewards and owns it.
contract EpochRewardsAdminFidelityTest is RewardsFixture {
    event VkHashUpdated(bytes32 indexed oldVkHash, bytes32 indexed newVkHash);
    event BrevisProofUpdated(address indexed oldBrevisProof, address indexed newBrevisProof);
    event RewardsWithdrawn(address indexed to, uint256 amount);

    address internal pauser = address(0x9A05E);
    address internal p0 = _prover(0);

    // ================================================================== set-up

    /// @notice The deployer owns it; each updater gets only its own role (the reward updater
    ///         does not get the epoch-updater role); no pauser; vkHash starts at zero.
    function test_constructor_deployerOwns_eachUpdaterGetsItsRole() public {
        EpochRewards fresh = _newRewards();
        assertEq(fresh.owner(), address(this), "owner");
        assertEq(address(fresh.stakingController()), address(controller), "controller");
        assertEq(address(fresh.brevisProof()), address(brevisProof), "brevisProof");
        assertEq(fresh.vkHash(), bytes32(0), "no vkHash yet");
        assertTrue(fresh.hasRole(fresh.REWARD_UPDATER_ROLE(), rewardUpdater), "reward updater");
        assertTrue(fresh.hasRole(fresh.EPOCH_UPDATER_ROLE(), epochUpdater), "epoch updater");
        assertFalse(fresh.hasRole(fresh.EPOCH_UPDATER_ROLE(), rewardUpdater), "not both");
        assertEq(fresh.roleMemberCount(fresh.PAUSER_ROLE()), 0, "no pauser");
        assertEq(fresh.lastUpdatedEpoch(), 0, "nothing submitted");
    }

    function test_constructor_zeroUpdatersGrantNothing() public {
        EpochRewards fresh = new EpochRewards(address(controller), address(brevisProof), address(0), address(0));
        assertEq(fresh.roleMemberCount(fresh.REWARD_UPDATER_ROLE()), 0, "no reward updater");
        assertEq(fresh.roleMemberCount(fresh.EPOCH_UPDATER_ROLE()), 0, "no epoch updater");
    }

    /// @notice Nothing is checked for zero except that the controller answers stakingToken().
    function test_constructor_controllerMustAnswerStakingToken() public {
        vm.expectRevert();
        new EpochRewards(address(0), address(brevisProof), rewardUpdater, epochUpdater);
        vm.expectRevert();
        new EpochRewards(address(brev), address(brevisProof), rewardUpdater, epochUpdater);
        EpochRewards noProof = new EpochRewards(address(controller), address(0), address(0), address(0));
        assertEq(address(noProof.brevisProof()), address(0), "a zero brevisProof is accepted");
    }

    function test_setUp_controllerGetsUnlimitedStakingTokenAllowance() public view {
        assertEq(brev.allowance(address(rewards), address(controller)), type(uint256).max, "allowance");
    }

    function test_init_withAnOwner_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerAlreadySet.selector, address(this)));
        rewards.init(address(controller), address(brevisProof), stranger, address(0));
    }

    /// @notice The deployed pattern: an implementation built with only the controller, a proxy
    ///         whose construction calls init; the proxy's deployer becomes owner, once.
    function test_init_behindAProxy_setsUpAndTheCallerOwns() public {
        EpochRewards implementation = new EpochRewards(address(controller), address(0), address(0), address(0));
        bytes memory initCall =
            abi.encodeCall(EpochRewards.init, (address(controller), address(brevisProof), rewardUpdater, epochUpdater));
        vm.prank(stranger);
        EpochRewards proxied = EpochRewards(address(new ERC1967Proxy(address(implementation), initCall)));
        assertEq(proxied.owner(), stranger, "the caller owns the proxy");
        assertEq(address(proxied.brevisProof()), address(brevisProof), "brevisProof");
        assertTrue(proxied.hasRole(proxied.REWARD_UPDATER_ROLE(), rewardUpdater), "reward updater");
        assertTrue(proxied.hasRole(proxied.EPOCH_UPDATER_ROLE(), epochUpdater), "epoch updater");
        assertEq(brev.allowance(address(proxied), address(controller)), type(uint256).max, "allowance");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerAlreadySet.selector, stranger));
        proxied.init(address(controller), address(brevisProof), address(0), address(0));
    }

    // ================================================================== pause

    function _pause() internal {
        rewards.grantRole(rewards.PAUSER_ROLE(), pauser);
        vm.prank(pauser);
        rewards.pause();
    }

    /// @notice Pause blocks setRewards and distributeRewards (before the role check) and
    ///         nothing else: schedule edits and the owner's functions still work.
    function test_pause_blocksSetRewardsAndDistributeRewardsOnly() public {
        _warpToEndOf(1);
        _activate(_addrs(p0));
        brev.mint(address(rewards), 10 ether);
        _submit(_output(1, _addrs(p0), _amts(1 ether)));
        _pause();

        bytes memory output = _output(2, _addrs(p0), _amts(1 ether));
        _warpToEndOf(2);
        _expectSubmitRevert(abi.encodeWithSelector(Pausable.EnforcedPause.selector), output);
        vm.prank(stranger);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        rewards.setRewards("", output);
        vm.prank(rewardUpdater);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        rewards.distributeRewards(1, _addrs(p0));

        vm.startPrank(epochUpdater);
        rewards.setEpochConfig(5, LEN, MAX);
        rewards.setEpochConfigByTime(START + 10 * LEN, LEN, MAX);
        rewards.popEpochConfig();
        rewards.popFutureEpochConfigs();
        vm.stopPrank();
        rewards.setVkHash(VK);
        rewards.setBrevisProof(address(brevisProof));
        rewards.withdrawRewards(stranger, 1 ether);

        vm.prank(pauser);
        rewards.unpause();
        _submit(output);
        _distribute(1, _addrs(p0));
    }

    function test_pause_needsPauserRole_ownerHasNone() public {
        vm.expectRevert(abi.encodeWithSelector(PauserControl.PauserUnauthorized.selector, address(this)));
        rewards.pause();
    }

    // ================================================================== owner functions

    function test_withdrawRewards_ownerSendsStakingToken_emitsRewardsWithdrawn() public {
        brev.mint(address(rewards), 50 ether);
        vm.expectEmit(true, false, false, true, address(rewards));
        emit RewardsWithdrawn(stranger, 20 ether);
        rewards.withdrawRewards(stranger, 20 ether);
        assertEq(brev.balanceOf(stranger), 20 ether, "sent");
        assertEq(brev.balanceOf(address(rewards)), 30 ether, "left");
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(rewards), 30 ether, 31 ether)
        );
        rewards.withdrawRewards(stranger, 31 ether);
        vm.prank(rewardUpdater);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, rewardUpdater, address(this)));
        rewards.withdrawRewards(rewardUpdater, 1);
    }

    function test_setVkHash_ownerOnly_emitsVkHashUpdated() public {
        bytes32 next = keccak256("next circuit");
        vm.expectEmit(true, true, false, true, address(rewards));
        emit VkHashUpdated(VK, next);
        rewards.setVkHash(next);
        assertEq(rewards.vkHash(), next, "vkHash");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, stranger, address(this)));
        rewards.setVkHash(VK);
    }

    /// @notice The next submission is checked by the new contract.
    function test_setBrevisProof_ownerOnly_nonzero_emitsBrevisProofUpdated() public {
        DevBrevisProof next = new DevBrevisProof();
        vm.expectEmit(true, true, false, true, address(rewards));
        emit BrevisProofUpdated(address(brevisProof), address(next));
        rewards.setBrevisProof(address(next));
        assertEq(address(rewards.brevisProof()), address(next), "brevisProof");

        vm.expectRevert(bytes("brevisProof is zero"));
        rewards.setBrevisProof(address(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, stranger, address(this)));
        rewards.setBrevisProof(stranger);

        rewards.setBrevisProof(address(this)); // not a BrevisProof: the next submission fails
        _warpToEndOf(1);
        _expectSubmitRevert("", _output(1, _addrs(p0), _amts(1)));
    }
}
