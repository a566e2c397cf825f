import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proverReward, secondPrice, winsAuction } from "./auction";
import { bidFee } from "./bid-fee";
import { type PastAuction, type SimulationInput, simulateBids } from "./simulate";

const VK = `0x${"ab".repeat(32)}`;
const OTHER_VK = `0x${"cd".repeat(32)}`;
const ME = "0x1111111111111111111111111111111111111111";
const RIVAL = "0x2222222222222222222222222222222222222222";
const THIRD = "0x3333333333333333333333333333333333333333";
const PHASES = { bidding: 300n, reveal: 600n };
const OPEN_RULE = { max_fee: "1000000000000000000000", prove_min_duration: "0", vk_whitelist: [], vk_blacklist: [] };

const auction = (patch: Partial<PastAuction>): PastAuction => ({
  vk: VK,
  createdAt: 1_000n,
  deadline: 1_000n + 3_600n,
  maxFee: 10n ** 18n,
  minStake: 10n ** 18n,
  reveals: [],
  ...patch,
});

/** 10^6 cycles at this price bid exactly `fee` wei. */
const priceFor = (fee: bigint) => fee * 10n ** 6n;

const input = (patch: Partial<SimulationInput>): SimulationInput => ({
  rule: null,
  proverGasPrice: priceFor(100n),
  cycles: 10n ** 6n,
  prover: ME,
  vaultAssets: null,
  protocolFeeBps: 500n,
  phases: PHASES,
  auctions: [],
  ...patch,
});

describe("the auction rules", () => {
  it("wins strictly below every other reveal and within the request's cap", () => {
    expect(winsAuction(5n, 10n, [6n, 9n])).toBe(true);
    expect(winsAuction(6n, 10n, [6n])).toBe(false);
    expect(winsAuction(11n, 10n, [])).toBe(false);
    expect(winsAuction(10n, 10n, [])).toBe(true);
  });

  it("pays the lowest other reveal, or the bid itself when alone", () => {
    expect(secondPrice(5n, [9n, 7n, 8n])).toBe(7n);
    expect(secondPrice(5n, [])).toBe(5n);
  });

  it("keeps the protocol fee, rounded down, out of the payment", () => {
    expect(proverReward(1_000n, 500n)).toBe(950n);
    expect(proverReward(19n, 500n)).toBe(19n);
    expect(proverReward(1_000n, 0n)).toBe(1_000n);
    expect(proverReward(1_000n, 10_000n)).toBe(0n);
  });
});

describe("simulateBids", () => {
  it("bids cycles × price / 10^12 and earns the second price less the protocol fee", () => {
    const result = simulateBids(
      input({
        auctions: [
          auction({ reveals: [{ prover: RIVAL, fee: 300n }] }),
          auction({
            reveals: [
              { prover: RIVAL, fee: 250n },
              { prover: THIRD, fee: 200n },
            ],
          }),
          auction({ reveals: [{ prover: RIVAL, fee: 100n }] }),
          auction({ reveals: [] }),
        ],
      }),
    );
    // Wins 300 → 285, 200 → 190, loses the tie at 100, alone pays its own 100 → 95.
    expect(result).toMatchObject({ considered: 4, bid: 100n, won: 3, earned: 285n + 190n + 95n });
  });

  it("replaces the prover's own reveals with the simulated bid", () => {
    const own = auction({
      reveals: [
        { prover: ME.toUpperCase().replace("0X", "0x"), fee: 50n },
        { prover: RIVAL, fee: 400n },
      ],
    });
    expect(simulateBids(input({ auctions: [own] }))).toMatchObject({ won: 1, earned: 380n });
  });

  it("counts the rule's skips in the bidder's order, one reason per request", () => {
    const rule = { ...OPEN_RULE, prove_min_duration: "2700", vk_blacklist: [OTHER_VK], max_fee: "99" };
    const result = simulateBids(
      input({
        rule,
        auctions: [
          auction({ deadline: 1_000n + 900n + 2_699n, vk: OTHER_VK }),
          auction({ vk: OTHER_VK.toUpperCase().replace("0X", "") }),
          auction({}),
          auction({ deadline: 1_000n + 900n + 2_700n }),
        ],
      }),
    );
    expect(result.skipped).toEqual({ proveMinDuration: 1, vkList: 1, maxFee: 2, minStake: 0, requestMaxFee: 0 });
    expect(result.won).toBe(0);
  });

  it("skips what the whitelist leaves out, and nothing when it is empty", () => {
    const listedElsewhere = { ...OPEN_RULE, vk_whitelist: [OTHER_VK] };
    expect(simulateBids(input({ rule: listedElsewhere, auctions: [auction({})] })).skipped.vkList).toBe(1);
    expect(simulateBids(input({ rule: OPEN_RULE, auctions: [auction({})] })).won).toBe(1);
  });

  it("applies no rule when there is none, but the market still refuses a bid over the request's cap", () => {
    const result = simulateBids(input({ auctions: [auction({ maxFee: 99n }), auction({ deadline: 1_001n })] }));
    expect(result.skipped).toEqual({ proveMinDuration: 0, vkList: 0, maxFee: 0, minStake: 0, requestMaxFee: 1 });
    expect(result.won).toBe(1);
  });

  it("counts the bids the market would refuse for want of stake, when the stake is known", () => {
    const auctions = [
      auction({ minStake: 100n }),
      auction({ minStake: 101n }),
      auction({ minStake: 101n, maxFee: 1n }),
    ];
    expect(simulateBids(input({ vaultAssets: 100n, auctions }))).toMatchObject({
      won: 1,
      skipped: { minStake: 2, requestMaxFee: 0 },
    });
    expect(simulateBids(input({ vaultAssets: null, auctions })).skipped).toMatchObject({
      minStake: 0,
      requestMaxFee: 1,
    });
  });

  it("finds the highest price winning half the auctions", () => {
    const auctions = [300n, 200n, 150n, 120n].map((fee) => auction({ reveals: [{ prover: RIVAL, fee }] }));
    // Half of four is two: a bid of 149 wins 300 and 200 and 150; 199 wins 300 and 200; 200 only 300.
    expect(simulateBids(input({ auctions })).halfWinPrice).toBe(priceFor(199n) + 999_999n);
  });

  it("has no half-win price when not even a 1-wei bid wins half", () => {
    const auctions = [auction({ reveals: [{ prover: RIVAL, fee: 1n }] }), auction({})];
    expect(simulateBids(input({ auctions: [auctions[0] as PastAuction] })).halfWinPrice).toBeNull();
    expect(simulateBids(input({ auctions })).halfWinPrice).not.toBeNull();
    expect(simulateBids(input({ auctions: [] })).halfWinPrice).toBeNull();
  });

  it("refuses zero cycles", () => {
    expect(() => simulateBids(input({ cycles: 0n }))).toThrow("at least 1");
  });
});

