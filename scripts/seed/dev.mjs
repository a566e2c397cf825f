// The dev account's own month (anvil account 0, the one a developer imports into a wallet):
// besides running its prover (provers.mjs) with a registered submitter, it stakes with several
// provers and withdraws in every state (completed, matured and waiting, pending), and sends a
// few proof requests, the last ones still open at the end. Every screen then has something to
// show for the connected dev wallet.
import { DEV } from "./actors.mjs";
import { proverByKey } from "./provers.mjs";
import { stake } from "./stakers.mjs";
import { completeUnstake, requestUnstake } from "./unstakes.mjs";
import { brev } from "./world.mjs";

/** @typedef {import("./world.mjs").World} World */

/** [day, prover key, BREV] */
const STAKES = /** @type {const} */ ([
  [1.0, "atlas", 20_000],
  [1.5, "helios", 8_000],
  [2.8, "kestrel", 3_000],
  [4.0, "sparrow", 2_000],
  [5.5, "tokyo", 1_500],
  [7.0, "polaris", 5_000],
]);

/** [day, prover key, fraction of the position, day completed (or null: left as it is)] */
const UNSTAKES = /** @type {const} */ ([
  [8.0, "atlas", 0.25, 15.5],
  // Taken before Sparrow's first slash: the pending amount shrinks with the vault.
  [9.0, "sparrow", 0.3, null],
  [13.0, "helios", 0.4, null],
  [21.5, "kestrel", 0.5, null],
  [26.0, "atlas", 0.1, null],
  [27.5, "tokyo", 0.3, null],
  [29.2, "polaris", 0.2, null],
]);

/**
 * @param {World} world
 * @param {import("./market.mjs").Market} market
 */
export function planDev(world, market) {
  for (const [day, key, amount] of STAKES) {
    world.agenda.soon(world.day(day), () => void stake(world, DEV, proverByKey(key).address, brev(amount)));
  }
  for (const [day, key, fraction, completeDay] of UNSTAKES) {
    const prover = proverByKey(key).address;
    world.agenda.soon(world.day(day), () => requestUnstake(world, DEV, prover, fraction).then(() => undefined));
    if (completeDay !== null) world.agenda.soon(world.day(completeDay), () => completeUnstake(world, DEV, prover));
  }
  // Two requests at the very end: one won and being proved, one still in its bidding phase.
  const job = { requester: DEV, minStake: world.minSelfStake, maxFee: brev(25), window: 3 * 3600 };
  market.addWave(world.end - 16 * 60, [{ ...job, hold: true, only: proverByKey("atlas").address }]);
  market.addWave(world.end - 4 * 60, [job]);
}
