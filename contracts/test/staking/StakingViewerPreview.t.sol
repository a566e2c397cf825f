// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../src/BrevToken.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {StakingViewer} from "../../src/staking/StakingViewer.sol";
import {ProverVault} from "../../src/staking/ProverVault.sol";
import {Test} from "../utils/Test.sol";

/// @notice previewUnstake agrees with what requestUnstake accepts and records.
contract StakingViewerPreviewTest is Test {
    BrevToken private brev;
    StakingController private controller;
    StakingViewer private viewer;
    ProverVault private vault;
    address private prover = address(0x9001);
    address private staker = address(0x5001);

    function setUp() public {
        brev = new BrevToken(address(this));
        controller = new StakingController(brev, address(this), 1000 ether, 7 days, 5000);
        viewer = new StakingViewer(controller);
        brev.mint(prover, 5000 ether);
        brev.mint(staker, 100 ether);
        vm.startPrank(prover);
        brev.approve(address(controller), type(uint256).max);
        vault = ProverVault(controller.initializeProver(1000));
        controller.stake(prover, 500 ether);
        vault.approve(address(controller), type(uint256).max);
        vm.stopPrank();
        vm.startPrank(staker);
        brev.approve(address(controller), type(uint256).max);
        controller.stake(prover, 10 ether);
        vault.approve(address(controller), type(uint256).max);
        vm.stopPrank();
    }

    function test_partialUnstakeMatchesTheRecordedAmount() public {
        uint256 shares = vault.balanceOf(staker) / 2;
        (uint256 amount, bool allowed, uint256 readyAt) = viewer.previewUnstake(prover, staker, shares);
        assertTrue(allowed, "allowed");
        assertEq(readyAt, block.timestamp + 7 days, "ready after the delay");
        vm.prank(staker);
        assertEq(controller.requestUnstake(prover, shares), amount, "recorded amount");
    }

    function test_refusesWhatTheControllerRefuses() public {
        uint256 balance = vault.balanceOf(staker);
        (, bool tooMuch,) = viewer.previewUnstake(prover, staker, balance + 1);
        assertFalse(tooMuch, "more shares than held");
        (, bool dust,) = viewer.previewUnstake(prover, staker, vault.convertToShares(0.5 ether));
        assertFalse(dust, "less than 1 BREV");
        (, bool leavesDust,) = viewer.previewUnstake(prover, staker, balance - vault.convertToShares(0.5 ether));
        assertFalse(leavesDust, "leaves less than 1 BREV");
        (, bool belowSelfStake,) = viewer.previewUnstake(prover, prover, vault.convertToShares(600 ether));
        assertFalse(belowSelfStake, "prover below its minimum self-stake");
        (, bool zero,) = viewer.previewUnstake(prover, staker, 0);
        assertFalse(zero, "zero shares");
        (, bool unknown,) = viewer.previewUnstake(address(0xdead), staker, 1);
        assertFalse(unknown, "unknown prover");
    }

    function test_fullExitIsAllowed() public {
        uint256 balance = vault.balanceOf(staker);
        (uint256 amount, bool allowed,) = viewer.previewUnstake(prover, staker, balance);
        assertTrue(allowed, "full exit");
        vm.prank(staker);
        assertEq(controller.requestUnstake(prover, balance), amount, "recorded amount");
    }

    function test_refusesAnEleventhPendingRequest() public {
        uint256 oneBrev = vault.convertToShares(1 ether) + 1;
        for (uint256 i = 0; i < 10; ++i) {
            vm.prank(prover);
            controller.requestUnstake(prover, oneBrev);
        }
        (, bool allowed,) = viewer.previewUnstake(prover, prover, oneBrev);
        assertFalse(allowed, "cap of 10 pending requests");
    }
}
