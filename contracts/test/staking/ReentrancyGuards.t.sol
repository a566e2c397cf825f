// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {StakingController} from "../../src/staking/StakingController.sol";
import {Test} from "../utils/Test.sol";

/// @dev A staking token that, once armed, makes one arbitrary call from inside its next transfer
///      and records the outcome (without bubbling it up).
contract OneShotHookToken is ERC20 {
    address private target;
    bytes private data;
    bool public lastOk;
    bytes public lastReturn;

    constructor() ERC20("Hook", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address t = target;
        if (t == address(0)) return;
        target = address(0);
        (lastOk, lastReturn) = t.call(data);
    }
}

/// @dev An account (prover or admin) whose calls a test or the token's hook can script.
contract Puppet {
    function exec(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}

/// @title The prover-facing and admin writes that move no tokens are guarded too: none of them
///        can run inside another controller call (here: from the token transfer of a stake).
contract ReentrancyGuardsTest is Test {
    OneShotHookToken private token;
    StakingController private controller;
    Puppet private prover;
    Puppet private admin;

    function setUp() public {
        token = new OneShotHookToken();
        admin = new Puppet();
        controller = new StakingController(IERC20(address(token)), address(admin), 1000 ether, 7 days, 5000);
        prover = new Puppet();
        token.mint(address(prover), 10_000 ether);
        prover.exec(address(token), abi.encodeCall(IERC20.approve, (address(controller), type(uint256).max)));
        prover.exec(address(controller), abi.encodeCall(StakingController.initializeProver, (uint64(1000))));
    }

    function test_proverWritesCannotReenter() public {
        _assertBlocked(prover, abi.encodeCall(StakingController.setProverProfile, ("x", "y")));
        _assertBlocked(prover, abi.encodeCall(StakingController.setCommissionRate, (address(1), uint64(5))));
        _assertBlocked(prover, abi.encodeCall(StakingController.setCommissionRate, (address(0), uint64(5))));
        prover.exec(address(controller), abi.encodeCall(StakingController.setCommissionRate, (address(1), uint64(5))));
        _assertBlocked(prover, abi.encodeCall(StakingController.resetCommissionRate, (address(1))));
    }

    function test_adminWritesCannotReenter() public {
        address p = address(prover);
        _assertBlocked(admin, abi.encodeCall(StakingController.deactivateProver, (p)));
        _assertBlocked(admin, abi.encodeCall(StakingController.jailProver, (p)));
        admin.exec(address(controller), abi.encodeCall(StakingController.jailProver, (p)));
        _assertBlocked(admin, abi.encodeCall(StakingController.reactivateProver, (p)));
        _assertBlocked(admin, abi.encodeCall(StakingController.setMinSelfStake, (2 ether)));
        _assertBlocked(admin, abi.encodeCall(StakingController.setUnstakeDelay, (1)));
        _assertBlocked(admin, abi.encodeCall(StakingController.setMaxSlashBps, (1)));
        _assertBlocked(admin, abi.encodeCall(StakingController.setRequireAuthorization, (true)));
        _assertBlocked(admin, abi.encodeCall(StakingController.setSlashTreasury, (address(1))));
    }

    function test_control_theSameCallsSucceedOutsideAStake() public {
        token.arm(
            address(prover),
            abi.encodeCall(
                Puppet.exec, (address(controller), abi.encodeCall(StakingController.setProverProfile, ("x", "y")))
            )
        );
        // Armed, but fired by a plain transfer, not from inside the controller: allowed.
        prover.exec(address(token), abi.encodeCall(IERC20.transfer, (address(0xBEEF), 1)));
        assertTrue(token.lastOk(), "not inside a guarded call");
    }

    /// @dev Arms the token to make `who` call the controller with `data` in the middle of a
    ///      stake, then checks that the inner call failed with the guard's error and that the
    ///      stake itself went through.
    function _assertBlocked(Puppet who, bytes memory data) private {
        token.arm(address(who), abi.encodeCall(Puppet.exec, (address(controller), data)));
        uint256 before = controller.getStakeInfo(address(prover), address(prover));
        prover.exec(address(controller), abi.encodeCall(StakingController.stake, (address(prover), 1 ether)));
        assertFalse(token.lastOk(), "re-entrant call went through");
        assertEq(
            bytes32(bytes4(token.lastReturn())),
            bytes32(ReentrancyGuard.ReentrancyGuardReentrantCall.selector),
            "stopped by the reentrancy guard"
        );
        assertTrue(controller.getStakeInfo(address(prover), address(prover)) > before, "the outer stake completed");
    }
}
