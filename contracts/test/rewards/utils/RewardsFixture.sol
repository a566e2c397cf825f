// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BrevToken} from "../../../src/BrevToken.sol";
import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {IStakingController} from "../../../src/staking/interfaces/IStakingController.sol";
import {Test} from "../../utils/Test.sol";
import {MockStakingController} from "./MockStakingController.sol";

/// @notice EpochRewards wired as on the devnet (DevBrevisProof, vkHash set, this contract as
///         owner) against the mock controller, with one-day epochs from START, and builders
///         for the packed circuit output and its devnet proof.
abstract contract RewardsFixture is Test {
    uint64 internal constant START = 1_700_000_000;
    uint64 internal constant LEN = 1 days;
    uint256 internal constant MAX = 10_000 ether;
    bytes32 internal constant VK = keccak256("devnet epoch-rewards circuit");

    address internal rewardUpdater = address(0xD00D);
    address internal epochUpdater = address(0xE90C);
    address internal stranger = address(0xBAD);

    BrevToken internal brev;
    MockStakingController internal controller;
    DevBrevisProof internal brevisProof;
    EpochRewards internal rewards;

    function setUp() public virtual {
        vm.warp(START);
        brev = new BrevToken(address(this));
        controller = new MockStakingController(brev);
        brevisProof = new DevBrevisProof();
        rewards = _newRewards();
        rewards.setVkHash(VK);
        vm.prank(epochUpdater);
        rewards.initEpoch(START, LEN, MAX);
    }

    /// @dev A second contract, owned by this test, with no schedule and no vkHash.
    function _newRewards() internal returns (EpochRewards) {
        return new EpochRewards(address(controller), address(brevisProof), rewardUpdater, epochUpdater);
    }

    // ---------------------------------------------------------------- provers and lists

    /// @dev Provers in increasing address order: _prover(0) < _prover(1) < ...
    function _prover(uint256 i) internal pure returns (address) {
        return address(uint160(0x1000 + i));
    }

    function _addrs(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }

    function _addrs(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        (list[0], list[1]) = (a, b);
    }

    function _addrs(address a, address b, address c) internal pure returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function _amts(uint128 a) internal pure returns (uint128[] memory list) {
        list = new uint128[](1);
        list[0] = a;
    }

    function _amts(uint128 a, uint128 b) internal pure returns (uint128[] memory list) {
        list = new uint128[](2);
        (list[0], list[1]) = (a, b);
    }

    function _amts(uint128 a, uint128 b, uint128 c) internal pure returns (uint128[] memory list) {
        list = new uint128[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function _activate(address[] memory provers) internal {
        for (uint256 i = 0; i < provers.length; ++i) {
            controller.setProverState(provers[i], IStakingController.ProverState.Active);
        }
    }

    // ---------------------------------------------------------------- circuit output and proof

    function _header(uint32 epoch, uint64 start, uint64 end) internal pure returns (bytes memory) {
        return abi.encodePacked(epoch, start, end);
    }

    /// @dev 36 bytes per prover: 20-byte address, 16-byte amount.
    function _entries(address[] memory provers, uint128[] memory amounts) internal pure returns (bytes memory out) {
        require(provers.length == amounts.length, "fixture: lengths");
        for (uint256 i = 0; i < provers.length; ++i) {
            out = bytes.concat(out, abi.encodePacked(provers[i], amounts[i]));
        }
    }

    /// @dev The output for `epoch` with the window the schedule gives it.
    function _output(uint32 epoch, address[] memory provers, uint128[] memory amounts)
        internal
        view
        returns (bytes memory)
    {
        (uint64 start, uint64 length,) = rewards.getEpochInfoByEpochNumber(epoch);
        return bytes.concat(_header(epoch, start, start + length), _entries(provers, amounts));
    }

    function _proof(bytes memory output) internal view returns (bytes memory) {
        return brevisProof.testProof(keccak256(output), VK);
    }

    function _submit(bytes memory output) internal {
        bytes memory proof = _proof(output); // before the prank: it is an external call
        vm.prank(rewardUpdater);
        rewards.setRewards(proof, output);
    }

    function _expectSubmitRevert(bytes memory err, bytes memory output) internal {
        bytes memory proof = _proof(output);
        vm.prank(rewardUpdater);
        vm.expectRevert(err);
        rewards.setRewards(proof, output);
    }

    function _distribute(uint32 epoch, address[] memory provers) internal {
        vm.prank(rewardUpdater);
        rewards.distributeRewards(epoch, provers);
    }

    // ---------------------------------------------------------------- time

    /// @dev Block time = the end of `epoch` under the initial one-day schedule.
    function _warpToEndOf(uint32 epoch) internal {
        vm.warp(START + uint256(epoch) * LEN);
    }
}
