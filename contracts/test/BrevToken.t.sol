// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {BrevToken} from "../src/BrevToken.sol";
import {Test} from "./utils/Test.sol";

contract BrevTokenTest is Test {
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    event Transfer(address indexed from, address indexed to, uint256 value);

    BrevToken private token;
    address private admin = address(0xA11CE);
    uint256 private ownerKey = 0xB0B;
    address private owner;
    address private spender = address(0x5BE7);

    function setUp() public {
        token = new BrevToken(admin);
        owner = vm.addr(ownerKey);
    }

    function test_metadata() public view {
        assertEq(token.name(), "Brevis Token", "name");
        assertEq(token.symbol(), "BREV", "symbol");
        assertEq(token.decimals(), 18, "decimals");
        assertEq(token.totalSupply(), 0, "starts empty");
    }

    function test_adminHoldsBothRoles() public view {
        assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), admin), "admin role");
        assertTrue(token.hasRole(token.MINTER_ROLE(), admin), "minter role");
    }

    function test_minterMints() public {
        vm.expectEmit(true, true, false, true, address(token));
        emit Transfer(address(0), owner, 5 ether);
        vm.prank(admin);
        token.mint(owner, 5 ether);
        assertEq(token.balanceOf(owner), 5 ether, "balance");
        assertEq(token.totalSupply(), 5 ether, "supply");
    }

    function test_othersCannotMint() public {
        bytes32 role = token.MINTER_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, owner, role));
        vm.prank(owner);
        token.mint(owner, 1 ether);
    }

    function test_grantedMinterMints() public {
        bytes32 role = token.MINTER_ROLE();
        vm.prank(admin);
        token.grantRole(role, spender);
        vm.prank(spender);
        token.mint(owner, 1 ether);
        assertEq(token.balanceOf(owner), 1 ether, "minted by the new minter");
    }

    function test_transferMoreThanBalanceReverts() public {
        vm.prank(admin);
        token.mint(owner, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, owner, 1 ether, 2 ether)
        );
        vm.prank(owner);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        token.transfer(spender, 2 ether);
    }

    function test_approveAndTransferFrom() public {
        vm.prank(admin);
        token.mint(owner, 10 ether);
        vm.prank(owner);
        token.approve(spender, 4 ether);
        vm.prank(spender);
        assertTrue(token.transferFrom(owner, spender, 3 ether), "transferFrom returns true");
        assertEq(token.balanceOf(spender), 3 ether, "moved");
        assertEq(token.allowance(owner, spender), 1 ether, "allowance spent");
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, spender, 1 ether, 2 ether)
        );
        vm.prank(spender);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        token.transferFrom(owner, spender, 2 ether);
    }

    function _permitDigest(address holder, uint256 value, uint256 nonce, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, holder, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_permitSetsAllowance() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, 7 ether, 0, deadline));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), 7 ether, "allowance from permit");
        assertEq(token.nonces(owner), 1, "nonce used");
    }

    function test_permitExpiredReverts() public {
        vm.warp(1_000_000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, 1 ether, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permitFromWrongSignerReverts() public {
        uint256 deadline = block.timestamp + 1 hours;
        uint256 otherKey = 0xBAD;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(otherKey, _permitDigest(owner, 1 ether, 0, deadline));
        vm.expectRevert(
            abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(otherKey), owner)
        );
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permitCannotBeReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, 1 ether, 0, deadline));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
        // The nonce moved on, so the same signature now recovers to another address.
        address recovered = ecrecover(_permitDigest(owner, 1 ether, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
        assertEq(token.nonces(owner), 1, "the replay used no nonce");
    }

    function testFuzz_mintThenTransfer(uint256 minted, uint256 sent) public {
        minted = bound(minted, 0, 1e36);
        sent = bound(sent, 0, minted);
        vm.prank(admin);
        token.mint(owner, minted);
        vm.prank(owner);
        assertTrue(token.transfer(spender, sent), "transfer returns true");
        assertEq(token.balanceOf(owner), minted - sent, "sender keeps the rest");
        assertEq(token.balanceOf(spender), sent, "receiver gets the amount");
        assertEq(token.totalSupply(), minted, "transfers keep supply");
    }
}
