// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {Vm, VM_ADDRESS} from "./Vm.sol";

/// @notice A small test base: cheatcodes, assertions that revert with a message (forge treats
///         a revert as a failure), bounded fuzz inputs and invariant targets.
abstract contract Test {
    Vm internal constant vm = Vm(VM_ADDRESS);
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
    bool public constant IS_TEST = true;

    address[] private targets;

    /// @dev forge reads this to know which contracts an invariant run calls at random.
    function targetContracts() public view returns (address[] memory) {
        return targets;
    }

    function targetContract(address target) internal {
        targets.push(target);
    }

    function fail(string memory message) internal pure {
        revert(message);
    }

    function assertTrue(bool condition, string memory message) internal pure {
        if (!condition) fail(message);
    }

    function assertFalse(bool condition, string memory message) internal pure {
        if (condition) fail(message);
    }

    function assertEq(uint256 actual, uint256 expected, string memory message) internal pure {
        if (actual != expected) {
            fail(string.concat(message, ": expected ", toString(expected), ", got ", toString(actual)));
        }
    }

    function assertEq(address actual, address expected, string memory message) internal pure {
        if (actual != expected) fail(message);
    }

    function assertEq(bytes32 actual, bytes32 expected, string memory message) internal pure {
        if (actual != expected) fail(message);
    }

    function assertEq(string memory actual, string memory expected, string memory message) internal pure {
        if (keccak256(bytes(actual)) != keccak256(bytes(expected))) {
            fail(string.concat(message, ": expected '", expected, "', got '", actual, "'"));
        }
    }

    function assertEq(bytes memory actual, bytes memory expected, string memory message) internal pure {
        if (keccak256(actual) != keccak256(expected)) fail(message);
    }

    function assertGe(uint256 actual, uint256 floor, string memory message) internal pure {
        if (actual < floor) fail(string.concat(message, ": ", toString(actual), " < ", toString(floor)));
    }

    function assertLe(uint256 actual, uint256 ceiling, string memory message) internal pure {
        if (actual > ceiling) fail(string.concat(message, ": ", toString(actual), " > ", toString(ceiling)));
    }

    function assertApproxEq(uint256 actual, uint256 expected, uint256 tolerance, string memory message)
        internal
        pure
    {
        uint256 diff = actual > expected ? actual - expected : expected - actual;
        if (diff > tolerance) {
            fail(string.concat(message, ": expected ", toString(expected), " +/- ", toString(tolerance), ", got ", toString(actual)));
        }
    }

    /// @dev Maps any fuzzed value into [min, max] without discarding runs.
    function bound(uint256 value, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        uint256 size = max - min;
        if (size == type(uint256).max) return value;
        return min + (value % (size + 1));
    }

    function toString(uint256 value) internal pure returns (string memory) {
        return Strings.toString(value);
    }

    /// @dev Step `i` of the fixed pseudo-random sequence `label`: a seed and three words drawn from it.
    function _sequenceStep(string memory label, uint256 i)
        internal
        pure
        returns (uint256 seed, uint256 r1, uint256 r2, uint256 r3)
    {
        seed = uint256(keccak256(abi.encode(label, i)));
        r1 = uint256(keccak256(abi.encode(seed, 1)));
        r2 = uint256(keccak256(abi.encode(seed, 2)));
        r3 = uint256(keccak256(abi.encode(seed, 3)));
    }

    /// @dev forge prints calls to its console address (no forge-std here).
    function _log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    // ---------------------------------------------------------------- invariant testing (appended)

    /// @dev The shape forge decodes from targetSelectors() / excludeSelectors().
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    FuzzSelector[] private selectorTargets;
    FuzzSelector[] private selectorExclusions;
    address[] private senderTargets;
    address[] private senderExclusions;
    address[] private contractExclusions;

    /// @dev forge reads this to call only these functions of a target contract.
    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return selectorTargets;
    }

    function targetSelector(FuzzSelector memory selection) internal {
        selectorTargets.push(selection);
    }

    /// @dev forge reads this to never call these functions.
    function excludeSelectors() public view returns (FuzzSelector[] memory) {
        return selectorExclusions;
    }

    function excludeSelector(FuzzSelector memory selection) internal {
        selectorExclusions.push(selection);
    }

    /// @dev forge reads this to pick msg.sender for invariant calls only among these addresses.
    function targetSenders() public view returns (address[] memory) {
        return senderTargets;
    }

    function targetSender(address sender) internal {
        senderTargets.push(sender);
    }

    /// @dev forge reads this to never use these addresses as msg.sender of invariant calls.
    function excludeSenders() public view returns (address[] memory) {
        return senderExclusions;
    }

    function excludeSender(address sender) internal {
        senderExclusions.push(sender);
    }

    /// @dev forge reads this to leave these contracts (deployed in setUp) out of invariant calls.
    function excludeContracts() public view returns (address[] memory) {
        return contractExclusions;
    }

    function excludeContract(address target) internal {
        contractExclusions.push(target);
    }

    function assertGt(uint256 actual, uint256 floor, string memory message) internal pure {
        if (actual <= floor) fail(string.concat(message, ": ", toString(actual), " <= ", toString(floor)));
    }

    function assertLt(uint256 actual, uint256 ceiling, string memory message) internal pure {
        if (actual >= ceiling) fail(string.concat(message, ": ", toString(actual), " >= ", toString(ceiling)));
    }
}
