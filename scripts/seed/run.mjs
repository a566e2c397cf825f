// The devnet's seed scenario: a deterministic, realistic 36-day history played onto the freshly
// deployed devnet. scripts/devnet/prepare.mjs calls the default export right after deploying,
// then dumps the chain state that `npm start` and the e2e tests load. The history ends "now":
// 16 provers, about 240 stakers, some 1,700 proof requests through the real auction, weekly
// reward epochs, and the dev account (anvil account 0) taking part in all of it. It plays by
// the deployed rules (see /work/shared/protocol/README.md): a prover retires for real, one
// reactivates itself, a slash is refused by the slashing-scale floor, vault shares change hands.
//
// Each part lives in its own module and puts its actions on one agenda (agenda.mjs); the agenda
// is played in time order with automine off, everything due at one moment mined as one block
// (chain.mjs). Same seed (rng.mjs), same history: only the absolute timestamps move with the
// day it is played on.
import { getAddress, keccak256, stringToHex } from "viem";
import { loadAbis } from "./abis.mjs";
import { DEV } from "./actors.mjs";
import { Agenda } from "./agenda.mjs";
import { Chain } from "./chain.mjs";
import { planDev } from "./dev.mjs";
import { brevisProof, planEpochs } from "./epochs.mjs";
import { planGrants, SPONSOR } from "./grants.mjs";
import { MARKET_ACCOUNTS, Market, PROOF_CHECK, testProof } from "./market.mjs";
import { PROVERS, planProvers, submittersOf } from "./provers.mjs";
import { createRng, SEED } from "./rng.mjs";
import { planStakerMoves, planStakers, STAKER_ACCOUNTS } from "./stakers.mjs";
import { summarize } from "./summary.mjs";
import { DAY, World } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */

/** Longer than the directory's 30-day window, so the early provers' 30-day APY has the history it needs. */
const HISTORY_DAYS = 36;
/** How far back the history reaches; prepare.mjs starts the devnet just before it. */
export const HISTORY_SECONDS = HISTORY_DAYS * DAY;
const GAS_MONEY = 100n * 10n ** 18n;

/**
 * @param {import("../devnet/deploy.mjs").Deployment} deployment
 * @returns {import("./world.mjs").Contracts}
 */
function contractsOf(deployment) {
  /** @param {string} name */
  const required = (name) => {
    const address = deployment.contracts[name];
    if (!address) throw new Error(`Seed: the deployment has no ${name}.`);
    return /** @type {Address} */ (getAddress(address));
  };
  /** @param {string} name */
  const optional = (name) => {
    const address = deployment.contracts[name];
    return address ? /** @type {Address} */ (getAddress(address)) : undefined;
  };
  return {
    brev: required("BrevToken"),
    controller: required("StakingController"),
    stakingViewer: required("StakingViewer"),
    market: required("BrevisMarket"),
    marketViewer: required("MarketViewer"),
    verifier: required("DevProofVerifier"),
    vaultFactory: required("VaultFactory"),
    epochRewards: optional("EpochRewards"),
    brevisProof: optional("DevBrevisProof"),
  };
}

/**
 * @param {{ rpcUrl: string, deployment: import("../devnet/deploy.mjs").Deployment, log: (line: string) => void }} options
 */
export default async function seed({ rpcUrl, deployment, log }) {
  const startedAt = Date.now();
  const abis = await loadAbis();
  const contracts = contractsOf(deployment);
  // Events from addresses not labelled here come from the provers' vaults.
  const chain = new Chain(rpcUrl, Object.values(abis), "ProverVault");
  chain.label(contracts.brev, "BrevToken");
  chain.label(contracts.controller, "StakingController");
  chain.label(contracts.market, "BrevisMarket");
  chain.label(contracts.vaultFactory, "VaultFactory");
  if (contracts.epochRewards) chain.label(contracts.epochRewards, "EpochRewards");

  // The history spans the days up to now. The contracts were deployed just now, so the
  // clock goes back to the start of the history first (the deployment blocks keep their
  // later timestamps) unless the devnet was started in the past already.
  const latest = await chain.begin();
  const end = Math.floor(Date.now() / 1000);
  const start = end - HISTORY_SECONDS;
  if (latest >= start) await chain.setTime(start);

  const agenda = new Agenda();
  const world = new World({ chain, agenda, abis, contracts, rng: createRng(SEED), start, end, log });
  await world.load();
  const market = new Market(world);
  await market.load();

  // The proofs the market will verify are computed locally: check the encoding once.
  const expected = await chain.read(contracts.verifier, abis.devProofVerifierAbi, "testProof", [
    PROOF_CHECK.vk,
    PROOF_CHECK.digest,
  ]);
  if (testProof(PROOF_CHECK.vk, PROOF_CHECK.digest).some((word, i) => word !== expected[i])) {
    throw new Error("Seed: the local test proof differs from DevProofVerifier.testProof.");
  }
  if (contracts.epochRewards && contracts.brevisProof) {
    const output = keccak256(stringToHex("check"));
    const vkHash = await chain.read(contracts.epochRewards, abis.epochRewardsAbi, "vkHash", []);
    const accepted = await chain.read(contracts.brevisProof, abis.devBrevisProofAbi, "testProof", [
      keccak256(output),
      vkHash,
    ]);
    if (accepted !== brevisProof(output, vkHash)) {
      throw new Error("Seed: the local rewards proof differs from DevBrevisProof.testProof.");
    }
  }

  // Gas money for every scenario account (the dev account has its own).
  const accounts = [
    ...PROVERS.filter((p) => p.address !== DEV).map((p) => p.address),
    ...PROVERS.flatMap((p) => submittersOf(p)),
    ...STAKER_ACCOUNTS,
    ...MARKET_ACCOUNTS,
    SPONSOR,
  ];
  await chain.setBalances(accounts, GAS_MONEY);

  // The market first: its waves fix the block times the other parts' actions go into.
  market.plan();
  planDev(world, market);
  planProvers(world);
  planStakers(world);
  planStakerMoves(world);
  planEpochs(world);
  planGrants(world);

  let nextReport = start + 5 * DAY;
  await agenda.run(end, async (time) => {
    await chain.mine(time);
    await world.settleStates();
    if (time >= nextReport) {
      log(`Seed: day ${Math.round(world.dayOf(time))} of ${HISTORY_DAYS} (${chain.txCount} transactions)…`);
      nextReport += 5 * DAY;
    }
  });
  await chain.end();

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  log(
    `Seed: ${HISTORY_DAYS} days played in ${seconds} s: ${chain.txCount} transactions in ${chain.blockCount} blocks` +
      (agenda.dropped > 0 ? ` (${agenda.dropped} actions fell after the end of the history)` : ""),
  );
  const t = chain.timing;
  const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
  log(`Seed: time spent sending ${s(t.send)}, mining ${s(t.mine)}, checking ${s(t.check)}, reading ${s(t.read)}`);
  const refusals = Object.entries(chain.refusals).map(([error, count]) => `${error} ${count}`);
  if (refusals.length > 0) log(`Seed: transactions refused as planned: ${refusals.join(", ")}`);
  for (const line of await summarize(world)) log(`Seed: ${line}`);
  const events = Object.entries(chain.eventCounts).sort(([a], [b]) => a.localeCompare(b));
  log(`Seed: events by kind: ${events.map(([kind, count]) => `${kind} ${count}`).join(", ")}`);
}
