// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../src/BrevToken.sol";
import {BrevisMarket} from "../src/market/BrevisMarket.sol";
import {DevProofVerifier} from "../src/market/DevProofVerifier.sol";
import {MarketViewer} from "../src/market/MarketViewer.sol";
import {DevRewardsVerifier} from "../src/rewards/DevRewardsVerifier.sol";
import {EpochRewards} from "../src/rewards/EpochRewards.sol";
import {StakingController} from "../src/staking/StakingController.sol";
import {StakingViewer} from "../src/staking/StakingViewer.sol";
import {VaultFactory} from "../src/staking/VaultFactory.sol";
import {Vm, VM_ADDRESS} from "../test/utils/Vm.sol";

/// @notice Deploys the devnet system from the broadcasting account (anvil account 0).
///         scripts/devnet/deploy.mjs turns the broadcast record into lib/contracts/deployments.json,
///         so each contract deployed here is listed there under its contract name.
contract Deploy {
    Vm private constant vm = Vm(VM_ADDRESS);
    bool public constant IS_SCRIPT = true;

    string private constant DEV_MNEMONIC = "test test test test test test test test test test test junk";
    uint256 private constant DEPLOYER_BREV = 100_000_000 ether;
    uint256 private constant DEV_ACCOUNT_BREV = 1_000_000 ether;
    uint32 private constant DEV_ACCOUNTS = 10;
    // As on Base: 1000 BREV minimum self-stake, 7-day unstake delay.
    uint256 private constant MIN_SELF_STAKE = 1000 ether;
    uint256 private constant UNSTAKE_DELAY = 7 days;
    uint256 private constant MAX_SLASH_BPS = 5000;

    function run() external {
        vm.startBroadcast();
        BrevToken brev = _deployToken();
        StakingController controller = _deployStaking(brev);
        _deployMarket(controller);
        _deployEpochRewards(controller);
        vm.stopBroadcast();
    }

    /// @dev The deployer keeps the admin and minter roles so the devnet and tests can mint.
    function _deployToken() private returns (BrevToken brev) {
        brev = new BrevToken(msg.sender);
        brev.mint(msg.sender, DEPLOYER_BREV);
        for (uint32 i = 1; i < DEV_ACCOUNTS; ++i) {
            brev.mint(vm.addr(vm.deriveKey(DEV_MNEMONIC, i)), DEV_ACCOUNT_BREV);
        }
    }

    /// @dev Wired as the deployed scripts wire Base: the factory first, the controller bound to
    ///      it, then factory.init(controller), then the viewer. No proxies here, so the controller
    ///      is built with its constructor and the deployer owns it. Anyone may add rewards; on the
    ///      devnet the deployer may also slash (the market gets the slasher role when deployed).
    function _deployStaking(BrevToken brev) private returns (StakingController controller) {
        VaultFactory factory = new VaultFactory();
        controller =
            new StakingController(address(brev), address(factory), UNSTAKE_DELAY, MIN_SELF_STAKE, MAX_SLASH_BPS);
        factory.init(address(controller));
        new StakingViewer(address(controller));
        controller.grantRole(controller.SLASHER_ROLE(), msg.sender);
    }

    /// @dev Five-minute bidding and reveal phases; 5 % protocol fee; a missed deadline costs
    ///      half of the request's minStake within a 7-day window; no overcommitment.
    function _deployMarket(StakingController controller) private returns (BrevisMarket market) {
        BrevisMarket.Params memory params = BrevisMarket.Params({
            biddingPhaseDuration: 5 minutes,
            revealPhaseDuration: 5 minutes,
            minMaxFee: 1 ether,
            slashBps: 5000,
            slashWindow: 7 days,
            protocolFeeBps: 500,
            overcommitBps: 10_000
        });
        market = new BrevisMarket(controller, new DevProofVerifier(), msg.sender, params);
        new MarketViewer(market);
        controller.grantRole(controller.SLASHER_ROLE(), address(market));
    }

    /// @dev The deployer is admin and updater; the seed scenario (or an operator) starts the
    ///      schedule with initEpoch and funds the contract.
    function _deployEpochRewards(StakingController controller) private returns (EpochRewards rewards) {
        rewards = new EpochRewards(address(controller), new DevRewardsVerifier(), msg.sender, msg.sender);
    }
}
