// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../src/BrevToken.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Test} from "../utils/Test.sol";

/// @title One focused test per staking write, for `forge snapshot` (.gas-snapshot).
/// @notice setUp leaves everything ready so each test body is the single call under measurement;
///         the call's own gas (gasleft around it) is also logged (forge test -vv).
contract StakingGasTest is Test {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
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
        uint256 g = gasleft();
        controller.stake(prover, 1_000 ether);
        _log("stake (existing staker) gas", g - gasleft());
    }

    function test_gas_stake_newStaker() public {
        vm.prank(newStaker);
        uint256 g = gasleft();
        controller.stake(prover, 1_000 ether);
        _log("stake (first-time staker) gas", g - gasleft());
    }

    function test_gas_requestUnstake() public {
        vm.prank(staker);
        uint256 g = gasleft();
        controller.requestUnstake(prover, unstakeShares);
        _log("requestUnstake (partial) gas", g - gasleft());
    }

    function test_gas_completeUnstake() public {
        vm.prank(leaver);
        uint256 g = gasleft();
        controller.completeUnstake(prover);
        _log("completeUnstake (1 ready request) gas", g - gasleft());
    }

    function test_gas_addRewards() public {
        vm.prank(market);
        uint256 g = gasleft();
        controller.addRewards(prover, 1_000 ether);
        _log("addRewards (single) gas", g - gasleft());
    }

    function test_gas_addRewards_batch3() public {
        address[] memory provers = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        (provers[0], provers[1], provers[2]) = (prover, prover2, prover3);
        (amounts[0], amounts[1], amounts[2]) = (1_000 ether, 2_000 ether, 3_000 ether);
        vm.prank(market);
        uint256 g = gasleft();
        controller.addRewards(provers, amounts);
        _log("addRewards (batch of 3) gas", g - gasleft());
    }

    function test_gas_claimCommission() public {
        vm.prank(prover);
        uint256 g = gasleft();
        controller.claimCommission();
        _log("claimCommission gas", g - gasleft());
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

    function _log(string memory label, uint256 value) private view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }
}
