// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IVaultController} from "./IVaultController.sol";

/// @title One prover's isolated ERC-4626 vault over BREV.
/// @notice Only the StakingController deposits and withdraws. Rewards arrive as plain BREV
///         transfers, raising totalAssets without new shares. Shares are transferable ERC-20
///         tokens except the prover's own minimum self-stake.
/// @dev A decimals offset of 3 (OpenZeppelin's virtual shares) makes the first-depositor
///      inflation attack cost the attacker far more than the victim can lose; shares
///      therefore have 21 decimals and 1 share is worth 1 BREV at the start.
contract ProverVault is ERC4626 {
    using EnumerableSet for EnumerableSet.AddressSet;
    using SafeERC20 for IERC20;

    event ControllerSlash(uint256 assets, address to);

    error VaultSharesLocked();
    error VaultOnlyController();
    error VaultTransferBlocked();

    address public immutable prover;
    address public immutable controller;

    EnumerableSet.AddressSet private holders;

    modifier onlyController() {
        if (msg.sender != controller) revert VaultOnlyController();
        _;
    }

    constructor(IERC20 brev, address prover_, address controller_)
        ERC4626(brev)
        ERC20("ProverNet Staked BREV", "pnBREV")
    {
        prover = prover_;
        controller = controller_;
    }

    function deposit(uint256 assets, address receiver) public override onlyController returns (uint256) {
        return super.deposit(assets, receiver);
    }

    function mint(uint256 shares, address receiver) public override onlyController returns (uint256) {
        return super.mint(shares, receiver);
    }

    function withdraw(uint256 assets, address receiver, address owner)
        public
        override
        onlyController
        returns (uint256)
    {
        return super.withdraw(assets, receiver, owner);
    }

    function redeem(uint256 shares, address receiver, address owner)
        public
        override
        onlyController
        returns (uint256)
    {
        return super.redeem(shares, receiver, owner);
    }

    /// @notice Takes slashed assets out of the vault; every share loses the same fraction.
    function controllerSlash(uint256 assets, address to) external onlyController {
        IERC20(asset()).safeTransfer(to, assets);
        emit ControllerSlash(assets, to);
    }

    /// @notice Shares `owner` may transfer: everything, except that the prover keeps the shares
    ///         backing the minimum self-stake.
    function getTransferableShares(address owner) public view returns (uint256 transferable) {
        uint256 balance = balanceOf(owner);
        if (owner != prover) return balance;
        uint256 locked = previewWithdraw(IVaultController(controller).minSelfStake());
        return balance > locked ? balance - locked : 0;
    }

    function holderCount() external view returns (uint256) {
        return holders.length();
    }

    function getHolders() external view returns (address[] memory) {
        return holders.values();
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return 3;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            // Shares sent to the vault itself could never be redeemed by anyone.
            if (to == address(this)) revert VaultTransferBlocked();
            if (from == prover && value > getTransferableShares(from)) revert VaultSharesLocked();
        }
        super._update(from, to, value);
        _trackHolder(from);
        _trackHolder(to);
    }

    function _trackHolder(address account) private {
        if (account == address(0)) return;
        bool holds = balanceOf(account) > 0;
        bool changed = holds ? holders.add(account) : holders.remove(account);
        if (changed) IVaultController(controller).onHolderChanged(prover, account, holds);
    }
}
