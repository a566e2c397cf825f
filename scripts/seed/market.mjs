// The proof market, played through the real sealed-bid auction: requesters post requests
// (escrowing maxFee), provers that can serve them bid a hash during the bidding phase, reveal
// after it, and the winner submits the devnet verifier's test proof before the deadline. Some
// requests draw no bids (refunded after the reveal phase), some winners miss their deadline
// (refunded, and sometimes slashed within the slash window); a winner that is no longer Active
// cannot be paid, so it cannot prove either. Daily volume grows over the month with weekly
// dips, noise, an outage and a burst. One prover has a meltdown: three big jobs missed at once,
// slashed until the slashing-scale floor refuses the third slash. At the end two provers hold
// big concurrent jobs that bind most of their stake, and one has work at risk and overdue.
//
// Requests come in rounds ("waves", six to eight a day): a wave's requests are mined in one
// block, their bids in the next, their reveals after the bidding phase, their proofs in two
// blocks after the reveal phase. That keeps the month to about a thousand blocks (see
// agenda.mjs) while every request still goes through every phase at valid times.
import { encodePacked, keccak256, stringToHex } from "viem";
import { actor, actors, DEV } from "./actors.mjs";
import { PROVERS, proverByKey } from "./provers.mjs";
import { BREV, brev, DAY, HOUR, STATE } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./chain.mjs").Hex} Hex */
/** @typedef {import("./world.mjs").World} World */
/** @typedef {import("./provers.mjs").ProverPlan} ProverPlan */
/** @typedef {import("./rng.mjs").Rng} Rng */

const MINUTE = 60;

/** The programs requesters want proved: each with its verification key and typical fee. */
const CIRCUITS = [
  { name: "zk-coprocessor/uniswap-v4-hooks", weight: 22, fee: 30 },
  { name: "storage-proof/eth-mainnet", weight: 18, fee: 8 },
  { name: "receipt-proof/base", weight: 15, fee: 12 },
  { name: "pico/risc-v-fibonacci", weight: 6, fee: 3 },
  { name: "token-balance/aggregated", weight: 14, fee: 20 },
  { name: "defi-points/tx-history", weight: 12, fee: 45 },
  { name: "zkml/inference-small", weight: 5, fee: 90 },
  { name: "bridge/light-client-sync", weight: 8, fee: 60 },
].map((c) => ({
  ...c,
  vk: keccak256(stringToHex(`provernet-circuit:${c.name}`)),
  imgURL: `ipfs://bafybei${keccak256(stringToHex(`elf:${c.name}`)).slice(2, 54)}/${c.name.split("/")[1]}.elf`,
}));

/** Requesting apps, heaviest first; the dev account sends a few requests of its own. */
const REQUESTERS = [...actors("requester", 13), DEV];
const REQUESTER_WEIGHTS = [30, 18, 12, 9, 7, 6, 5, 4, 3, 2, 2, 1, 1, 0.4];
/** A client running big batch jobs at the end of the month. */
const BATCH_CLIENT = actor("requester", 99);
/** Anyone may refund an expired request or slash its winner: a watchtower bot does much of it. */
const KEEPER = actor("keeper", 0);

/** A request's minStake, in tenths of the controller's minSelfStake (the market's lower bound). */
const MIN_STAKE_TENTHS = [10, 15, 20, 30, 50, 100, 200];
const MIN_STAKE_WEIGHTS = [34, 18, 16, 13, 11, 6, 2];
/** The three jobs of the meltdown and the slashes that follow them, hours after the wave. */
const MELTDOWN_JOBS = 3;
const MELTDOWN_SLASH_HOURS = [8, 11, 14];
const WINDOWS = [30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR];
const WINDOW_WEIGHTS = [15, 30, 30, 15, 10];
/** Requests per hour of the day (counted from the start of the history): quiet nights, busy afternoons. */
const DIURNAL = [5, 4, 3, 3, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 15, 14, 13, 12, 11, 10, 9, 7, 6];

/** Every scenario account that may request proofs (they need BREV and gas). */
export const MARKET_ACCOUNTS = [...REQUESTERS.filter((a) => a !== DEV), BATCH_CLIENT, KEEPER];

/**
 * @typedef {object} Bid
 * @property {bigint} fee
 * @property {bigint} nonce
 * @property {Address} sender the prover or one of its submitters
 */

