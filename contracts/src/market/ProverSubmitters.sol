// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IStakingController} from "../staking/interfaces/IStakingController.sol";
import {IBrevisMarket} from "./interfaces/IBrevisMarket.sol";

/// @title Submitters: hot keys that bid, reveal and prove for a prover.
/// @notice Two steps, so nobody can be enrolled against its will: the submitter names the
///         prover it consents to, then that prover registers it. Either side may end the link;
///         consent is not consumed, so a prover may register a removed submitter again until
///         the submitter withdraws its consent. An account that is a prover (any state but
///         Null) can never become a submitter.
abstract contract ProverSubmitters is IBrevisMarket {
    using EnumerableSet for EnumerableSet.AddressSet;

    IStakingController public stakingController;

    mapping(address submitter => address prover) public submitterToProver;
    mapping(address submitter => address prover) public submitterConsent;
    mapping(address prover => EnumerableSet.AddressSet) private _submitters;

    /// @param prover address(0) withdraws consent.
    function setSubmitterConsent(address prover) external {
        if (prover == msg.sender && prover != address(0)) revert MarketCannotRegisterSelf();
        emit SubmitterConsentUpdated(msg.sender, submitterConsent[msg.sender], prover);
        submitterConsent[msg.sender] = prover;
    }

    /// @notice Registering a submitter already registered to the caller succeeds again (and emits again).
    function registerSubmitter(address submitter) public {
        if (submitter == address(0)) revert MarketZeroAddress();
        if (submitter == msg.sender) revert MarketCannotRegisterSelf();
        if (stakingController.getProverState(msg.sender) == IStakingController.ProverState.Null) {
            revert MarketProverNotRegistered();
        }
        address holder = submitterToProver[submitter];
        if (holder != address(0) && holder != msg.sender) revert MarketSubmitterAlreadyRegistered(submitter, holder);
        if (stakingController.getProverState(submitter) != IStakingController.ProverState.Null) {
            revert MarketCannotRegisterProverAsSubmitter(submitter);
        }
        if (submitterConsent[submitter] != msg.sender) revert MarketSubmitterConsentRequired(submitter);

        submitterToProver[submitter] = msg.sender;
        _submitters[msg.sender].add(submitter);
        emit SubmitterRegistered(msg.sender, submitter);
    }

    function registerSubmitters(address[] calldata submitters) external {
        for (uint256 i = 0; i < submitters.length; ++i) {
            registerSubmitter(submitters[i]);
        }
    }

    /// @notice The prover removes one of its submitters.
    function unregisterSubmitter(address submitter) public {
        address prover = submitterToProver[submitter];
        if (prover == address(0)) revert MarketSubmitterNotRegistered(submitter);
        if (prover != msg.sender) revert MarketNotAuthorized();
        _unlink(prover, submitter);
    }

    function unregisterSubmitters(address[] calldata submitters) external {
        for (uint256 i = 0; i < submitters.length; ++i) {
            unregisterSubmitter(submitters[i]);
        }
    }

    /// @notice A submitter leaves its prover.
    function unregisterSubmitter() external {
        address prover = submitterToProver[msg.sender];
        if (prover == address(0)) revert MarketSubmitterNotRegistered(msg.sender);
        _unlink(prover, msg.sender);
    }

    function getSubmittersForProver(address prover) external view returns (address[] memory) {
        return _submitters[prover].values();
    }

    /// @dev The prover an account acts for: the one it submits for, else itself.
    function _actingProver(address account) internal view returns (address) {
        address prover = submitterToProver[account];
        return prover == address(0) ? account : prover;
    }

    function _unlink(address prover, address submitter) private {
        delete submitterToProver[submitter];
        _submitters[prover].remove(submitter);
        emit SubmitterUnregistered(prover, submitter);
    }
}
