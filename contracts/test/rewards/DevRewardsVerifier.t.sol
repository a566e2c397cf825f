// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DevRewardsVerifier} from "../../src/rewards/DevRewardsVerifier.sol";
import {IRewardsVerifier} from "../../src/rewards/IRewardsVerifier.sol";
import {Test} from "../utils/Test.sol";

/// @title The devnet rewards verifier accepts exactly one 32-byte proof per circuit output.
contract DevRewardsVerifierTest is Test {
    DevRewardsVerifier internal verifier;

    function setUp() public {
        verifier = new DevRewardsVerifier();
    }

    /// @dev The rule, written out independently of the contract.
    function _expected(bytes memory output) internal pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked("provernet-devnet-epoch-rewards", output)));
    }

    function _sampleOutput() internal pure returns (bytes memory) {
        address[] memory provers = new address[](2);
        provers[0] = address(0x9000);
        provers[1] = address(0x9001);
        uint256[] memory amounts = new uint256[](2);
        amounts[0] = 100 ether;
        amounts[1] = 250 ether;
        return abi.encode(uint32(7), provers, amounts);
    }

    function test_domain() public view {
        assertEq(verifier.DOMAIN(), "provernet-devnet-epoch-rewards", "domain");
    }

    function test_acceptsTheTestProof() public view {
        bytes memory output = _sampleOutput();
        bytes memory proof = _expected(output);
        assertEq(proof.length, 32, "32 bytes");
        assertTrue(verifier.verifyRewards(proof, output), "accepted");
        assertTrue(IRewardsVerifier(address(verifier)).verifyRewards(proof, output), "through the interface");
    }

    function test_testProofFollowsTheRule() public view {
        bytes memory output = _sampleOutput();
        assertEq(verifier.testProof(output), _expected(output), "testProof");
        assertEq(verifier.testProof(""), _expected(""), "empty output");
    }

    function test_acceptsEmptyOutputWithItsProof() public view {
        assertTrue(verifier.verifyRewards(_expected(""), ""), "empty output has a proof too");
    }

    function test_rejectsEmptyProof() public view {
        assertFalse(verifier.verifyRewards("", _sampleOutput()), "empty");
    }

    function test_rejectsTruncatedProof() public view {
        bytes memory proof = _expected(_sampleOutput());
        bytes memory short = new bytes(31);
        for (uint256 i = 0; i < 31; ++i) {
            short[i] = proof[i];
        }
        assertFalse(verifier.verifyRewards(short, _sampleOutput()), "31 bytes");
    }

    function test_rejectsProofWithTrailingBytes() public view {
        bytes memory output = _sampleOutput();
        assertFalse(verifier.verifyRewards(abi.encodePacked(_expected(output), uint8(0)), output), "33 bytes");
        assertFalse(verifier.verifyRewards(abi.encodePacked(_expected(output), _expected(output)), output), "64 bytes");
    }

    function test_rejectsProofOfOtherOutput() public view {
        bytes memory output = _sampleOutput();
        bytes memory other = abi.encode(uint32(8), new address[](0), new uint256[](0));
        assertFalse(verifier.verifyRewards(_expected(other), output), "other output");
    }

    function test_rejectsHashWithoutDomain() public view {
        bytes memory output = _sampleOutput();
        assertFalse(verifier.verifyRewards(abi.encodePacked(keccak256(output)), output), "no domain");
        assertFalse(
            verifier.verifyRewards(
                abi.encodePacked(keccak256(abi.encodePacked("provernet-devnet-proof", output))), output
            ),
            "market domain"
        );
    }

    function test_rejectsOneFlippedBit() public view {
        bytes memory output = _sampleOutput();
        bytes memory proof = _expected(output);
        proof[31] = proof[31] ^ 0x01;
        assertFalse(verifier.verifyRewards(proof, output), "flipped bit");
    }

    function testFuzz_acceptsExactProof(bytes calldata output) public view {
        assertTrue(verifier.verifyRewards(_expected(output), output), "accepted");
    }

    function testFuzz_rejectsAnyOtherProof(bytes calldata output, bytes calldata proof) public view {
        bool expected = keccak256(proof) == keccak256(_expected(output));
        assertTrue(verifier.verifyRewards(proof, output) == expected, "only the exact proof");
    }

    function testFuzz_rejectsAnyOther32Bytes(bytes calldata output, bytes32 word) public view {
        bool expected = word == keccak256(abi.encodePacked("provernet-devnet-epoch-rewards", output));
        assertTrue(verifier.verifyRewards(abi.encodePacked(word), output) == expected, "only the digest");
    }
}
