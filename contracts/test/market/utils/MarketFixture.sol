// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {MarketViewer} from "../../../src/market/MarketViewer.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {IPicoVerifier} from "../../../src/pico/IPicoVerifier.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {DevnetParameters} from "../../utils/DevnetParameters.sol";
import {MockStakingController} from "../../utils/MockStakingController.sol";
import {MarketSteps} from "./MarketSteps.sol";

/// @title Shared fixture of the market tests.
/// @notice BREV (admin and minter = this test), a MockStakingController (1000 BREV minimum
///         self-stake), a BrevisMarket built and configured as Deploy.s.sol `_deployMarket` does
///         (DevProofVerifier as version 0, 5-minute phases, 1 BREV minMaxFee, slashBps 5000,
///         7-day slash window, 5 % protocol fee, overcommitBps at its default 500), a
///         MarketViewer, four Active provers with 10,000 BREV of vault assets each and two
///         funded requesters. This test is the market's owner and epoch updater. The steps
///         (requests, bids, proofs, time) come from MarketSteps.
abstract contract MarketFixture is MarketSteps, DevnetParameters {
    // ------------------------------------------------------------ parameters

    uint256 internal constant PROVER_ASSETS = 10_000 ether;
    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant NUM_PROVERS = 4;
    uint256 internal constant REQUESTER_FUNDS = 1_000_000 ether;

    // ------------------------------------------------------------ system

    BrevToken internal brev;
    MockStakingController internal controller;
    MarketViewer internal viewer;

    address internal owner;
    address internal constant REQUESTER2 = address(0xB0B);
    address internal constant STRANGER = address(0x5757);
    address internal constant SUBMITTER = address(0x5B01);
    address internal constant SUBMITTER2 = address(0x5B02);
    address internal constant TREASURY = address(0x7EA5);

    address[] internal provers;
    address internal p0;
    address internal p1;
    address internal p2;
    address internal p3;

    function setUp() public virtual {
        vm.warp(START);
        owner = address(this);
        brev = new BrevToken(owner);
        controller = new MockStakingController(brev, MIN_SELF_STAKE);
        verifier = new DevProofVerifier();
        market = new BrevisMarket(verifier, _controller(), BIDDING, REVEAL, MIN_MAX_FEE);
        market.setSlashBps(SLASH_BPS);
        market.setSlashWindow(SLASH_WINDOW);
        market.setProtocolFeeBps(PROTOCOL_FEE_BPS);
        viewer = new MarketViewer(address(market));

        for (uint256 i = 0; i < NUM_PROVERS; ++i) {
            // casting to 'uint160' is safe: a small constant plus an index below NUM_PROVERS
            // forge-lint: disable-next-line(unsafe-typecast)
            address prover = address(uint160(0x9000 + i));
            vm.label(prover, string.concat("prover", toString(i)));
            provers.push(prover);
            controller.setProver(prover, ACTIVE, PROVER_ASSETS);
        }
        (p0, p1, p2, p3) = (provers[0], provers[1], provers[2], provers[3]);

        _fundRequester(REQUESTER);
        _fundRequester(REQUESTER2);
        vm.label(address(market), "market");
        vm.label(address(controller), "controller");
    }

    function _controller() internal view returns (IStakingController) {
        return IStakingController(address(controller));
    }

    // ------------------------------------------------------------ accounts

    function _fundRequester(address who) internal {
        brev.mint(who, REQUESTER_FUNDS);
        vm.prank(who);
        brev.approve(address(market), type(uint256).max);
    }

    function _lastSlash() internal view returns (address prover, uint256 amount) {
        (prover, amount) = controller.slashes(controller.slashCount() - 1);
    }

    function _contains(bytes32[] memory list, bytes32 item) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == item) return true;
        }
        return false;
    }

    /// @dev A verifier for another version: accepts any proof whose first word is 1.
    function _versionOneVerifier() internal returns (IPicoVerifier) {
        return IPicoVerifier(address(new FirstWordVerifier()));
    }
}

/// @dev A second verifier, to tell apart which version the market consulted.
contract FirstWordVerifier is IPicoVerifier {
    error FirstWordNotOne();

    function verifyPicoProof(bytes32, bytes calldata, uint256[8] calldata proof) external pure {
        if (proof[0] != 1) revert FirstWordNotOne();
    }

    function verifyPicoProof(bytes32, bytes32, uint256[8] calldata proof) external pure {
        if (proof[0] != 1) revert FirstWordNotOne();
    }
}