/**
 * @typedef {object} Request
 * @property {Hex} id
 * @property {Address} requester
 * @property {Hex} vk
 * @property {Hex} digest
 * @property {bigint} maxFee
 * @property {bigint} minStake
 * @property {number} deadline
 * @property {number} createdAt block time of requestProof
 * @property {Address | undefined} only set for a job only one prover bids on
 * @property {boolean} unattractive nobody bids
 * @property {boolean} hold the winner proves only near the deadline, after the end of the history
 * @property {boolean} abandon the winner never proves, nobody refunds before the end
 * @property {number | undefined} meltdown which of the meltdown's jobs it is: missed, refunded, slashed
 * @property {Wave} wave
 * @property {Map<Address, Bid>} bids
 * @property {Address | undefined} winner
 * @property {bigint} winnerFee
 */

/**
 * One round of requests and the block times of its phases.
 * @typedef {object} Wave
 * @property {number} at the requests
 * @property {number} bidAt the bids (bidding phase)
 * @property {number} revealAt the reveals (reveal phase)
 * @property {number} proveAt settlement: most proofs, and refunds of requests nobody won
 * @property {number} lateProveAt the slower provers' proofs
 */

/**
 * @typedef {object} RequestSpec
 * @property {Address} requester
 * @property {Address} [only]
 * @property {bigint} [minStake]
 * @property {bigint} [maxFee]
 * @property {number} [window] seconds from the end of the reveal phase to the deadline
 * @property {boolean} [unattractive]
 * @property {boolean} [hold] a long job: the winner is still proving when the history ends
 * @property {boolean} [abandon] the winner never proves and nobody has refunded it yet: overdue at the end
 * @property {number} [meltdown] one of the meltdown's jobs (its index)
 */

/**
 * The one proof the devnet verifier accepts for (vk, digest): DevProofVerifier.testProof.
 * @param {Hex} vk
 * @param {Hex} digest
 */
export function testProof(vk, digest) {
  return /** @type {readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint]} */ (
    /** @type {unknown} */ (
      Array.from({ length: 8 }, (_, i) =>
        BigInt(
          keccak256(encodePacked(["string", "bytes32", "bytes32", "uint8"], ["provernet-devnet-proof", vk, digest, i])),
        ),
      )
    )
  );
}

/** A fixed request the run checks the local proof encoding against, before playing anything. */
export const PROOF_CHECK = {
  vk: /** @type {Hex} */ (CIRCUITS[0]?.vk ?? "0x"),
  digest: keccak256(stringToHex("check")),
};

export class Market {
  /** @param {World} world */
  constructor(world) {
    this.world = world;
    this.rng = world.rng.fork("market");
    /** @type {Map<Address, bigint>} BREV minted to each requester so far */
    this.funded = new Map();
    /** @type {Map<Address, bigint>} BREV each requester has escrowed so far (refunds not counted) */
    this.spent = new Map();
    /** @type {Map<Address, number>} forced misses used, per prover */
    this.forcedUsed = new Map();
    this.minMaxFee = BREV;
    this.slashBps = 5000n;
    this.slashWindow = 7 * DAY;
    this.biddingPhase = 5 * MINUTE;
    this.revealPhase = 5 * MINUTE;
    /** When the market's first stats epoch began (at its deployment). */
    this.firstStatsEpochStart = 0;
  }

  /** Reads the market parameters the scenario must respect. */
  async load() {
    const { chain, abis, contracts } = this.world;
    const names = [
      "minMaxFee",
      "slashBps",
      "slashWindow",
      "overcommitBps",
      "biddingPhaseDuration",
      "revealPhaseDuration",
    ];
    const values = /** @type {bigint[]} */ (
      await chain.readMany(
        names.map((functionName) => ({ to: contracts.market, abi: abis.brevisMarketAbi, functionName, args: [] })),
      )
    );
    const [minMaxFee, slashBps, slashWindow, overcommitBps, bidding, reveal] = values;
    if (bidding === undefined || reveal === undefined || slashWindow === undefined) {
      throw new Error("Seed: could not read the market parameters.");
    }
    const [firstStatsEpochStart] = await chain.read(contracts.market, abis.brevisMarketAbi, "statsEpochs", [0n]);
    this.firstStatsEpochStart = Number(firstStatsEpochStart);
    this.minMaxFee = minMaxFee ?? BREV;
    this.slashBps = slashBps ?? 5000n;
    this.slashWindow = Number(slashWindow);
    this.world.overcommitBps = overcommitBps ?? 10_000n;
    this.biddingPhase = Number(bidding);
    this.revealPhase = Number(reveal);
    // Every request's deadline leaves at least 30 minutes after the reveal phase; proofs come
    // within 26 minutes of it.
    if (this.biddingPhase < 2 * MINUTE || this.revealPhase < 2 * MINUTE) {
      throw new Error("Seed: the scenario expects bidding and reveal phases of at least 2 minutes.");
    }
  }

