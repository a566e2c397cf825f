// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Multicall3} from "../src/Multicall3.sol";
import {Test} from "./utils/Test.sol";

contract Counter {
    uint256 private counted;

    function count() external view returns (uint256) {
        return counted;
    }

    function increment() external payable returns (uint256) {
        return ++counted;
    }

    function boom() external pure {
        revert("boom");
    }
}

contract Multicall3Test is Test {
    Multicall3 private multicall;
    Counter private counter;

    function setUp() public {
        multicall = new Multicall3();
        counter = new Counter();
    }

    function _call3(bytes memory data, bool allowFailure) private view returns (Multicall3.Call3 memory) {
        return Multicall3.Call3({target: address(counter), allowFailure: allowFailure, callData: data});
    }

    function test_aggregate3ReturnsEachResult() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](2);
        calls[0] = _call3(abi.encodeCall(Counter.increment, ()), false);
        calls[1] = _call3(abi.encodeCall(Counter.count, ()), false);
        Multicall3.Result[] memory results = multicall.aggregate3(calls);
        assertTrue(results[0].success && results[1].success, "both succeed");
        assertEq(abi.decode(results[1].returnData, (uint256)), 1, "second call sees the first");
    }

    function test_aggregate3ReportsAllowedFailure() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](2);
        calls[0] = _call3(abi.encodeCall(Counter.boom, ()), true);
        calls[1] = _call3(abi.encodeCall(Counter.count, ()), false);
        Multicall3.Result[] memory results = multicall.aggregate3(calls);
        assertFalse(results[0].success, "failure reported");
        assertTrue(results[1].success, "the rest still runs");
    }

    function test_aggregate3RevertsOnDisallowedFailure() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](1);
        calls[0] = _call3(abi.encodeCall(Counter.boom, ()), false);
        vm.expectRevert(abi.encodeWithSelector(Multicall3.CallFailed.selector, 0));
        multicall.aggregate3(calls);
    }

    function test_aggregate3ValueChecksTheSum() public {
        vm.deal(address(this), 10 ether);
        Multicall3.Call3Value[] memory calls = new Multicall3.Call3Value[](1);
        calls[0] = Multicall3.Call3Value({
            target: address(counter),
            allowFailure: false,
            value: 1 ether,
            callData: abi.encodeCall(Counter.increment, ())
        });
        multicall.aggregate3Value{value: 1 ether}(calls);
        assertEq(address(counter).balance, 1 ether, "value forwarded");
        vm.expectRevert(abi.encodeWithSelector(Multicall3.ValueMismatch.selector, 2 ether, 1 ether));
        multicall.aggregate3Value{value: 2 ether}(calls);
    }

    function test_aggregateAndTryAggregate() public {
        Multicall3.Call[] memory calls = new Multicall3.Call[](1);
        calls[0] = Multicall3.Call({target: address(counter), callData: abi.encodeCall(Counter.increment, ())});
        (uint256 blockNumber, bytes[] memory data) = multicall.aggregate(calls);
        assertEq(blockNumber, block.number, "block number");
        assertEq(abi.decode(data[0], (uint256)), 1, "result");

        calls[0] = Multicall3.Call({target: address(counter), callData: abi.encodeCall(Counter.boom, ())});
        Multicall3.Result[] memory results = multicall.tryAggregate(false, calls);
        assertFalse(results[0].success, "tryAggregate reports");
        vm.expectRevert(abi.encodeWithSelector(Multicall3.CallFailed.selector, 0));
        multicall.tryAggregate(true, calls);
        vm.expectRevert(abi.encodeWithSelector(Multicall3.CallFailed.selector, 0));
        multicall.aggregate(calls);
    }

    function test_blockAndAggregate() public {
        vm.roll(42);
        Multicall3.Call[] memory calls = new Multicall3.Call[](1);
        calls[0] = Multicall3.Call({target: address(counter), callData: abi.encodeCall(Counter.count, ())});
        (uint256 blockNumber,, Multicall3.Result[] memory results) = multicall.blockAndAggregate(calls);
        assertEq(blockNumber, 42, "block number");
        assertTrue(results[0].success, "call ran");
    }

    function test_blockGetters() public {
        vm.warp(1_700_000_000);
        vm.roll(100);
        vm.deal(address(0xBEEF), 3 ether);
        assertEq(multicall.getBlockNumber(), 100, "number");
        assertEq(multicall.getCurrentBlockTimestamp(), 1_700_000_000, "timestamp");
        assertEq(multicall.getEthBalance(address(0xBEEF)), 3 ether, "balance");
        assertEq(multicall.getChainId(), block.chainid, "chain id");
        assertEq(multicall.getCurrentBlockGasLimit(), block.gaslimit, "gas limit");
        assertEq(multicall.getBasefee(), block.basefee, "base fee");
        assertEq(multicall.getCurrentBlockCoinbase(), block.coinbase, "coinbase");
        assertEq(multicall.getBlockHash(99), blockhash(99), "block hash");
        assertEq(multicall.getLastBlockHash(), blockhash(99), "last block hash");
        assertEq(multicall.getCurrentBlockDifficulty(), block.prevrandao, "prevrandao");
    }
}
