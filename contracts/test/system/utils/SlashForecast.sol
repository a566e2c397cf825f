// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProverVault} from "../../../src/staking/interfaces/IProverVault.sol";
import {StakingController} from "../../../src/staking/StakingController.sol";

/// @title What the deployed controller's slash will do, worked out from its books beforehand.
/// @notice slashByAmount turns an amount into whole basis points of vault assets plus pending
///         unstakes, rounded down and capped at maxSlashBps. A slash of `bps` lowers the scale to
///         scale × (10,000 − bps) / 10,000 — refused (ControllerSlashTooHigh) below
///         MIN_SCALE_FLOOR — and takes that fraction of the vault (rounded down) and of the
///         pending total as a whole (rescaled by new / old scale, rounded down).
library SlashForecast {
    uint256 private constant BPS = 10_000;

    function bpsFor(StakingController controller, address prover, uint256 amount) internal view returns (uint256 bps) {
        uint256 slashable = controller.getProverTotalAssets(prover);
        if (slashable == 0) return 0;
        bps = amount * BPS / slashable;
        if (bps > controller.maxSlashBps()) bps = controller.maxSlashBps();
    }

    function outcome(StakingController controller, address prover, uint256 bps)
        internal
        view
        returns (bool refused, uint256 fromVault, uint256 fromPending)
    {
        uint256 scale = controller.getProverSlashingScale(prover);
        uint256 newScale = scale * (BPS - bps) / BPS;
        if (newScale < controller.MIN_SCALE_FLOOR()) return (true, 0, 0);
        fromVault = IProverVault(controller.getProverVault(prover)).totalAssets() * bps / BPS;
        uint256 pending = controller.getProverTotalUnstaking(prover);
        fromPending = pending - pending * newScale / scale;
    }
}
