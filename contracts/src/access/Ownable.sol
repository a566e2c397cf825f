// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title One owner, handed over directly or in two steps.
/// @notice Behaves like the access library the deployed ProverNet contracts inherit: the
///         deployer owns a contract built with a constructor; a contract set up through `init`
///         takes its owner once from there. There is no renounce: an owner of address(0)
///         would let anyone call `init` again.
abstract contract Ownable {
    address private _owner;
    address private _pendingOwner;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferStarted(address indexed owner, address indexed pendingOwner);
    event OwnershipTransferCanceled(address indexed owner, address indexed canceledPendingOwner);

    error OwnerUnauthorized(address caller, address expected);
    error OwnerZeroAddress();
    error OwnerAlreadySet(address owner);

    constructor() {
        _setOwner(msg.sender);
    }

    modifier onlyOwner() {
        if (msg.sender != _owner) revert OwnerUnauthorized(msg.sender, _owner);
        _;
    }

    function owner() public view returns (address) {
        return _owner;
    }

    function pendingOwner() public view returns (address) {
        return _pendingOwner;
    }

    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert OwnerZeroAddress();
        _setOwner(newOwner);
    }

    function startOwnershipTransfer(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert OwnerZeroAddress();
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(_owner, newOwner);
    }

    function acceptOwnership() external {
        if (msg.sender != _pendingOwner) revert OwnerUnauthorized(msg.sender, _pendingOwner);
        _setOwner(msg.sender);
    }

    function cancelOwnershipTransfer() external onlyOwner {
        emit OwnershipTransferCanceled(_owner, _pendingOwner);
        delete _pendingOwner;
    }

    /// @dev For a contract set up through `init` (e.g. behind a proxy, where the constructor
    ///      never ran): takes the caller as owner, once.
    function _initOwner() internal {
        if (_owner != address(0)) revert OwnerAlreadySet(_owner);
        _setOwner(msg.sender);
    }

    function _setOwner(address newOwner) private {
        emit OwnershipTransferred(_owner, newOwner);
        _owner = newOwner;
        delete _pendingOwner;
    }
}
