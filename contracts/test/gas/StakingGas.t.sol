// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../src/BrevToken.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Test} from "../utils/Test.sol";

/// @title The gas of each staking write, held to .gas-snapshot by `npm test` (forge snapshot --check).
/// @notice setUp leaves everything ready, so each test body is the one call under measurement
///         and forge's gas for the test is that call's cost.
contract StakingGasTest is Test {
    uint256 private constant MIN_SELF_STAKE = 1000 ether;
    uint256 private constant DELAY = 7 days;

    BrevToken private brev;
    StakingController private controller;
    ProverVault private vault;
    address private admin = address(0xAD);
    address private prover = address(0x9000);
    address private prover2 = address(0x9001);
    address private prover3 = address(0x9002);
    address private newStaker = address(0x5001);
    address private staker = address(0x5002);
    address private leaver = address(0x5003);
    address private market = address(0x5EC0);
    uint256 private unstakeShares;

    function setUp() public {
        vm.warp(1_700_000_000);
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, admin, MIN_SELF_STAKE, DELAY, 5000);
        bytes32 rewardSource = controller.REWARD_SOURCE_ROLE();
        vm.prank(admin);
        controller.grantRole(rewardSource, market);
        _initialize(prover);
        _initialize(prover2);
        _initialize(prover3);
        vault = ProverVault(controller.getProverVault(prover));

        // stake: a first-time staker with BREV approved; an existing staker topping up.
        _fundAndApprove(newStaker, 1_000 ether);
        _fundAndApprove(staker, 6_000 ether);
        vm.prank(staker);
        controller.stake(prover, 5_000 ether);
        // requestUnstake: shares approved.
        unstakeShares = vault.previewWithdraw(2_000 ether);
        vm.prank(staker);
        vault.approve(address(controller), unstakeShares);
        // completeUnstake: a request that is ready.
        _fundAndApprove(leaver, 3_000 ether);
        vm.startPrank(leaver);
        uint256 shares = controller.stake(prover, 3_000 ether);
        vault.approve(address(controller), shares);
        controller.requestUnstake(prover, shares / 2);
        vm.stopPrank();
        vm.warp(block.timestamp + DELAY);
        // addRewards / claimCommission: the source is funded and approved; commission pending.
        _fundAndApprove(market, 100_000 ether);
        vm.prank(market);
        controller.addRewards(prover, 1_000 ether);
    }

    function test_gas_stake() public {
        vm.prank(staker);
        controller.stake(prover, 1_000 ether);
    }

    function test_gas_stake_newStaker() public {
        vm.prank(newStaker);
        controller.stake(prover, 1_000 ether);
    }

    function test_gas_requestUnstake() public {
        vm.prank(staker);
        controller.requestUnstake(prover, unstakeShares);
    }

    function test_gas_completeUnstake() public {
        vm.prank(leaver);
        controller.completeUnstake(prover);
    }

    function test_gas_addRewards() public {
        vm.prank(market);
        controller.addRewards(prover, 1_000 ether);
    }

    function test_gas_addRewards_batch3() public {
        address[] memory provers = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        (provers[0], provers[1], provers[2]) = (prover, prover2, prover3);
        (amounts[0], amounts[1], amounts[2]) = (1_000 ether, 2_000 ether, 3_000 ether);
        vm.prank(market);
        controller.addRewards(provers, amounts);
    }

    function test_gas_claimCommission() public {
        vm.prank(prover);
        controller.claimCommission();
    }

    function _initialize(address who) private {
        _fundAndApprove(who, MIN_SELF_STAKE);
        vm.prank(who);
        controller.initializeProver(1000);
    }

    function _fundAndApprove(address who, uint256 amount) private {
        brev.mint(who, amount);
        vm.prank(who);
        brev.approve(address(controller), amount);
    }
}
