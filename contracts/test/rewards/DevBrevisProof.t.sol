// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DevBrevisProof} from "../../src/rewards/DevBrevisProof.sol";
import {IBrevisProof} from "../../src/rewards/IBrevisProof.sol";
import {Test} from "../utils/Test.sol";

/// @title The devnet BrevisProof stand-in accepts exactly one 96-byte proof per (commit, vk).
contract DevBrevisProofTest is Test {
    bytes32 internal constant COMMIT = keccak256("some circuit output");
    bytes32 internal constant VK = keccak256("some circuit");

    DevBrevisProof internal stand;

    function setUp() public {
        stand = new DevBrevisProof();
    }

    /// @dev The documented rule, written out independently of the contract.
    function _expected(bytes32 commit, bytes32 vk) internal pure returns (bytes memory) {
        return bytes.concat(commit, vk, keccak256(abi.encodePacked("provernet-devnet-brevis-proof", commit, vk)));
    }

    function test_testProofFollowsTheDocumentedRule() public view {
        bytes memory proof = stand.testProof(COMMIT, VK);
        assertEq(proof.length, 96, "three words");
        assertEq(proof, _expected(COMMIT, VK), "rule");
    }

    function test_acceptedProofReturnsItsIdAndCommittedValues() public {
        bytes memory proof = _expected(COMMIT, VK);
        (bytes32 proofId, bytes32 commit, bytes32 vk) = IBrevisProof(address(stand)).submitProof(1, proof);
        assertEq(proofId, keccak256(proof), "proof id");
        assertEq(commit, COMMIT, "app commit hash");
        assertEq(vk, VK, "app vk hash");
    }

    function test_chainIdIsNotPartOfTheRule() public view {
        bytes memory proof = _expected(COMMIT, VK);
        (bytes32 a,,) = stand.submitProof(1, proof);
        (bytes32 b,,) = stand.submitProof(31337, proof);
        assertEq(a, b, "same answer on any chain id");
    }

    function test_rejectsWrongLength() public {
        bytes memory proof = _expected(COMMIT, VK);
        vm.expectRevert(abi.encodeWithSelector(DevBrevisProof.DevBrevisProofWrongLength.selector, 0, 96));
        stand.submitProof(1, "");
        vm.expectRevert(abi.encodeWithSelector(DevBrevisProof.DevBrevisProofWrongLength.selector, 97, 96));
        stand.submitProof(1, bytes.concat(proof, hex"00"));
        vm.expectRevert(abi.encodeWithSelector(DevBrevisProof.DevBrevisProofWrongLength.selector, 64, 96));
        stand.submitProof(1, bytes.concat(COMMIT, VK));
    }

    /// @notice A proof made for other values (or a seal without the domain) is refused.
    function test_rejectsSealOfOtherValues() public {
        bytes memory swapped =
            bytes.concat(VK, COMMIT, keccak256(abi.encodePacked("provernet-devnet-brevis-proof", COMMIT, VK)));
        vm.expectRevert(DevBrevisProof.DevBrevisProofBadSeal.selector);
        stand.submitProof(1, swapped);
        bytes memory noDomain = bytes.concat(COMMIT, VK, keccak256(abi.encodePacked(COMMIT, VK)));
        vm.expectRevert(DevBrevisProof.DevBrevisProofBadSeal.selector);
        stand.submitProof(1, noDomain);
    }

    function testFuzz_acceptsTheRulesProof(bytes32 commit, bytes32 vk, uint64 chainId) public view {
        (, bytes32 c, bytes32 v) = stand.submitProof(chainId, _expected(commit, vk));
        assertEq(c, commit, "commit");
        assertEq(v, vk, "vk");
    }

    function testFuzz_rejectsAnyOtherSeal(bytes32 commit, bytes32 vk, bytes32 seal) public {
        vm.assume(seal != keccak256(abi.encodePacked("provernet-devnet-brevis-proof", commit, vk)));
        vm.expectRevert(DevBrevisProof.DevBrevisProofBadSeal.selector);
        stand.submitProof(1, bytes.concat(commit, vk, seal));
    }
}
