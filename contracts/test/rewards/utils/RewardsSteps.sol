// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {Lists} from "../../utils/Lists.sol";
import {Test} from "../../utils/Test.sol";

/// @title What an epoch-rewards test does, whatever controller stands behind EpochRewards.
/// @notice Builds the packed circuit output and the devnet proof of it, submits it and pays
///         out as `rewardUpdater`. The fixture that inherits this deploys `rewards` with
///         `brevisProof` (the DevBrevisProof) and sets its vkHash.
abstract contract RewardsSteps is Test, Lists {
    EpochRewards internal rewards;
    DevBrevisProof internal brevisProof;
    address internal rewardUpdater;

    // ---------------------------------------------------------------- circuit output and proof

    function _header(uint32 epoch, uint64 start, uint64 end) internal pure returns (bytes memory) {
        return abi.encodePacked(epoch, start, end);
    }

    /// @dev 36 bytes per prover: 20-byte address, 16-byte amount.
    function _entries(address[] memory provers, uint256[] memory amounts) internal pure returns (bytes memory out) {
        require(provers.length == amounts.length, "fixture: lengths");
        for (uint256 i = 0; i < provers.length; ++i) {
            require(amounts[i] <= type(uint128).max, "fixture: an amount takes 16 bytes");
            // casting to 'uint128' is safe: checked just above
            // forge-lint: disable-next-line(unsafe-typecast)
            out = bytes.concat(out, abi.encodePacked(provers[i], uint128(amounts[i])));
        }
    }

    /// @dev The output for `epoch` with the window the schedule gives it.
    function _output(uint32 epoch, address[] memory provers, uint256[] memory amounts)
        internal
        view
        returns (bytes memory)
    {
        (uint64 start, uint64 length,) = rewards.getEpochInfoByEpochNumber(epoch);
        return bytes.concat(_header(epoch, start, start + length), _entries(provers, amounts));
    }

    /// @dev The one proof DevBrevisProof accepts for this output under the contract's vkHash.
    function _proof(bytes memory output) internal view returns (bytes memory) {
        return brevisProof.testProof(keccak256(output), rewards.vkHash());
    }

    function _submit(bytes memory output) internal {
        bytes memory proof = _proof(output); // before the prank: it is an external call
        vm.prank(rewardUpdater);
        rewards.setRewards(proof, output);
    }

    function _expectSubmitRevert(bytes memory err, bytes memory output) internal {
        bytes memory proof = _proof(output);
        vm.prank(rewardUpdater);
        vm.expectRevert(err);
        rewards.setRewards(proof, output);
    }

    function _distribute(uint32 epoch, address[] memory provers) internal {
        vm.prank(rewardUpdater);
        rewards.distributeRewards(epoch, provers);
    }
}
