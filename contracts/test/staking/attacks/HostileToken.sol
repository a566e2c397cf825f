// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

interface ITransferHook {
    function onTokenTransfer(address from, address to, uint256 value) external;
}

/// @notice A staking token with a callback on every transfer (like an ERC-777 or a malicious
///         token), so a hostile receiver gets control in the middle of controller calls.
contract HostileToken is ERC20 {
    address public hook;
    bool public armed;
    bool private inHook;

    constructor() ERC20("Hostile BREV", "hBREV") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address hook_) external {
        hook = hook_;
        armed = true;
    }

    function disarm() external {
        armed = false;
    }

    /// @dev Every transfer (also inside a transferFrom) calls the hook once; the hook's own
    ///      transfers do not call it again.
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && !inHook && hook != address(0)) {
            inHook = true;
            ITransferHook(hook).onTokenTransfer(from, to, value);
            inHook = false;
        }
    }
}

/// @notice A staker / prover / reward source contract that, whenever the hostile token moves,
///         tries to re-enter the controller with the configured call and records the outcome.
contract ReentrantStaker is ITransferHook {
    address public immutable token;
    address public immutable controller;

    bytes public reentryCall;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevert;

    constructor(address token_, address controller_) {
        token = token_;
        controller = controller_;
    }

    function setReentry(bytes calldata data) external {
        reentryCall = data;
        attempts = 0;
        successes = 0;
        delete lastRevert;
    }

    function onTokenTransfer(address, address, uint256) external {
        if (msg.sender != token || reentryCall.length == 0) return;
        ++attempts;
        (bool ok, bytes memory ret) = controller.call(reentryCall);
        if (ok) ++successes;
        else lastRevert = ret;
    }

    /// @notice Acts as this contract (approve, stake, unstake, claim, ...); bubbles reverts.
    function exec(address target, bytes calldata data) external returns (bytes memory ret) {
        bool ok;
        (ok, ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }
}
