// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DevProofVerifier} from "../../src/pico/DevProofVerifier.sol";
import {Test} from "../utils/Test.sol";

/// @title The devnet stand-in verifier's acceptance rule (the seed and indexer tests build proofs with it).
contract DevProofVerifierTest is Test {
    bytes32 private constant VK = keccak256("vk");
    bytes32 private constant DIGEST = keccak256("digest");

    DevProofVerifier private verifier;

    function setUp() public {
        verifier = new DevProofVerifier();
    }

    function _expected(bytes32 vk, bytes32 digest) private pure returns (uint256[8] memory proof) {
        for (uint8 i = 0; i < 8; ++i) {
            proof[i] = uint256(keccak256(abi.encodePacked("provernet-devnet-proof", vk, digest, i)));
        }
    }

    function test_testProof_followsTheRule() public view {
        uint256[8] memory proof = verifier.testProof(VK, DIGEST);
        uint256[8] memory expected = _expected(VK, DIGEST);
        for (uint256 i = 0; i < 8; ++i) {
            assertEq(proof[i], expected[i], "word i = keccak256(\"provernet-devnet-proof\", vk, digest, uint8(i))");
        }
    }

    function test_verifyPicoProof_acceptsTheTestProofOnly() public {
        verifier.verifyPicoProof(VK, DIGEST, _expected(VK, DIGEST));
        vm.expectRevert(DevProofVerifier.ProofInvalid.selector);
        verifier.verifyPicoProof(VK, keccak256("other"), _expected(VK, DIGEST));
        vm.expectRevert(DevProofVerifier.ProofInvalid.selector);
        verifier.verifyPicoProof(keccak256("other"), DIGEST, _expected(VK, DIGEST));
    }

    /// @notice Changing any bit of any word makes the proof invalid.
    function testFuzz_verifyPicoProof_rejectsAnyOtherWord(uint256 wordSeed, uint256 bitSeed) public {
        uint256[8] memory proof = _expected(VK, DIGEST);
        proof[wordSeed % 8] ^= uint256(1) << (bitSeed % 256);
        vm.expectRevert(DevProofVerifier.ProofInvalid.selector);
        verifier.verifyPicoProof(VK, DIGEST, proof);
    }

    /// @notice The bytes form hashes the public values as the Pico verifier does: sha256 with the
    ///         top three bits cleared.
    function test_verifyPicoProof_bytesFormUsesTheMaskedSha256Digest() public {
        bytes memory publicValues = "some public values";
        bytes32 unmasked = sha256(publicValues); // its top bits are not all zero
        bytes32 digest = unmasked & bytes32(uint256((1 << 253) - 1));
        assertTrue(digest != unmasked, "the mask matters for these values");
        verifier.verifyPicoProof(VK, publicValues, _expected(VK, digest));
        vm.expectRevert(DevProofVerifier.ProofInvalid.selector);
        verifier.verifyPicoProof(VK, publicValues, _expected(VK, unmasked));
    }
}