  /**
   * The block times of a wave starting at `at`, with some spread so that waves differ.
   * @param {number} at
   */
  waveAt(at) {
    const { rng } = this;
    const revealEnd = at + this.biddingPhase + this.revealPhase;
    return {
      at,
      bidAt: at + Math.floor(this.biddingPhase * rng.float(0.05, 0.7)),
      revealAt: at + this.biddingPhase + Math.floor(this.revealPhase * rng.float(0.1, 0.8)),
      proveAt: revealEnd + rng.int(2, 12) * MINUTE,
      lateProveAt: revealEnd + rng.int(14, 26) * MINUTE,
    };
  }

  /**
   * Puts a wave of requests on the agenda and declares its block times as anchors.
   * @param {number} at
   * @param {RequestSpec[] | (() => Promise<RequestSpec[]>)} specs fixed, or worked out when the wave comes
   */
  addWave(at, specs) {
    const { world } = this;
    const wave = this.waveAt(at);
    world.agenda.anchor([wave.at, wave.bidAt, wave.revealAt, wave.proveAt, wave.lateProveAt]);
    world.agenda.at(wave.at, async () => {
      for (const spec of typeof specs === "function" ? await specs() : specs) this.request(wave, spec);
    });
  }

  /** Puts the month's waves of requests, the stats epochs and the end-of-month batch jobs on the agenda. */
  plan() {
    const { world, rng } = this;
    dailyVolumes(rng).forEach((count, d) => {
      const waves = rng.int(6, 8);
      const segment = DAY / waves;
      const times = Array.from(
        { length: waves },
        (_, k) => world.day(d) + Math.floor(k * segment) + rng.int(0, Math.floor(segment - 45 * MINUTE)),
      );
      // Busy afternoons get bigger waves; on day 17 a client's batch job lands in the afternoon.
      const weights = times.map((t) => {
        const hour = Math.floor(((t - world.start) % DAY) / HOUR);
        const burst = d === 17 && hour >= 12 && hour < 18 ? 8 : 1;
        return (DIURNAL[hour] ?? 1) * rng.lognormal(1, 0.3) * burst;
      });
      /** @type {RequestSpec[][]} */
      const specs = times.map(() => []);
      for (let i = 0; i < count; i++) {
        const w = rng.weighted([...times.keys()], weights);
        const requester = rng.weighted(REQUESTERS, REQUESTER_WEIGHTS);
        specs[w]?.push({ requester, unattractive: rng.chance(0.03) });
      }
      times.forEach((t, w) => {
        const wave = specs[w] ?? [];
        if (wave.length > 0) this.addWave(t, wave);
      });
    });

    // The market's "recent" stats follow the weekly reward epochs: the epoch updater schedules
    // each week's stats epoch a day ahead (the first at once), and the one after the history
    // shortly before it ends.
    for (let week = 0; world.day(week * 7) < world.end + 7 * DAY; week++) {
      const startAt = world.day(week * 7);
      if (startAt <= this.firstStatsEpochStart) continue;
      const scheduleAt = week === 0 ? startAt : Math.min(startAt - DAY, world.end - 6 * HOUR);
      world.agenda.soon(scheduleAt, () => {
        world.chain.write(
          DEV,
          world.contracts.market,
          world.abis.brevisMarketAbi,
          "scheduleStatsEpoch",
          [BigInt(startAt)],
          { label: `scheduleStatsEpoch week ${week}` },
        );
      });
    }

    for (const plan of PROVERS) {
      if (plan.meltdownDay !== undefined) this.planMeltdown(plan, plan.meltdownDay);
    }
    for (const plan of PROVERS.filter((p) => p.bindAtEnd)) {
      this.addWave(world.end - 150 * MINUTE, () => this.bindingJobs(plan));
    }
    // Mosaic went quiet at the end: one job's deadline passed an hour ago and nobody has
    // refunded it (overdue), another's deadline is under an hour after the end (at risk).
    const mosaic = proverByKey("mosaic").address;
    const requester = /** @type {Address} */ (REQUESTERS[2]);
    this.addWave(world.end - 100 * MINUTE, [
      { requester, only: mosaic, minStake: world.minSelfStake, window: 30 * MINUTE, abandon: true },
    ]);
    this.addWave(world.end - 70 * MINUTE, [
      { requester, only: mosaic, minStake: world.minSelfStake, window: 115 * MINUTE, hold: true },
    ]);
  }

