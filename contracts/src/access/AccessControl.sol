// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {Ownable} from "./Ownable.sol";

/// @title Roles under one owner.
/// @notice As in the deployed contracts' access library: the owner grants and revokes every
///         role and may name one admin per role who can manage that role too; members are
///         enumerable; a member may renounce its own role. Granting a role twice, or revoking
///         one the account does not hold, reverts.
abstract contract AccessControl is Ownable {
    using EnumerableSet for EnumerableSet.AddressSet;

    mapping(bytes32 role => EnumerableSet.AddressSet) private _members;
    mapping(bytes32 role => address) private _admins;

    event RoleGranted(bytes32 indexed role, address indexed account);
    event RoleRevoked(bytes32 indexed role, address indexed account);
    event RoleAdminChanged(bytes32 indexed role, address indexed previousAdmin, address indexed newAdmin);

    error AccessControlUnauthorizedRole(address account, bytes32 role);
    error AccessControlUnauthorizedAdmin(address account, bytes32 role);
    error AccessControlAccountAlreadyHasRole(address account, bytes32 role);
    error AccessControlAccountDoesNotHaveRole(address account, bytes32 role);

    modifier onlyRole(bytes32 role) {
        if (!_members[role].contains(msg.sender)) revert AccessControlUnauthorizedRole(msg.sender, role);
        _;
    }

    modifier onlyRoleManager(bytes32 role) {
        if (msg.sender != owner() && (_admins[role] == address(0) || _admins[role] != msg.sender)) {
            revert AccessControlUnauthorizedAdmin(msg.sender, role);
        }
        _;
    }

    function hasRole(bytes32 role, address account) public view returns (bool) {
        return _members[role].contains(account);
    }

    function roleMemberCount(bytes32 role) external view returns (uint256) {
        return _members[role].length();
    }

    function roleMembers(bytes32 role) external view returns (address[] memory) {
        return _members[role].values();
    }

    function roleAdmin(bytes32 role) external view returns (address) {
        return _admins[role];
    }

    function grantRole(bytes32 role, address account) external onlyRoleManager(role) {
        _grantRole(role, account);
    }

    function grantRoles(bytes32 role, address[] calldata accounts) external onlyRoleManager(role) {
        for (uint256 i = 0; i < accounts.length; ++i) {
            _grantRole(role, accounts[i]);
        }
    }

    function revokeRole(bytes32 role, address account) external onlyRoleManager(role) {
        _revokeRole(role, account);
    }

    function revokeRoles(bytes32 role, address[] calldata accounts) external onlyRoleManager(role) {
        for (uint256 i = 0; i < accounts.length; ++i) {
            _revokeRole(role, accounts[i]);
        }
    }

    function renounceRole(bytes32 role) external {
        _revokeRole(role, msg.sender);
    }

    /// @notice address(0) leaves the role to the owner alone.
    function setRoleAdmin(bytes32 role, address admin) external onlyOwner {
        emit RoleAdminChanged(role, _admins[role], admin);
        _admins[role] = admin;
    }

    function _grantRole(bytes32 role, address account) internal {
        if (!_members[role].add(account)) revert AccessControlAccountAlreadyHasRole(account, role);
        emit RoleGranted(role, account);
    }

    function _revokeRole(bytes32 role, address account) internal {
        if (!_members[role].remove(account)) revert AccessControlAccountDoesNotHaveRole(account, role);
        emit RoleRevoked(role, account);
    }
}
