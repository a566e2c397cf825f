// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "../../../src/access/AccessControl.sol";
import {DevBrevisProof} from "../../../src/rewards/DevBrevisProof.sol";
import {EpochManager} from "../../../src/rewards/EpochManager.sol";
import {EpochRewards} from "../../../src/rewards/EpochRewards.sol";
import {IBrevisProof} from "../../../src/rewards/IBrevisProof.sol";
import {RewardsFixture} from "../../rewards/utils/RewardsFixture.sol";

/// @dev A BrevisProof that accepts anything, reports what it was told to, and remembers the call.
contract RecordingBrevisProof is IBrevisProof {
    bytes32 public commit;
    bytes32 public vk;
    uint64 public seenChainId;
    bytes public seenProof;

    function answer(bytes32 commit_, bytes32 vk_) external {
        (commit, vk) = (commit_, vk_);
    }

    function submitProof(uint64 chainId, bytes calldata proof) external returns (bytes32, bytes32, bytes32) {
        (seenChainId, seenProof) = (chainId, proof);
        return (keccak256(proof), commit, vk);
    }
}

/// @title Fidelity: `setRewards` (packed circuit output, ordering, window, cap, proof check).
/// @notice Setup: one-day epochs from START with MAX each; provers _prover(0) < _prover(1) < ...
contract EpochRewardsSubmissionFidelityTest is RewardsFixture {
    event RewardsSet(uint32 indexed epoch, address indexed prover, uint256 amount);
    event EpochRewardsSet(uint32 indexed epoch, uint256 newAmount, uint256 cumulativeAmount);

    address internal p0 = _prover(0);
    address internal p1 = _prover(1);
    address internal p2 = _prover(2);

    function setUp() public override {
        super.setUp();
        _warpToEndOf(3); // epochs 1-3 have ended
    }

    function _amount(uint32 epoch, address prover) internal view returns (uint256 amount) {
        (amount,) = rewards.epochProverRewards(epoch, prover);
    }

    // ================================================================== packed circuit output

    /// @notice 4-byte epoch, 8-byte start, 8-byte end, then 20-byte address + 16-byte amount.
    function test_circuitOutput_packed_epoch4_start8_end8_thenAddress20_amount16() public {
        bytes memory output = bytes.concat(
            hex"00000001", // epoch 1
            hex"000000006553f100", // start: START
            hex"0000000065554280", // end: START + 1 day
            hex"0000000000000000000000000000000000001000", // _prover(0)
            hex"00000000000000004563918244f40000" // 5 BREV
        );
        assertEq(output.length, 4 + 8 + 8 + 20 + 16, "56 bytes");
        assertEq(output, _output(1, _addrs(p0), _amts(5 ether)), "the fixture builds the same bytes");
        _submit(output);
        assertEq(_amount(1, p0), 5 ether, "recorded");
        assertEq(rewards.epochTotalRewards(1), 5 ether, "epoch total");
    }

    function test_circuitOutput_amountIsFull128Bits() public {
        rewards = _newRewards();
        rewards.setVkHash(VK);
        vm.prank(epochUpdater);
        rewards.initEpoch(START, LEN, type(uint256).max);
        _submit(_output(1, _addrs(p0), _amts(type(uint128).max)));
        assertEq(_amount(1, p0), type(uint128).max, "uint128 max");
    }

    /// @notice Entries stop at the first zero address; whatever follows is not read.
    function test_circuitOutput_zeroAddressEndsTheList() public {
        bytes memory output = bytes.concat(
            _output(1, _addrs(p0, address(0)), _amts(1 ether, 0)),
            _entries(_addrs(p0), _amts(9 ether)), // would be unsorted if read
            hex"ffff" // and a ragged tail
        );
        _submit(output);
        assertEq(_amount(1, p0), 1 ether, "first entry only");
        assertEq(rewards.epochTotalRewards(1), 1 ether, "total");
        assertEq(rewards.epochLastProver(1), p0, "last prover");
    }

    /// @notice A tail too short for a whole entry reverts (a calldata slice out of range).
    function test_circuitOutput_truncatedEntry_reverts() public {
        bytes memory output = _output(1, _addrs(p0), _amts(1 ether));
        bytes memory cutAmount = new bytes(output.length - 1);
        for (uint256 i = 0; i < cutAmount.length; ++i) {
            cutAmount[i] = output[i];
        }
        _expectSubmitRevert("", cutAmount);
        _expectSubmitRevert("", bytes.concat(output, hex"00")); // even a partial zero address
    }

    function test_circuitOutput_shorterThanHeader_reverts() public {
        _expectSubmitRevert("", hex"000000");
        _expectSubmitRevert("", hex"00000001000000006553f100");
    }

    // ================================================================== ordering

    function test_provers_strictlyIncreasingWithinSubmission_StakingRewardsUnsortedProvers() public {
        bytes memory swapped = _output(1, _addrs(p1, p0), _amts(1, 1));
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsUnsortedProvers.selector, p1, p0), swapped
        );
        bytes memory twice = _output(1, _addrs(p0, p0), _amts(1, 1));
        _expectSubmitRevert(abi.encodeWithSelector(EpochRewards.StakingRewardsUnsortedProvers.selector, p0, p0), twice);
    }

    /// @notice A later submission of the same epoch must start above the epoch's last prover.
    function test_provers_strictlyIncreasingAcrossTheEpochsSubmissions_StakingRewardsUnsortedProvers() public {
        _submit(_output(1, _addrs(p1), _amts(1 ether)));
        assertEq(rewards.epochLastProver(1), p1, "last prover");
        bytes memory again = _output(1, _addrs(p1), _amts(1 ether));
        _expectSubmitRevert(abi.encodeWithSelector(EpochRewards.StakingRewardsUnsortedProvers.selector, p1, p1), again);
        bytes memory lower = _output(1, _addrs(p0), _amts(1 ether));
        _expectSubmitRevert(abi.encodeWithSelector(EpochRewards.StakingRewardsUnsortedProvers.selector, p1, p0), lower);
        _submit(_output(1, _addrs(p2), _amts(1 ether)));
        assertEq(rewards.epochLastProver(1), p2, "moved on");
    }

    /// @notice Ordering is per epoch: a new epoch starts from the zero address.
    function test_provers_orderRestartsEachEpoch() public {
        _submit(_output(1, _addrs(p2), _amts(1 ether)));
        _submit(_output(2, _addrs(p0), _amts(1 ether)));
        assertEq(_amount(2, p0), 1 ether, "epoch 2 from the lowest prover");
    }

    // ================================================================== epoch and window

    function test_epochZero_StakingRewardsInvalidEpoch() public {
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsInvalidEpoch.selector),
            bytes.concat(_header(0, START - LEN, START), _entries(_addrs(p0), _amts(1)))
        );
    }

    /// @notice The last epoch submitted may take more; earlier ones are closed, later ones
    ///         (even after a gap) are open.
    function test_epochBeforeLastUpdatedEpoch_StakingRewardsInvalidEpoch() public {
        _submit(_output(2, _addrs(p0), _amts(1 ether)));
        assertEq(rewards.lastUpdatedEpoch(), 2, "lastUpdatedEpoch");
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsInvalidEpoch.selector),
            _output(1, _addrs(p0), _amts(1 ether))
        );
        _submit(_output(2, _addrs(p1), _amts(1 ether)));
        _submit(_output(3, _addrs(p0), _amts(1 ether)));
        assertEq(rewards.lastUpdatedEpoch(), 3, "moved on");
    }

    function test_windowMustEqualTheSchedule_StakingRewardsEpochWindowMismatch() public {
        uint64 s = START + LEN; // epoch 2
        uint64 e = START + 2 * LEN;
        bytes memory early = bytes.concat(_header(2, s - 1, e), _entries(_addrs(p0), _amts(1)));
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsEpochWindowMismatch.selector, uint32(2), s, s - 1, e, e),
            early
        );
        bytes memory late = bytes.concat(_header(2, s, e + 1), _entries(_addrs(p0), _amts(1)));
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsEpochWindowMismatch.selector, uint32(2), s, s, e, e + 1),
            late
        );
    }

    /// @notice Accepted from the second the epoch ends, not before.
    function test_epochMustHaveEnded_StakingRewardsEpochNotReady() public {
        uint64 end4 = START + 4 * LEN;
        vm.warp(end4 - 1);
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsEpochNotReady.selector, uint32(4), end4, end4 - 1),
            _output(4, _addrs(p0), _amts(1))
        );
        vm.warp(end4);
        _submit(_output(4, _addrs(p0), _amts(1)));
    }

    function test_withoutSchedule_EpochManagerNoConfigs() public {
        rewards = _newRewards();
        rewards.setVkHash(VK);
        bytes memory output = bytes.concat(_header(1, START, START + LEN), _entries(_addrs(p0), _amts(1)));
        _expectSubmitRevert(abi.encodeWithSelector(EpochManager.EpochManagerNoConfigs.selector), output);
    }

    /// @notice Checks run in the deployed order: epoch, window, ended, proof, entries, cap.
    function test_checkOrder_windowThenEndedThenProof() public {
        bytes memory wrongWindow = bytes.concat(_header(5, START, START), _entries(_addrs(p0), _amts(1)));
        vm.prank(rewardUpdater);
        vm.expectRevert(
            abi.encodeWithSelector(
                EpochRewards.StakingRewardsEpochWindowMismatch.selector,
                uint32(5),
                START + 4 * LEN,
                START,
                START + 5 * LEN,
                START
            )
        );
        rewards.setRewards("", wrongWindow);
        bytes memory notEnded = _output(5, _addrs(p0), _amts(1));
        vm.prank(rewardUpdater);
        vm.expectRevert(
            abi.encodeWithSelector(
                EpochRewards.StakingRewardsEpochNotReady.selector, uint32(5), START + 5 * LEN, START + 3 * LEN
            )
        );
        rewards.setRewards("", notEnded);
    }

    // ================================================================== amounts and the cap

    function test_severalSubmissionsPerEpoch_withinMaxEpochReward() public {
        _submit(_output(1, _addrs(p0), _amts(4_000 ether)));
        _submit(_output(1, _addrs(p1, p2), _amts(5_000 ether, 1_000 ether)));
        assertEq(rewards.epochTotalRewards(1), MAX, "exactly the max");
        assertEq(_amount(1, p0) + _amount(1, p1) + _amount(1, p2), MAX, "per prover");
    }

    /// @notice The cap applies to the epoch's running sum; the whole submission is undone.
    function test_epochSumAboveMaxEpochReward_StakingRewardsExceedsMax() public {
        _submit(_output(1, _addrs(p0), _amts(6_000 ether)));
        bytes memory over = _output(1, _addrs(p1, p2), _amts(3_000 ether, 1_000 ether + 1));
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsExceedsMax.selector, uint32(1), MAX + 1, MAX), over
        );
        assertEq(rewards.epochTotalRewards(1), 6_000 ether, "unchanged");
        assertEq(_amount(1, p1), 0, "nothing recorded");
        assertEq(rewards.epochLastProver(1), p0, "last prover unchanged");
    }

    /// @notice The cap is the one of the config in force for that epoch.
    function test_maxEpochReward_isTheEpochsOwnConfig() public {
        vm.prank(epochUpdater);
        rewards.setEpochConfig(3, LEN, 2 * MAX);
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsExceedsMax.selector, uint32(2), 2 * MAX, MAX),
            _output(2, _addrs(p0), _amts(2 * MAX))
        );
        _submit(_output(3, _addrs(p0), _amts(2 * MAX)));
    }

    // ================================================================== events and state

    /// @notice RewardsSet per prover; EpochRewardsSet(epoch, this submission, epoch total).
    function test_events_RewardsSetPerProver_EpochRewardsSetWithSubmissionAndEpochTotal() public {
        _submit(_output(1, _addrs(p0), _amts(100 ether)));
        bytes memory output = _output(1, _addrs(p1, p2), _amts(200 ether, 300 ether));
        bytes memory proof = _proof(output);
        vm.expectEmit(true, true, false, true, address(rewards));
        emit RewardsSet(1, p1, 200 ether);
        vm.expectEmit(true, true, false, true, address(rewards));
        emit RewardsSet(1, p2, 300 ether);
        vm.expectEmit(true, false, false, true, address(rewards));
        emit EpochRewardsSet(1, 500 ether, 600 ether);
        vm.prank(rewardUpdater);
        rewards.setRewards(proof, output);
    }

    function test_state_epochProverRewards_epochTotalRewards_epochLastProver_lastUpdatedEpoch() public {
        _submit(_output(2, _addrs(p0, p2), _amts(7 ether, 3 ether)));
        (uint128 amount, bool distributed) = rewards.epochProverRewards(2, p2);
        assertEq(amount, 3 ether, "amount");
        assertFalse(distributed, "not paid");
        assertEq(rewards.epochTotalRewards(2), 10 ether, "epoch total");
        assertEq(rewards.epochLastProver(2), p2, "last prover");
        assertEq(rewards.lastUpdatedEpoch(), 2, "last epoch");
        assertEq(rewards.epochTotalRewards(1), 0, "other epochs untouched");
    }

    /// @notice Surprising but deployed: a submission without provers is accepted, emits
    ///         EpochRewardsSet(epoch, 0, total) and, by moving lastUpdatedEpoch, closes earlier epochs.
    function test_emptySubmission_acceptedAndClosesEarlierEpochs() public {
        bytes memory empty = _header(3, START + 2 * LEN, START + 3 * LEN);
        bytes memory proof = _proof(empty);
        vm.expectEmit(true, false, false, true, address(rewards));
        emit EpochRewardsSet(3, 0, 0);
        vm.prank(rewardUpdater);
        rewards.setRewards(proof, empty);
        assertEq(rewards.lastUpdatedEpoch(), 3, "epoch 3 is the last");
        assertEq(rewards.epochLastProver(3), address(0), "no prover");
        _expectSubmitRevert(
            abi.encodeWithSelector(EpochRewards.StakingRewardsInvalidEpoch.selector), _output(2, _addrs(p0), _amts(1))
        );
    }

    /// @notice A zero amount is recorded and announced like any other.
    function test_zeroAmountEntry_isRecordedAndEmitted() public {
        bytes memory output = _output(1, _addrs(p0, p1), _amts(0, 1 ether));
        bytes memory proof = _proof(output);
        vm.expectEmit(true, true, false, true, address(rewards));
        emit RewardsSet(1, p0, 0);
        vm.prank(rewardUpdater);
        rewards.setRewards(proof, output);
        assertEq(rewards.epochLastProver(1), p1, "past the zero entry");
    }

    // ================================================================== who may submit

    function test_setRewards_onlyRewardUpdater() public {
        bytes memory output = _output(1, _addrs(p0), _amts(1));
        bytes memory proof = _proof(output);
        bytes32 role = rewards.REWARD_UPDATER_ROLE();
        assertEq(role, keccak256("REWARD_UPDATER_ROLE"), "role id");
        address[3] memory callers = [address(this), epochUpdater, stranger];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(AccessControl.AccessControlUnauthorizedRole.selector, callers[i], role)
            );
            rewards.setRewards(proof, output);
        }
    }

    // ================================================================== the proof check

    /// @notice The proof goes to brevisProof().submitProof with this chain's id, as deployed.
    function test_proof_submittedToBrevisProofWithTheChainId() public {
        RecordingBrevisProof spy = new RecordingBrevisProof();
        rewards.setBrevisProof(address(spy));
        bytes memory output = _output(1, _addrs(p0), _amts(1 ether));
        spy.answer(keccak256(output), VK);
        vm.prank(rewardUpdater);
        rewards.setRewards(hex"c0ffee", output);
        assertEq(spy.seenChainId(), block.chainid, "chain id");
        assertEq(spy.seenProof(), hex"c0ffee", "proof bytes passed through");
        assertEq(_amount(1, p0), 1 ether, "recorded");
    }

    function test_proof_reportedVkHashMustEqualVkHash_vkHashMismatch() public {
        bytes memory output = _output(1, _addrs(p0), _amts(1));
        bytes memory proof = brevisProof.testProof(keccak256(output), keccak256("another circuit"));
        vm.prank(rewardUpdater);
        vm.expectRevert(bytes("vkHash mismatch"));
        rewards.setRewards(proof, output);
    }

    function test_proof_reportedCommitMustBeKeccakOfCircuitOutput_invalidCircuitOutput() public {
        bytes memory output = _output(1, _addrs(p0), _amts(1));
        bytes memory proofOfOther = _proof(_output(1, _addrs(p0), _amts(2)));
        vm.prank(rewardUpdater);
        vm.expectRevert(bytes("invalid circuit output"));
        rewards.setRewards(proofOfOther, output);
    }

    /// @notice On the devnet a proof not made by the tooling is refused by the stand-in itself.
    function test_proof_refusedByBrevisProof_revertsTheSubmission() public {
        bytes memory output = _output(1, _addrs(p0), _amts(1));
        bytes memory forged = abi.encode(keccak256(output), VK, bytes32(0));
        vm.prank(rewardUpdater);
        vm.expectRevert(DevBrevisProof.DevBrevisProofBadSeal.selector);
        rewards.setRewards(forged, output);
        vm.prank(rewardUpdater);
        vm.expectRevert(abi.encodeWithSelector(DevBrevisProof.DevBrevisProofWrongLength.selector, 0, 96));
        rewards.setRewards("", output);
    }
}