  /**
   * A prover's meltdown: a client hands it three big jobs at once (the market's overcommit
   * lets it hold them all), it misses every deadline, and the keeper slashes one after the
   * other. The first slash takes about 40 % of the stake, the second is capped at maxSlashBps
   * and leaves the slashing scale below the deactivation scale (the prover is deactivated), and
   * the third would take the scale below the floor: the controller refuses it.
   * @param {ProverPlan} plan
   * @param {number} day
   */
  planMeltdown(plan, day) {
    const { world } = this;
    this.addWave(world.day(day), async () => {
      if (!world.isActive(plan.address)) return [];
      const assets = await world.assets(plan.address);
      const minStake = ((assets * 80n) / 100n / (100n * BREV)) * 100n * BREV;
      if (minStake < world.minSelfStake) return [];
      return Array.from({ length: MELTDOWN_JOBS }, (_, i) => ({
        requester: /** @type {Address} */ (REQUESTERS[1]),
        only: plan.address,
        minStake,
        maxFee: brev(120),
        window: 2 * HOUR,
        meltdown: i,
      }));
    });
  }

  /**
   * Until when a prover bids on ordinary requests: a retiring prover winds down the day before
   * it leaves; the provers taking the final batch jobs keep their capacity free for them.
   * @param {ProverPlan} plan
   */
  biddingEnds(plan) {
    if (plan.bindAtEnd) return this.world.end - 4 * HOUR;
    if (plan.fate?.kind === "retired") return this.world.day(plan.fate.day - 1);
    return Number.POSITIVE_INFINITY;
  }

  /**
   * Gives the requester BREV (minting: it buys some) when its escrow would run dry.
   * @param {Address} requester
   * @param {bigint} amount
   */
  fund(requester, amount) {
    const { world } = this;
    world.approve(requester, world.contracts.brev, world.contracts.market);
    if (requester === DEV) return;
    const spent = (this.spent.get(requester) ?? 0n) + amount;
    this.spent.set(requester, spent);
    const funded = this.funded.get(requester) ?? 0n;
    if (spent > funded) {
      const topUp = amount + brev(requester === BATCH_CLIENT ? 5_000 : 20_000);
      world.mint(requester, topUp);
      this.funded.set(requester, funded + topUp);
    }
  }

