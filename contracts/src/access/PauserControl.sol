// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {AccessControl} from "./AccessControl.sol";

/// @title Pause and unpause by the pauser role.
/// @notice What `whenNotPaused` guards is each contract's choice, made to match the deployed
///         contracts (e.g. the controller still lets stakers request unstakes while paused).
abstract contract PauserControl is AccessControl, Pausable {
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    error PauserUnauthorized(address account);

    modifier onlyPauser() {
        if (!hasRole(PAUSER_ROLE, msg.sender)) revert PauserUnauthorized(msg.sender);
        _;
    }

    function pause() external onlyPauser {
        _pause();
    }

    function unpause() external onlyPauser {
        _unpause();
    }
}
