// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {BrevisMarket} from "../../../src/market/BrevisMarket.sol";
import {MarketViewer} from "../../../src/market/MarketViewer.sol";
import {DevProofVerifier} from "../../../src/pico/DevProofVerifier.sol";
import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";
import {StakingViewer} from "../../../src/staking/StakingViewer.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {MarketSteps} from "../../market/utils/MarketSteps.sol";
import {RewardsSteps} from "../../rewards/utils/RewardsSteps.sol";
import {StakingSteps} from "../../staking/utils/StakingSteps.sol";
import {DevnetParameters} from "../../utils/DevnetParameters.sol";

/// @title The whole devnet system, real contracts only, for the cross-contract tests.
/// @notice Wired as contracts/script/Deploy.s.sol wires it, with its parameters
///         (DevnetParameters), this test
///         contract being the deployer: BREV; VaultFactory, then the StakingController bound to
///         it (1000 BREV minimum self-stake, 7-day unstake delay, 50 % max slash), then
///         factory.init(controller), then the StakingViewer, and SLASHER_ROLE for the deployer;
///         the BrevisMarket on the DevProofVerifier with 5-minute phases and 1 BREV minMaxFee,
///         then slashBps 5000, a 7-day slash window and a 5 % protocol fee, the MarketViewer,
///         and SLASHER_ROLE for the market; EpochRewards on the DevBrevisProof with the
///         deployer as reward and epoch updater, and the devnet vkHash. Then, as the seed
///         scenario does, the epoch schedule starts (7-day epochs, 50,000 BREV each) and the
///         foundation funds EpochRewards.
///         Provers p1 and p2 are initialized (10 % default commission, the minimum self-stake);
///         p1 < p2 < p3 as addresses (the order a circuit output needs); p3 and STRANGER never
///         register. REQUESTER has BREV and has approved the market; every other account is
///         funded by the steps as it acts.
abstract contract SystemFixture is MarketSteps, StakingSteps, RewardsSteps, DevnetParameters {
    // ------------------------------------------------------------ the seed scenario's schedule

    uint64 internal constant EPOCH_LENGTH = 7 days;
    uint256 internal constant MAX_EPOCH_REWARD = 50_000 ether;

    uint64 internal constant START = 1_700_000_000;
    uint64 internal constant DEFAULT_COMMISSION = 1000;

    VaultFactory internal factory;
    StakingViewer internal stakingViewer;
    MarketViewer internal marketViewer;

    address internal deployer;
    address internal constant p1 = address(0x9001);
    address internal constant p2 = address(0x9002);
    address internal constant p3 = address(0x9003);
    address internal constant alice = address(0xA1);
    address internal constant bob = address(0xB2);
    address internal constant SUBMITTER = address(0x5B01);
    address internal constant STRANGER = address(0x5757);

    function setUp() public virtual {
        vm.warp(START);
        deployer = address(this);
        brev = new BrevToken(deployer);

        factory = new VaultFactory();
        controller =
            new StakingController(address(brev), address(factory), UNSTAKE_DELAY, MIN_SELF_STAKE, MAX_SLASH_BPS);
        factory.init(address(controller));
        stakingViewer = new StakingViewer(address(controller));
        controller.grantRole(controller.SLASHER_ROLE(), deployer);

        verifier = new DevProofVerifier();
        market = new BrevisMarket(verifier, IStakingController(address(controller)), BIDDING, REVEAL, MIN_MAX_FEE);
        market.setSlashBps(SLASH_BPS);
        market.setSlashWindow(SLASH_WINDOW);
        market.setProtocolFeeBps(PROTOCOL_FEE_BPS);
        marketViewer = new MarketViewer(address(market));
        controller.grantRole(controller.SLASHER_ROLE(), address(market));

        brevisProof = new DevBrevisProof();
        rewards = new EpochRewards(address(controller), address(brevisProof), deployer, deployer);
        rewards.setVkHash(REWARDS_VK_HASH);
        rewardUpdater = deployer;

        rewards.initEpoch(START, EPOCH_LENGTH, MAX_EPOCH_REWARD);
        _fund(address(rewards), 10 * MAX_EPOCH_REWARD);

        _initProver(p1, DEFAULT_COMMISSION);
        _initProver(p2, DEFAULT_COMMISSION);
        _fund(REQUESTER, 1_000_000 ether);
        vm.prank(REQUESTER);
        brev.approve(address(market), type(uint256).max);

        vm.label(address(brev), "BREV");
        vm.label(address(controller), "StakingController");
        vm.label(address(market), "BrevisMarket");
        vm.label(address(rewards), "EpochRewards");
        vm.label(p1, "p1");
        vm.label(p2, "p2");
        vm.label(p3, "p3");
        vm.label(alice, "alice");
        vm.label(bob, "bob");
        vm.label(REQUESTER, "requester");
    }

    // ------------------------------------------------------------ reads across the contracts

    function _vaultAssets(address prover) internal view returns (uint256) {
        return _vault(prover).totalAssets();
    }

    function _pending(address prover) internal view returns (uint256) {
        return controller.getProverTotalUnstaking(prover);
    }

    function _scale(address prover) internal view returns (uint256) {
        return controller.getProverSlashingScale(prover);
    }

    // ------------------------------------------------------------ steps across the contracts

    /// @dev A request REQUESTER makes: `maxFee`, `minStake`, a deadline one hour out.
    function _requestWith(uint64 nonce, uint256 maxFee, uint256 minStake) internal returns (bytes32) {
        return _request(nonce, maxFee, minStake, _deadline());
    }

    /// @dev `sender` (the winner or its submitter) proves `reqid`, and the controller refuses to
    ///      pay a winner that is not Active, so the proof is refused.
    function _expectProofUnpaid(address sender, bytes32 reqid) internal {
        uint256[8] memory proof = _proof(reqid);
        vm.expectRevert(IStakingController.ControllerProverNotActive.selector);
        vm.prank(sender);
        market.submitProof(reqid, proof);
    }

    /// @dev `prover` wins `reqid` alone at `fee` and the request is refunded after its deadline.
    function _missDeadline(address prover, bytes32 reqid, uint256 fee) internal {
        _win(prover, reqid, fee);
        _warpPastDeadline(reqid);
        market.refund(reqid);
    }
}