const prover = fc.constantFrom(ME, RIVAL, THIRD);
// The market takes no reveal above the request's maxFee.
const arbitraryAuction = fc.bigInt({ min: 1n, max: 10n ** 6n }).chain((maxFee) =>
  fc.record({
    vk: fc.constantFrom(VK, OTHER_VK),
    createdAt: fc.bigInt({ min: 0n, max: 10_000n }),
    deadline: fc.bigInt({ min: 0n, max: 20_000n }),
    maxFee: fc.constant(maxFee),
    minStake: fc.bigInt({ min: 0n, max: 1_000n }),
    reveals: fc.array(fc.record({ prover, fee: fc.bigInt({ min: 1n, max: maxFee }) }), { maxLength: 4 }),
  }),
);
const arbitraryRule = fc.option(
  fc.record({
    max_fee: fc.bigInt({ min: 0n, max: 10n ** 6n }).map(String),
    prove_min_duration: fc.bigInt({ min: 0n, max: 5_000n }).map(String),
    vk_whitelist: fc.subarray([VK, OTHER_VK]),
    vk_blacklist: fc.subarray([VK, OTHER_VK]),
  }),
);
const arbitraryInput = fc.record({
  rule: arbitraryRule,
  proverGasPrice: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  cycles: fc.bigInt({ min: 1n, max: 10n ** 9n }),
  prover,
  vaultAssets: fc.option(fc.bigInt({ min: 0n, max: 1_000n })),
  protocolFeeBps: fc.bigInt({ min: 0n, max: 10_000n }),
  phases: fc.record({ bidding: fc.bigInt({ min: 0n, max: 1_000n }), reveal: fc.bigInt({ min: 0n, max: 1_000n }) }),
  auctions: fc.array(arbitraryAuction, { maxLength: 12 }),
});

describe("simulateBids, for any market", () => {
  it("accounts for every auction once: won, lost or skipped", () => {
    fc.assert(
      fc.property(arbitraryInput, (value) => {
        const result = simulateBids(value);
        const skipped = Object.values(result.skipped).reduce((sum, count) => sum + count, 0);
        expect(result.considered).toBe(value.auctions.length);
        expect(result.won + skipped).toBeLessThanOrEqual(result.considered);
        expect(result.bid).toBe(bidFee(value.cycles, value.proverGasPrice));
      }),
    );
  });

  it("wins no more at a higher price", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.bigInt({ min: 0n, max: 10n ** 12n }), (value, raise) => {
        const higher = { ...value, proverGasPrice: value.proverGasPrice + raise };
        expect(simulateBids(higher).won).toBeLessThanOrEqual(simulateBids(value).won);
      }),
    );
  });

  it("earns at least the bid less the protocol fee per win, and never more than the requests' caps", () => {
    fc.assert(
      fc.property(arbitraryInput, (value) => {
        const result = simulateBids(value);
        const caps = value.auctions.reduce((sum, { maxFee }) => sum + maxFee, 0n);
        expect(result.earned).toBeGreaterThanOrEqual(
          BigInt(result.won) * proverReward(result.bid, value.protocolFeeBps),
        );
        expect(result.earned).toBeLessThanOrEqual(caps);
      }),
    );
  });

  it("gives a half-win price that wins at least half, one wei of price more winning fewer", () => {
    fc.assert(
      fc.property(arbitraryInput, (value) => {
        const { halfWinPrice, considered } = simulateBids(value);
        const need = Math.ceil(considered / 2);
        if (halfWinPrice === null) {
          expect(need === 0 || simulateBids({ ...value, proverGasPrice: 0n }).won < need).toBe(true);
          return;
        }
        expect(simulateBids({ ...value, proverGasPrice: halfWinPrice }).won).toBeGreaterThanOrEqual(need);
        expect(simulateBids({ ...value, proverGasPrice: halfWinPrice + 1n }).won).toBeLessThan(need);
      }),
    );
  });

  it("ignores the prover's own reveals", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.bigInt({ min: 1n, max: 10n ** 6n }), (value, fee) => {
        const withOwn = value.auctions.map((past) => ({
          ...past,
          reveals: [...past.reveals, { prover: value.prover, fee }],
        }));
        expect(simulateBids({ ...value, auctions: withOwn })).toEqual(simulateBids(value));
      }),
    );
  });
});
