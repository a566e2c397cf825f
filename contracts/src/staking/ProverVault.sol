// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IProverVault} from "./interfaces/IProverVault.sol";
import {IStakingController} from "./interfaces/IStakingController.sol";

/// @title One prover's ERC-4626 vault over BREV.
/// @notice Only the controller deposits and withdraws. Rewards arrive as plain BREV transfers,
///         raising totalAssets without new shares. Shares have BREV's 18 decimals and no
///         decimals offset (a fresh vault prices 1 share = 1 wei), and are ordinary ERC-20s:
///         the controller's hooks keep its staker books and the prover's self-stake rule.
contract ProverVault is ERC4626, ReentrancyGuard, IProverVault {
    using SafeERC20 for IERC20;

    address public immutable prover;
    address public immutable controller;

    modifier onlyController() {
        if (msg.sender != controller) revert VaultOnlyController();
        _;
    }

    constructor(IERC20 asset_, string memory name_, string memory symbol_, address prover_, address controller_)
        ERC20(name_, symbol_)
        ERC4626(asset_)
    {
        prover = prover_;
        controller = controller_;
    }

    // ------------------------------------------------------------ limits come from the controller

    function maxDeposit(address receiver) public view override(ERC4626, IERC4626) returns (uint256) {
        return IStakingController(controller).maxDeposit(prover, receiver);
    }

    function maxMint(address receiver) public view override(ERC4626, IERC4626) returns (uint256) {
        return IStakingController(controller).maxMint(prover, receiver);
    }

    function maxWithdraw(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return IStakingController(controller).maxWithdraw(prover, owner);
    }

    function maxRedeem(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return IStakingController(controller).maxRedeem(prover, owner);
    }

    // ------------------------------------------------------------ asset movements (controller only)

    function deposit(uint256 assets, address receiver)
        public
        override(ERC4626, IERC4626)
        onlyController
        nonReentrant
        returns (uint256)
    {
        return super.deposit(assets, receiver);
    }

    function mint(uint256 shares, address receiver)
        public
        override(ERC4626, IERC4626)
        onlyController
        nonReentrant
        returns (uint256)
    {
        return super.mint(shares, receiver);
    }

    function withdraw(uint256 assets, address receiver, address owner)
        public
        override(ERC4626, IERC4626)
        onlyController
        nonReentrant
        returns (uint256)
    {
        return super.withdraw(assets, receiver, owner);
    }

    function redeem(uint256 shares, address receiver, address owner)
        public
        override(ERC4626, IERC4626)
        onlyController
        nonReentrant
        returns (uint256)
    {
        return super.redeem(shares, receiver, owner);
    }

    /// @notice Every share loses the same fraction: the assets leave, the shares stay.
    function controllerSlash(uint256 assets, address to) external onlyController {
        IERC20(asset()).safeTransfer(to, assets);
        emit ControllerSlash(assets, to);
    }

    /// @notice Pending unstakes are held by the controller, not as shares, so every share held
    ///         may move.
    function getTransferableShares(address owner) public view returns (uint256) {
        return balanceOf(owner);
    }

    /// @dev Transfers ask the controller first (the prover's self-stake rule); burns are capped
    ///      by the controller's maxRedeem; afterwards every move (mints and burns included) is
    ///      reported so the controller's staker books follow the shares.
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            if (value > getTransferableShares(from)) revert VaultSharesLocked();
            IStakingController(controller).beforeShareTransfer(prover, from, value);
        } else if (from != address(0)) {
            if (value > IStakingController(controller).maxRedeem(prover, from)) revert VaultSharesLocked();
        }
        super._update(from, to, value);
        IStakingController(controller).onShareTransfer(prover, from, to, value);
    }
}
