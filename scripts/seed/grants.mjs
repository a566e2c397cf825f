// Rewards from outside the protocol: a partner pays provers' stakers straight through the
// controller's addRewards, which anyone may call for an Active prover once it has approved the
// controller for the amount. One grant to one prover, later one batch to several: the fee flow
// shows a third source beside the market and the epoch rewards, charged the prover's default
// commission (no prover sets a rate for this source).
import { actor } from "./actors.mjs";
import { proverByKey } from "./provers.mjs";
import { brev } from "./world.mjs";

/** @typedef {import("./world.mjs").World} World */

/** The partner paying the grants (it needs gas). */
export const SPONSOR = actor("sponsor", 0);

/** [day, [prover key, BREV][]] */
const GRANTS = /** @type {const} */ ([
  [10.3, [["polaris", 800]]],
  [
    24.6,
    [
      ["helios", 600],
      ["tokyo", 400],
      ["lumen", 250],
    ],
  ],
]);

/**
 * @param {World} world
 */
export function planGrants(world) {
  const { chain, abis, contracts } = world;
  for (const [day, grants] of GRANTS) {
    world.agenda.soon(world.day(day), () => {
      const paid = grants
        .map(([key, amount]) => ({ prover: proverByKey(key).address, amount: brev(amount) }))
        .filter(({ prover }) => world.isActive(prover));
      const first = paid[0];
      if (first === undefined) return;
      world.mint(
        SPONSOR,
        paid.reduce((sum, { amount }) => sum + amount, 0n),
      );
      world.approve(SPONSOR, contracts.brev, contracts.controller);
      world.stats.grants += paid.length;
      if (paid.length === 1) {
        chain.write(
          SPONSOR,
          contracts.controller,
          abis.stakingControllerAbi,
          "addRewards",
          [first.prover, first.amount],
          {
            label: `grant to ${first.prover}`,
          },
        );
        return;
      }
      chain.write(
        SPONSOR,
        contracts.controller,
        abis.stakingControllerAbi,
        "addRewards",
        [paid.map(({ prover }) => prover), paid.map(({ amount }) => amount)],
        { label: `grants to ${paid.length} provers`, gas: 1_500_000n },
      );
    });
  }
}
