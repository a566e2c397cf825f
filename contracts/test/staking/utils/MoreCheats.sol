// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VM_ADDRESS} from "../../utils/Vm.sol";

/// @notice Forge cheatcodes the staking tests use beyond contracts/test/utils/Vm.sol,
///         declared against the same cheatcode address (forge-std is not installed).
interface MoreCheats {
    /// @dev Expects the next call to revert with exactly `revertData`, raised by `reverter`.
    function expectRevert(bytes calldata revertData, address reverter) external;
    function expectRevert(bytes4 revertData, address reverter) external;
    /// @dev Checks every topic and the data of the next event, emitted by `emitter`.
    function expectEmit(address emitter) external;
    function expectEmit() external;
    /// @dev Calls to `callee` with calldata starting with `data` return `returnData` instead.
    function mockCall(address callee, bytes calldata data, bytes calldata returnData) external;
    function clearMockedCalls() external;
}

MoreCheats constant moreCheats = MoreCheats(VM_ADDRESS);
