// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm, VM_ADDRESS} from "./Vm.sol";

/// @title What every invariant handler keeps: its own clock, per-action tallies and a flag for
///        the first disagreement between a call and the rules.
/// @notice forge does not carry block time from one handler call to the next, so each action
///         (modifier `action`) starts by warping to `currentTime`, which only `_warpTo` and the
///         handler's own warp move. Actions are numbered by the handler's Action enum.
abstract contract InvariantHandler {
    Vm internal constant vm = Vm(VM_ADDRESS);

    uint256 public currentTime;
    uint256 public successfulCalls;
    uint256 public skippedCalls;
    /// @notice Set at the first call whose result disagreed with the rules; modelNote says which.
    bool public modelError;
    string public modelNote;

    mapping(uint256 action => uint256) private _okCounts;
    mapping(uint256 action => uint256) private _skipCounts;

    constructor() {
        currentTime = block.timestamp;
    }

    modifier action() {
        vm.warp(currentTime);
        _;
    }

    function okCount(uint256 action_) external view returns (uint256) {
        return _okCounts[action_];
    }

    function skipCount(uint256 action_) external view returns (uint256) {
        return _skipCounts[action_];
    }

    function _countOk(uint256 action_) internal {
        ++_okCounts[action_];
        ++successfulCalls;
    }

    function _countSkip(uint256 action_) internal {
        ++_skipCounts[action_];
        ++skippedCalls;
    }

    /// @dev Moves the clock forward only.
    function _warpTo(uint256 t) internal {
        if (t > currentTime) {
            currentTime = t;
            vm.warp(t);
        }
    }

    /// @dev The first request of `list`, from `seed` on, that `fits`.
    function _pick(bytes32[] storage list, uint256 seed, function(bytes32) view returns (bool) fits)
        internal
        view
        returns (bool, bytes32)
    {
        uint256 n = list.length;
        for (uint256 k = 0; k < n; ++k) {
            bytes32 reqid = list[(seed % n + k) % n];
            if (fits(reqid)) return (true, reqid);
        }
        return (false, bytes32(0));
    }

    function _expectError(bytes memory actual, bytes memory expected, string memory note) internal {
        if (keccak256(actual) != keccak256(expected)) _flag(note);
    }

    function _flag(string memory note) internal {
        if (modelError) return;
        modelError = true;
        modelNote = note;
    }

    function _bound(uint256 value, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + (value % (max - min + 1));
    }
}
