// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {AccessControl} from "../../../src/access/AccessControl.sol";
import {Ownable} from "../../../src/access/Ownable.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {IBrevisMarket} from "../../../src/market/interfaces/IBrevisMarket.sol";
import {IPicoVerifier} from "../../../src/pico/IPicoVerifier.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {MarketFixture} from "../../market/utils/MarketFixture.sol";

/// @title Fidelity: construction and init, ownership, roles and the owner's settings.
contract MarketAdminRulesFidelityTest is MarketFixture {
    function _unauthorized(address caller) internal view returns (bytes memory) {
        return abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, caller, owner);
    }

    function _initCall(IStakingController controller_) internal view returns (bytes memory) {
        return abi.encodeCall(BrevisMarket.init, (verifier, controller_, BIDDING, REVEAL, MIN_MAX_FEE));
    }

    // ------------------------------------------------------------ construction

    /// @notice Built with a verifier and a controller, the market is ready: owned by its deployer,
    ///         who is also epoch updater; verifier version 0; fee token = staking token, approved
    ///         to the controller; overcommitBps 500; slashing, protocol fee and maxMaxFee off.
    function test_constructor_withVerifierAndControllerIsReady() public {
        BrevisMarket fresh = new BrevisMarket(verifier, _controller(), 60, 120, 3 ether);
        assertEq(fresh.owner(), owner, "owner is the deployer");
        assertTrue(fresh.hasRole(fresh.EPOCH_UPDATER_ROLE(), owner), "deployer updates stats epochs");
        assertEq(address(fresh.picoVerifiers(0)), address(verifier), "version 0");
        assertEq(address(fresh.stakingController()), address(controller), "controller");
        assertEq(address(fresh.feeToken()), address(brev), "fee token from the controller");
        assertEq(brev.allowance(address(fresh), address(controller)), type(uint256).max, "controller may pull rewards");
        assertEq(fresh.biddingPhaseDuration(), 60, "bidding");
        assertEq(fresh.revealPhaseDuration(), 120, "reveal");
        assertEq(fresh.minMaxFee(), 3 ether, "minMaxFee");
        assertEq(fresh.overcommitBps(), 500, "overcommit default");
        assertEq(fresh.slashBps() + fresh.slashWindow() + fresh.protocolFeeBps() + fresh.maxMaxFee(), 0, "off");
        assertEq(fresh.statsEpochsLength(), 1, "first stats epoch");
        assertEq(fresh.BPS_DENOMINATOR(), BPS, "BPS_DENOMINATOR");
    }

    /// @notice Built with a zero verifier or controller, nothing is set up, and `init` cannot be
    ///         called on it (the constructor already gave it an owner).
    function test_constructor_withZerosLeavesAnUninitializedImplementation() public {
        BrevisMarket impl = new BrevisMarket(IPicoVerifier(address(0)), _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
        assertEq(address(impl.stakingController()), address(0), "not initialized");
        assertEq(impl.statsEpochsLength(), 0, "no stats epoch");
        assertEq(impl.overcommitBps(), 0, "no default");

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerAlreadySet.selector, owner));
        vm.prank(STRANGER);
        impl.init(verifier, _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
        vm.expectRevert(IBrevisMarket.MarketInvalidStakingController.selector);
        impl.init(verifier, IStakingController(address(0)), BIDDING, REVEAL, MIN_MAX_FEE);
    }

    /// @notice Behind a proxy, init sets the market up and makes its caller owner and epoch
    ///         updater, once: a second init fails (on the role for the same caller, on the owner
    ///         for anyone else).
    function test_init_behindAProxySetsUpOnce() public {
        BrevisMarket impl = new BrevisMarket(IPicoVerifier(address(0)), IStakingController(address(0)), 0, 0, 0);
        BrevisMarket proxied = BrevisMarket(address(new ERC1967Proxy(address(impl), _initCall(_controller()))));
        assertEq(proxied.owner(), owner, "init's caller owns it");
        assertTrue(proxied.hasRole(proxied.EPOCH_UPDATER_ROLE(), owner), "and updates stats epochs");
        assertEq(address(proxied.feeToken()), address(brev), "fee token");
        assertEq(proxied.overcommitBps(), 500, "default overcommit");
        assertEq(proxied.biddingPhaseDuration(), BIDDING, "bidding");

        vm.expectRevert(
            abi.encodeWithSelector(
                AccessControl.AccessControlAccountAlreadyHasRole.selector, owner, proxied.EPOCH_UPDATER_ROLE()
            )
        );
        proxied.init(verifier, _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerAlreadySet.selector, owner));
        vm.prank(STRANGER);
        proxied.init(verifier, _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
    }

    // ------------------------------------------------------------ who may call what

    function test_settings_onlyTheOwner() public {
        bytes[11] memory calls = [
            abi.encodeCall(BrevisMarket.setPicoVerifier, (1, verifier)),
            abi.encodeCall(BrevisMarket.setBiddingPhaseDuration, (1)),
            abi.encodeCall(BrevisMarket.setRevealPhaseDuration, (1)),
            abi.encodeCall(BrevisMarket.setMinMaxFee, (1)),
            abi.encodeCall(BrevisMarket.setMaxMaxFee, (1)),
            abi.encodeCall(BrevisMarket.setSlashBps, (1)),
            abi.encodeCall(BrevisMarket.setSlashWindow, (1)),
            abi.encodeCall(BrevisMarket.setProtocolFeeBps, (1)),
            abi.encodeCall(BrevisMarket.setOvercommitBps, (1)),
            abi.encodeCall(BrevisMarket.withdrawProtocolFee, (STRANGER)),
            abi.encodeCall(AccessControl.grantRole, (market.EPOCH_UPDATER_ROLE(), STRANGER))
        ];
        for (uint256 i = 0; i < calls.length; ++i) {
            vm.prank(STRANGER);
            (bool ok, bytes memory err) = address(market).call(calls[i]);
            assertFalse(ok, "a stranger was let through");
            if (i < 10) assertEq(err, _unauthorized(STRANGER), "OwnerUnauthorized");
        }
    }

    /// @notice After a two-step handover the new owner holds the settings; the epoch updater
    ///         role stays with whoever holds it.
    function test_ownership_movesTheSettingsNotTheRoles() public {
        market.startOwnershipTransfer(STRANGER);
        vm.prank(STRANGER);
        market.acceptOwnership();
        vm.prank(STRANGER);
        market.setMinMaxFee(2 ether);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnerUnauthorized.selector, owner, STRANGER));
        market.setMinMaxFee(3 ether);
        vm.warp(START + 1);
        market.scheduleStatsEpoch(0); // still the epoch updater
    }

    /// @notice The deployed market has no pause.
    function test_market_cannotBePaused() public {
        (bool ok,) = address(market).call(abi.encodeWithSignature("pause()"));
        assertFalse(ok, "no pause()");
        (ok,) = address(market).call(abi.encodeWithSignature("paused()"));
        assertFalse(ok, "no paused()");
    }

    // ------------------------------------------------------------ settings

    function test_settings_emitTheOldAndNewValue() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.BiddingPhaseDurationUpdated(BIDDING, 7);
        market.setBiddingPhaseDuration(7);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.RevealPhaseDurationUpdated(REVEAL, 8);
        market.setRevealPhaseDuration(8);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.MinMaxFeeUpdated(MIN_MAX_FEE, 2 ether);
        market.setMinMaxFee(2 ether);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.MaxMaxFeeUpdated(0, 9 ether);
        market.setMaxMaxFee(9 ether);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SlashBpsUpdated(SLASH_BPS, 100);
        market.setSlashBps(100);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.SlashWindowUpdated(SLASH_WINDOW, 1 days);
        market.setSlashWindow(1 days);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.ProtocolFeeBpsUpdated(PROTOCOL_FEE_BPS, 0);
        market.setProtocolFeeBps(0);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.OvercommitBpsUpdated(DEFAULT_OVERCOMMIT_BPS, 10_000);
        market.setOvercommitBps(10_000);
        assertEq(market.biddingPhaseDuration() + market.revealPhaseDuration(), 15, "durations");
        assertEq(market.minMaxFee() + market.maxMaxFee(), 11 ether, "fees");
        assertEq(market.slashBps() + market.slashWindow(), 100 + 1 days, "slashing");
        assertEq(market.protocolFeeBps() + market.overcommitBps(), 10_000, "rates");
    }

    /// @notice slashBps, protocolFeeBps and overcommitBps are at most 10,000; nothing else is bounded.
    function test_settings_onlyTheRatesAreBounded() public {
        bytes4[3] memory setters = [
            BrevisMarket.setSlashBps.selector,
            BrevisMarket.setProtocolFeeBps.selector,
            BrevisMarket.setOvercommitBps.selector
        ];
        for (uint256 i = 0; i < setters.length; ++i) {
            (bool ok,) = address(market).call(abi.encodeWithSelector(setters[i], BPS));
            assertTrue(ok, "10,000 accepted");
            vm.expectRevert(IBrevisMarket.MarketInvalidBps.selector);
            (ok,) = address(market).call(abi.encodeWithSelector(setters[i], BPS + 1));
        }
        market.setBiddingPhaseDuration(0);
        market.setRevealPhaseDuration(type(uint64).max);
        market.setMinMaxFee(0);
        market.setSlashWindow(type(uint256).max);
        assertEq(market.revealPhaseDuration(), type(uint64).max, "any duration");
    }

    /// @notice A verifier can be set for any version and replaced, never cleared.
    function test_setPicoVerifier_setsOrReplacesAVersionButNeverClears() public {
        IPicoVerifier other = _versionOneVerifier();
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.PicoVerifierUpdated(0, address(verifier), address(other));
        market.setPicoVerifier(0, other);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBrevisMarket.PicoVerifierUpdated(7, address(0), address(verifier));
        market.setPicoVerifier(7, verifier);
        assertEq(address(market.picoVerifiers(0)), address(other), "replaced");
        vm.expectRevert(IBrevisMarket.MarketZeroAddress.selector);
        market.setPicoVerifier(7, IPicoVerifier(address(0)));
    }
}