  /**
   * Posts a proof request in the wave's first block and, once it is mined, plans its auction.
   * @param {Wave} wave
   * @param {RequestSpec} spec
   */
  request(wave, spec) {
    const { world, rng } = this;
    const circuit = rng.weighted(
      CIRCUITS,
      CIRCUITS.map((c) => c.weight),
    );
    const maxFee =
      spec.maxFee ??
      bigMax(this.minMaxFee, brev(Math.round(Math.max(1.2, rng.lognormal(circuit.fee, 0.5)) * 100) / 100));
    const minStake =
      spec.minStake ?? (world.minSelfStake * BigInt(rng.weighted(MIN_STAKE_TENTHS, MIN_STAKE_WEIGHTS))) / 10n;
    const window = spec.window ?? rng.weighted(WINDOWS, WINDOW_WEIGHTS);
    // The deadline counts from the end of the reveal phase.
    const deadline = wave.at + this.biddingPhase + this.revealPhase + window;
    const nonce = BigInt(rng.int(1, 2 ** 30)) * 2n ** 20n + BigInt(rng.int(0, 2 ** 20 - 1));
    const digest = rng.hex(32);
    const inline = rng.chance(0.7);
    const inputData = inline ? rng.hex(rng.int(4, 96)) : "0x";
    const inputURL = inline ? "" : `ipfs://bafkrei${rng.hex(26).slice(2)}`;
    const id = keccak256(encodePacked(["uint64", "bytes32", "bytes32"], [nonce, circuit.vk, digest]));

    /** @type {Request} */
    const request = {
      id,
      requester: spec.requester,
      vk: circuit.vk,
      digest,
      maxFee,
      minStake,
      deadline,
      createdAt: 0,
      only: spec.only,
      unattractive: spec.unattractive ?? false,
      hold: spec.hold ?? false,
      abandon: spec.abandon ?? false,
      meltdown: spec.meltdown,
      wave,
      bids: new Map(),
      winner: undefined,
      winnerFee: 0n,
    };
    this.fund(spec.requester, maxFee);
    world.chain.write(
      spec.requester,
      world.contracts.market,
      world.abis.brevisMarketAbi,
      "requestProof",
      [
        {
          nonce,
          vk: circuit.vk,
          publicValuesDigest: digest,
          imgURL: circuit.imgURL,
          inputData,
          inputURL,
          // The devnet's verifier is registered as version 0, as Base's is.
          version: 0,
          fee: { maxFee, minStake, deadline: BigInt(deadline) },
        },
      ],
      { label: `requestProof ${id}`, gas: 900_000n, onMined: (time) => this.open(request, time) },
    );
    world.stats.requests++;
  }

  /**
   * The auction of a mined request: who bids, who reveals, then the settlement.
   * @param {Request} request
   * @param {number} createdAt
   */
  open(request, createdAt) {
    const { world, rng } = this;
    const wave = request.wave;
    request.createdAt = createdAt;
    for (const plan of PROVERS) {
      if (request.unattractive) break;
      if (request.only !== undefined && request.only !== plan.address) continue;
      if (!world.isActive(plan.address)) continue;
      if (request.only === undefined && (createdAt >= this.biddingEnds(plan) || !rng.chance(plan.activity))) continue;
      const price = Math.min(0.97, plan.price * rng.float(0.8, 1.2));
      // Fees in micro-BREV plus the prover's index in wei: no two bids tie.
      const fee = (request.maxFee * BigInt(Math.round(price * 1e6))) / 1_000_000n + BigInt(PROVERS.indexOf(plan) + 1);
      const nonce = BigInt(rng.hex(16));
      const forgets = request.only === undefined && rng.chance(0.03);
      world.agenda.at(wave.bidAt, () => this.bid(request, plan, fee, nonce));
      if (!forgets) world.agenda.at(wave.revealAt, () => this.reveal(request, plan));
    }
    // Nobody bid: the requester may take its fee back as soon as bidding ends.
    world.agenda.at(wave.revealAt, () => {
      if (request.bids.size === 0) this.refund(request, "noBid");
    });
    world.agenda.at(wave.proveAt, () => this.settle(request));
  }

  /**
   * A prover acts through itself or, when it has registered some, one of its submitters.
   * @param {ProverPlan} plan
   */
  sender(plan) {
    const submitters = this.world.prover(plan.address).submitters;
    if (submitters.length === 0 || this.rng.chance(0.25)) return plan.address;
    return this.rng.pick(submitters);
  }

  /**
   * @param {Request} request
   * @param {ProverPlan} plan
   * @param {bigint} fee
   * @param {bigint} nonce
   */
  async bid(request, plan, fee, nonce) {
    const { world } = this;
    if (!(await world.eligible(plan.address, request.minStake))) return;
    const sender = this.sender(plan);
    const bidHash = keccak256(
      encodePacked(["bytes32", "address", "uint256", "uint256"], [request.id, plan.address, fee, nonce]),
    );
    world.chain.write(sender, world.contracts.market, world.abis.brevisMarketAbi, "bid", [request.id, bidHash], {
      label: `bid ${plan.key} on ${request.id}`,
      gas: 300_000n,
    });
    request.bids.set(plan.address, { fee, nonce, sender });
    world.stats.bids++;
  }

