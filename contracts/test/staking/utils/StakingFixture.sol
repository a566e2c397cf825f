// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "../../../src/access/AccessControl.sol";
import {Ownable} from "../../../src/access/Ownable.sol";
import {BrevToken} from "../../../src/BrevToken.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {DevnetParameters} from "../../utils/DevnetParameters.sol";
import {StakingSteps} from "./StakingSteps.sol";

/// @title Shared fixture for the staking unit, fuzz, attack and fidelity tests.
/// @notice Deploys the system as the deploy script does (BREV, VaultFactory, a StakingController
///         owned by `admin` with the devnet parameters — 1000 BREV minimum self-stake, 7-day
///         unstake delay, 50 % max slash — factory.init(controller), a StakingViewer).
///         `slasher` holds SLASHER_ROLE and `pauser` PAUSER_ROLE. Anyone may pay rewards;
///         `market` and `epochRewards` are the usual payers. Actors are funded with BREV but
///         approve nothing: the steps (StakingSteps) approve exactly what each call pulls.
abstract contract StakingFixture is StakingSteps, DevnetParameters {
    // ------------------------------------------------------------------ parameters

    uint256 internal constant ONE_BREV = 1e18;
    /// @dev BREV each actor holds after setUp.
    uint256 internal constant INITIAL_BALANCE = 1_000_000 ether;
    uint256 internal constant START_TIME = 1_700_000_000;

    // ------------------------------------------------------------------ contracts

    VaultFactory internal factory;
    StakingViewer internal viewer;

    // ------------------------------------------------------------------ actors

    address internal admin = address(0xAD00);
    address internal slasher = address(0x51A5);
    address internal pauser = address(0x9A05);
    address internal market = address(0x3A4E);
    address internal epochRewards = address(0xE90C);
    address internal prover1 = address(0x9001);
    address internal prover2 = address(0x9002);
    address internal prover3 = address(0x9003);
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);
    address internal carol = address(0xCA201);
    /// @dev Holds nothing and no role.
    address internal stranger = address(0x5757);

    function setUp() public virtual {
        vm.warp(START_TIME);
        brev = new BrevToken(address(this));
        factory = new VaultFactory();
        vm.prank(admin);
        controller =
            new StakingController(address(brev), address(factory), UNSTAKE_DELAY, MIN_SELF_STAKE, MAX_SLASH_BPS);
        factory.init(address(controller));
        viewer = new StakingViewer(address(controller));

        vm.startPrank(admin);
        controller.grantRole(controller.SLASHER_ROLE(), slasher);
        controller.grantRole(controller.PAUSER_ROLE(), pauser);
        vm.stopPrank();

        vm.label(address(brev), "BREV");
        vm.label(address(controller), "StakingController");
        vm.label(address(factory), "VaultFactory");
        vm.label(address(viewer), "StakingViewer");
        vm.label(admin, "admin");
        vm.label(slasher, "slasher");
        vm.label(pauser, "pauser");
        vm.label(market, "market");
        vm.label(epochRewards, "epochRewards");
        vm.label(prover1, "prover1");
        vm.label(prover2, "prover2");
        vm.label(prover3, "prover3");
        vm.label(alice, "alice");
        vm.label(bob, "bob");
        vm.label(carol, "carol");
        vm.label(stranger, "stranger");

        address[8] memory funded = [prover1, prover2, prover3, alice, bob, carol, market, epochRewards];
        for (uint256 i = 0; i < funded.length; ++i) {
            _fund(funded[i], INITIAL_BALANCE);
        }
    }

    // ------------------------------------------------------------------ actions

    function _slash(address prover, uint256 bps) internal returns (uint256 slashed) {
        vm.prank(slasher);
        slashed = controller.slash(prover, bps);
    }

    function _slashByAmount(address prover, uint256 amount) internal returns (uint256 slashed) {
        vm.prank(slasher);
        slashed = controller.slashByAmount(prover, amount);
    }

    function _pause() internal {
        vm.prank(pauser);
        controller.pause();
    }

    function _unpause() internal {
        vm.prank(pauser);
        controller.unpause();
    }

    // ------------------------------------------------------------------ expectations

    /// @dev Expects the access library's owner check to refuse `caller`.
    function _expectNotOwner(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, caller, admin));
    }

    /// @dev Expects the access library's role check to refuse `account`.
    function _expectMissingRole(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, account, role));
    }

    /// @dev A string of `n` copies of `char`.
    function _repeat(bytes1 char, uint256 n) internal pure returns (string memory) {
        bytes memory b = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            b[i] = char;
        }
        return string(b);
    }
}
