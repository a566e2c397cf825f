// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProverVault} from "../../../src/staking/ProverVault.sol";
import {VaultFactory} from "../../../src/staking/VaultFactory.sol";
import {StakingFixture} from "../../staking/utils/StakingFixture.sol";

/// @title Fidelity (issue #12): vault shares as on Base — 18 decimals, no decimals offset, a
///        fresh vault prices 1 share at 1 wei of BREV, and BREV that reaches a vault outside
///        the controller is never swept: it belongs to the shareholders (or, in a vault
///        without shares, to the next depositor). The attack side of this design is in
///        contracts/test/staking/attacks/InflationAttack.t.sol.
contract SharesFidelityTest is StakingFixture {
    function test_shares_have18DecimalsLikeBrevAndNoOffset() public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        assertEq(vault.decimals(), 18, "decimals");
        assertEq(vault.decimals(), brev.decimals(), "the asset's decimals, no offset");
        assertEq(vault.balanceOf(prover1), MIN_SELF_STAKE, "1000 BREV bought 1000e18 shares");
        assertEq(vault.totalSupply(), vault.totalAssets(), "1:1 until rewards or slashes");
    }

    function test_freshVault_pricesOneShareAtOneWei() public {
        // A vault straight from a factory bound to this test: no deposit yet.
        VaultFactory f = new VaultFactory();
        f.init(address(this));
        ProverVault fresh = ProverVault(f.createVault(address(brev), prover1, address(this)));
        assertEq(fresh.totalSupply(), 0, "no shares");
        assertEq(fresh.convertToAssets(1), 1, "1 share = 1 wei");
        assertEq(fresh.convertToShares(1), 1, "1 wei = 1 share");
        assertEq(fresh.convertToShares(1 ether), 1 ether, "1 BREV = 1e18 shares");
        assertEq(fresh.decimals(), 18, "decimals");
    }

    function test_vaultNameAndSymbol_namedAfterTheProver() public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        assertEq(vault.name(), "Brevis Prover Vault - 0x0000000000000000000000000000000000009001", "name");
        assertEq(vault.symbol(), "bpv-0x0000000000000000000000000000000000009001", "symbol");
        assertEq(vault.asset(), address(brev), "asset");
    }

    function test_stake_mintsSharesAtThePriceOfTheMoment_oneToOneUntilRewards() public {
        _initProver(prover1, 0);
        assertEq(_stake(alice, prover1, 250 ether), 250 ether, "1:1");
        _addRewards(market, prover1, 125 ether); // 1250 -> 1375 BREV over 1250e18 shares
        uint256 shares = _stake(bob, prover1, 110 ether);
        assertEq(shares, _vault(prover1).previewDeposit(110 ether), "previewDeposit");
        uint256 supply = 1250 ether;
        uint256 assets = 1375 ether;
        assertEq(shares, (110 ether * (supply + 1)) / (assets + 1), "assets x (supply + 1) / (assets + 1)");
    }

    /// @notice Base has no sweep: BREV sent to a vault with shareholders raises their price.
    function test_strayBrev_inAVaultWithShares_isNotSwept_itRaisesThePrice() public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        _stake(alice, prover1, 1000 ether);
        _send(carol, address(vault), 200 ether);
        assertEq(vault.totalAssets(), 2200 ether, "stays in the vault");
        assertEq(_pendingCommission(prover1), 0, "not turned into commission");
        assertApproxEq(_value(prover1, alice), 1100 ether, 1, "alice's half of it");
        _stake(bob, prover1, 100 ether);
        assertEq(vault.totalAssets(), 2300 ether, "a stake does not sweep it either");
    }

    /// @notice BREV sent to the CREATE2 address before the prover registers stays there: the
    ///         prover's self-stake buys shares at the inflated price (see the residual-risk
    ///         tests in InflationAttack.t.sol).
    function test_strayBrev_sentBeforeInitialize_isNotSwept_theSelfStakeBuysAtTheInflatedPrice() public {
        address predicted = factory.predictVaultAddress(address(brev), prover1, address(controller));
        _send(carol, predicted, 50 ether);
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        assertEq(address(vault), predicted, "same address");
        assertEq(vault.totalAssets(), 1050 ether, "the donation stayed");
        assertEq(vault.balanceOf(prover1), MIN_SELF_STAKE / (50 ether + 1), "1000e18 x 1 / (50e18 + 1) shares");
        assertEq(_pendingCommission(prover1), 0, "not commission");
    }

    /// @notice After everyone left, what remains in the vault goes to whoever deposits next —
    ///         and only the prover may (it is no longer Active).
    function test_strayBrev_inAnEmptiedVault_goesToTheProversNextDeposit() public {
        ProverVault vault = ProverVault(_initProver(prover1, 1000));
        _requestUnstakeAll(prover1, prover1);
        _send(carol, address(vault), 3 ether);
        assertEq(vault.totalSupply(), 0, "no shares");
        _assertState(prover1, DEACTIVATED, "a full exit deactivates");

        uint256 shares = _stake(prover1, prover1, MIN_SELF_STAKE);
        assertEq(shares, (MIN_SELF_STAKE * 1) / (3 ether + 1), "priced by the stray BREV");
        assertEq(vault.totalAssets(), MIN_SELF_STAKE + 3 ether, "nothing swept");
        // The prover owns everything but the virtual share's cut.
        assertApproxEq(_value(prover1, prover1) + vault.convertToAssets(1), MIN_SELF_STAKE + 3 ether, 2, "all of it");
    }
}
