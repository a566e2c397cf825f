// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../src/BrevToken.sol";
import {BrevisMarket} from "../src/market/BrevisMarket.sol";
import {MarketViewer} from "../src/market/MarketViewer.sol";
import {DevProofVerifier} from "../src/pico/DevProofVerifier.sol";
import {DevBrevisProof} from "../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../src/rewards/EpochRewards.sol";
import {StakingController} from "../src/staking/StakingController.sol";
import {IStakingController} from "../src/staking/interfaces/IStakingController.sol";
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
    /// @dev The devnet's stand-in for the rewards circuit's verification key hash.
    bytes32 private constant DEVNET_REWARDS_VK_HASH = keccak256("provernet-devnet-epoch-rewards-circuit");

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

    /// @dev Wired as the deployed scripts do: built with the verifier as version 0, the controller,
    ///      five-minute bidding and reveal phases and a 1 BREV minimum maxFee; then a missed
    ///      deadline costs half of the request's minStake within a 7-day window, and the protocol
    ///      takes 5 %. overcommitBps keeps the deployed default (500). The market only needs the
    ///      controller's slasher role: anyone who pays may add rewards.
    function _deployMarket(StakingController controller) private returns (BrevisMarket market) {
        market = new BrevisMarket(
            new DevProofVerifier(), IStakingController(address(controller)), 5 minutes, 5 minutes, 1 ether
        );
        market.setSlashBps(5000);
        market.setSlashWindow(7 days);
        market.setProtocolFeeBps(500);
        new MarketViewer(address(market));
        controller.grantRole(controller.SLASHER_ROLE(), address(market));
    }

    /// @dev Wired as the deployed script wires it: the deployer owns it and, on the devnet, is
    ///      both reward updater and epoch updater; proofs go through the devnet BrevisProof
    ///      stand-in and must report DEVNET_REWARDS_VK_HASH. The seed scenario (or an operator)
    ///      starts the schedule with initEpoch and funds the contract.
    function _deployEpochRewards(StakingController controller) private returns (EpochRewards rewards) {
        rewards = new EpochRewards(address(controller), address(new DevBrevisProof()), msg.sender, msg.sender);
        rewards.setVkHash(DEVNET_REWARDS_VK_HASH);
    }
}