  /**
   * Reveals a bid if the prover can still take the job; the model follows the market's rule:
   * the lowest fee wins and holds the request's minStake as assigned stake.
   * @param {Request} request
   * @param {ProverPlan} plan
   */
  async reveal(request, plan) {
    const { world } = this;
    const bid = request.bids.get(plan.address);
    if (!bid) return;
    if (!(await world.eligible(plan.address, request.minStake))) return;
    world.chain.write(
      this.sender(plan),
      world.contracts.market,
      world.abis.brevisMarketAbi,
      "reveal",
      [request.id, bid.fee, bid.nonce],
      { label: `reveal ${plan.key} on ${request.id}`, gas: 400_000n },
    );
    world.stats.reveals++;
    if (request.winner === undefined || bid.fee < request.winnerFee) {
      if (request.winner !== undefined) this.release(request);
      request.winner = plan.address;
      request.winnerFee = bid.fee;
      world.assigned.set(plan.address, world.assignedStake(plan.address) + request.minStake);
    }
  }

  /** @param {Request} request */
  release(request) {
    if (request.winner === undefined) return;
    const world = this.world;
    world.assigned.set(request.winner, world.assignedStake(request.winner) - request.minStake);
  }

  /**
   * After the reveal phase: nobody won → refund; otherwise the winner proves (now or a little
   * later), or misses the deadline and the request is refunded, and perhaps slashed, after it.
   * @param {Request} request
   */
  settle(request) {
    const { world, rng } = this;
    const winner = request.winner;
    if (winner === undefined) {
      // Bids came but none was revealed: refundable once the reveal phase is over.
      if (request.bids.size > 0) this.refund(request, "noReveal");
      return;
    }
    const plan = /** @type {ProverPlan} */ (PROVERS.find((p) => p.address === winner));
    if (request.abandon) return;
    if (request.meltdown !== undefined) {
      const i = request.meltdown;
      world.agenda.soon(request.deadline + (10 + 5 * i) * MINUTE, () => this.refund(request, "missed"));
      const slashAt = request.wave.at + (MELTDOWN_SLASH_HOURS[i] ?? 0) * HOUR;
      world.agenda.soon(slashAt, () => this.slash(request, true, true));
      return;
    }
    const used = this.forcedUsed.get(winner) ?? 0;
    const forcedDay = plan.forcedMisses[used];
    const forced = forcedDay !== undefined && world.dayOf(request.createdAt) >= forcedDay;
    if (forced) this.forcedUsed.set(winner, used + 1);
    if (forced || rng.chance(plan.missRate)) {
      const slash = forced || rng.chance(0.5);
      world.agenda.soon(request.deadline + rng.int(10, 600) * MINUTE, () => {
        this.refund(request, "missed");
        if (slash)
          world.agenda.soon(world.agenda.current + rng.int(30, 48 * 60) * MINUTE, () => this.slash(request, forced));
      });
      return;
    }
    if (request.hold) world.agenda.at(request.deadline - 20 * MINUTE, () => this.submit(request, plan));
    else if (rng.chance(0.6)) this.submit(request, plan);
    else world.agenda.at(request.wave.lateProveAt, () => this.submit(request, plan));
  }

  /**
   * @param {Request} request
   * @param {ProverPlan} plan
   */
  submit(request, plan) {
    const { world, rng } = this;
    // The market pays the winner through addRewards, which only an Active prover may receive:
    // a winner deactivated or jailed since it won cannot prove, and the job runs out.
    if (!world.isActive(plan.address)) {
      world.agenda.soon(request.deadline + rng.int(10, 600) * MINUTE, () => this.refund(request, "missed"));
      return;
    }
    world.chain.write(
      this.sender(plan),
      world.contracts.market,
      world.abis.brevisMarketAbi,
      "submitProof",
      [request.id, testProof(request.vk, request.digest)],
      { label: `submitProof ${plan.key} on ${request.id}`, gas: 900_000n },
    );
    this.release(request);
    world.stats.fulfilled++;
    world.recordWork(world.agenda.current, plan.address);
  }

  /**
   * Refunds a request by one of the market's three cases: nobody bid (after bidding), nobody
   * revealed (after the reveal phase), or the winner missed its deadline.
   * @param {Request} request
   * @param {"noBid" | "noReveal" | "missed"} reason
   */
  refund(request, reason) {
    const { world, rng } = this;
    const by = rng.chance(0.7) ? request.requester : KEEPER;
    world.chain.write(by, world.contracts.market, world.abis.brevisMarketAbi, "refund", [request.id], {
      label: `refund ${request.id}`,
      gas: 300_000n,
    });
    this.release(request);
    world.stats.refunds[reason]++;
  }

