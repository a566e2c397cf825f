// Who takes part. Every scenario account is an address derived from the seed and a role, so the
// same scenario always uses the same addresses; anvil's auto-impersonation lets them send
// without keys. The dev account (anvil account 0, which also deployed everything) takes part
// in its own right, so every screen has something to show for it.
import { getAddress, keccak256, stringToHex } from "viem";
import { DEV_ACCOUNTS } from "../devnet/anvil.mjs";
import { SEED } from "./rng.mjs";

/** @typedef {import("./chain.mjs").Address} Address */

/**
 * The address of the i-th account with a role, e.g. ("staker", 17).
 * @param {string} role
 * @param {number} i
 * @returns {Address}
 */
export function actor(role, i) {
  const hash = keccak256(stringToHex(`${SEED}:${role}:${i}`));
  return getAddress(`0x${hash.slice(-40)}`);
}

/** Anvil account 0: deployer, BREV minter, controller and market admin, slasher; and a user. */
export const DEV = /** @type {Address} */ (DEV_ACCOUNTS[0]);

/**
 * @param {string} role
 * @param {number} count
 */
export function actors(role, count) {
  return Array.from({ length: count }, (_, i) => actor(role, i));
}