  /**
   * Slashes the winner of a refunded request: the market asks the controller for minStake ×
   * slashBps / 10000. A random slash is skipped when it would take more than 5 % of the vault
   * (it could deactivate the prover, which the scenario decides explicitly instead), when the
   * window has closed, or when the controller would refuse it; only the meltdown's last slash
   * is sent to be refused. One slash per prover and block, so each reads the previous one's result.
   * @param {Request} request
   * @param {boolean} forced
   * @param {boolean} [refusalExpected]
   */
  async slash(request, forced, refusalExpected = false) {
    const { world } = this;
    if (world.agenda.current > request.deadline + this.slashWindow) return;
    const winner = /** @type {Address} */ (request.winner);
    const block = world.block();
    if (block.slashed.has(winner)) {
      world.agenda.soon(world.agenda.current + HOUR, () => this.slash(request, forced, refusalExpected));
      return;
    }
    const amount = (request.minStake * this.slashBps) / 10_000n;
    const assets = await world.assets(winner);
    if (!forced && amount * 20n > assets) return;
    const outcome = await world.predictSlash(winner, amount);
    if (outcome.refused) {
      if (!refusalExpected) return;
      const refusal = await world.chain.refusal(KEEPER, world.contracts.market, world.abis.brevisMarketAbi, "slash", [
        request.id,
      ]);
      if (refusal !== "ControllerSlashTooHigh") {
        throw new Error(`Seed: the meltdown's last slash should meet the scale floor, not ${refusal ?? "succeed"}.`);
      }
      world.chain.write(KEEPER, world.contracts.market, world.abis.brevisMarketAbi, "slash", [request.id], {
        label: `slash ${request.id} (refused by the slashing-scale floor)`,
        gas: 500_000n,
        expectRevert: "ControllerSlashTooHigh",
      });
      world.story.refusedSlash = { prover: winner, reqid: request.id };
      return;
    }
    world.chain.write(KEEPER, world.contracts.market, world.abis.brevisMarketAbi, "slash", [request.id], {
      label: `slash ${request.id}`,
      gas: 500_000n,
    });
    block.slashed.add(winner);
    // The vault loses at most the amount asked (it is a share of vault plus pending unstakes).
    await world.noteOutflow(winner, amount + 1n);
    if (outcome.deactivates) world.prover(winner).state = STATE.DEACTIVATED;
    world.stateUnsure.add(winner);
    world.stats.slashed++;
  }

  /**
   * End of the month: a batch client gives the prover several big jobs at once, each needing a
   * large minStake, with deadlines after the end of the history, so most of the prover's vault
   * is bound (assignedStake close to its assets) on the dashboard.
   * @param {ProverPlan} plan
   * @returns {Promise<RequestSpec[]>}
   */
  async bindingJobs(plan) {
    const { world, rng } = this;
    if (!world.isActive(plan.address)) return [];
    const assets = await world.assets(plan.address);
    const free = (assets * 93n) / 100n - world.assignedStake(plan.address);
    const jobs = 5;
    const chunk = (free / BigInt(jobs) / (100n * BREV)) * 100n * BREV;
    if (chunk < world.minSelfStake) return [];
    return Array.from({ length: jobs }, () => ({
      requester: BATCH_CLIENT,
      only: plan.address,
      minStake: chunk,
      maxFee: brev(rng.int(150, 400)),
      window: rng.int(4 * 60, 20 * 60) * MINUTE,
      hold: true,
    }));
  }
}

/**
 * Requests per day: a growing trend, quieter weekends, noise, an outage (day 9) and a burst
 * (day 17).
 * @param {Rng} rng
 */
function dailyVolumes(rng) {
  return Array.from({ length: 30 }, (_, d) => {
    const trend = 34 + 50 * (d / 29) ** 1.1;
    const weekend = [5, 6].includes((d + 2) % 7) ? 0.72 : 1;
    const event = d === 9 ? 0.45 : d === 17 ? 1.7 : d === 25 ? 1.25 : 1;
    return Math.round(trend * weekend * event * rng.lognormal(1, 0.15));
  });
}

/**
 * The larger of two bigints (Math.max takes numbers only).
 * @param {bigint} a
 * @param {bigint} b
 */
function bigMax(a, b) {
  if (a >= b) return a;
  return b;
}
