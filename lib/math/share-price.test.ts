import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";
import {
  assetDecimals,
  convertToAssets,
  oneShare,
  type ShareUnits,
  sharePrice,
  sharesForAssets,
  shareUnits,
} from "./share-price";

const E18 = 10n ** 18n;
const E21 = 10n ** 21n;

/** ProverNet's vaults on Base: 18-decimal shares over 18-decimal BREV, no offset. */
const BASE = shareUnits(18, 18);
/** An OpenZeppelin vault with decimals offset 3 (our old devnet vaults). */
const OFFSET_3 = shareUnits(21, 18);
/** A 6-decimal asset (USDC-like) under shares with offset 2. */
const SIX_PLUS_TWO = shareUnits(8, 6);

describe("shareUnits", () => {
  it("keeps what the chain said", () => {
    expect(BASE).toEqual({ shareDecimals: 18, decimalsOffset: 0 });
    expect(OFFSET_3).toEqual({ shareDecimals: 21, decimalsOffset: 3 });
    expect(assetDecimals(SIX_PLUS_TWO)).toBe(6);
    expect(oneShare(BASE)).toBe(E18);
    expect(oneShare(OFFSET_3)).toBe(E21);
    expect(oneShare(SIX_PLUS_TWO)).toBe(100_000_000n);
  });

  it("refuses decimals no ERC-4626 vault can have", () => {
    expect(() => shareUnits(17, 18)).toThrow("cannot have fewer decimals than its asset");
    expect(() => shareUnits(18.5, 18)).toThrow(RangeError);
    expect(() => shareUnits(18, -1)).toThrow(RangeError);
  });
});

describe("sharePrice with 18-decimal shares and no offset (Base)", () => {
  it("is one BREV per share in an empty vault", () => {
    // OZ: 1e18 * (0 + 1) / (0 + 10**0) = 1e18.
    expect(sharePrice(0n, 0n, BASE)).toBe(E18);
  });

  it("stays one BREV after a first deposit", () => {
    // Deposit 100e18 into the empty vault: shares = 100e18 * (0 + 1) / (0 + 1) = 100e18.
    // Price: 1e18 * (100e18 + 1) / (100e18 + 1) = 1e18 exactly.
    expect(sharePrice(100n * E18, 100n * E18, BASE)).toBe(E18);
  });

  it("rises with rewards, short of the full 10% by the virtual share's sliver", () => {
    // 1e18 * (110e18 + 1) / (100e18 + 1): 1.1e18 * (1e20 + 1) = 1.1e38 + 1.1e18 exceeds the
    // numerator 1.1e38 + 1e18 by 1e17, so the quotient floors to 1.1e18 − 1.
    expect(sharePrice(110n * E18, 100n * E18, BASE)).toBe(1_100_000_000_000_000_000n - 1n);
  });

  it("falls after a slash", () => {
    // 1e18 * (95e18 + 1) / (100e18 + 1): 9.5e17 * (1e20 + 1) = 9.5e37 + 9.5e17, the gap 5e16 is below the divisor.
    expect(sharePrice(95n * E18, 100n * E18, BASE)).toBe(950_000_000_000_000_000n);
  });
});

describe("sharePrice with other decimals", () => {
  it("is one token per whole share in an empty vault whatever the offset", () => {
    // Offset 3: 1e21 * (0 + 1) / (0 + 1000) = 1e18. Offset 2 over 6 decimals: 1e8 * 1 / 100 = 1e6.
    expect(sharePrice(0n, 0n, OFFSET_3)).toBe(E18);
    expect(sharePrice(0n, 0n, SIX_PLUS_TWO)).toBe(1_000_000n);
  });

  it("follows the OZ floor formula with offset 3", () => {
    // 100 tokens deposited: 100e18 * (0 + 1000) / (0 + 1) = 1e23 shares. 10 tokens of rewards:
    // 1e21 * (110e18 + 1) / (1e23 + 1000) = (1.1e38 + 1e21) / (1e23 + 1e3); 1.1e18 * (1e23 + 1e3) = 1.1e41 + 1.1e21.
    // Numerator 1e21 * 110e18 + 1e21 = 1.1e41 + 1e21 is below that by 1e20, so the quotient floors to 1.1e18 − 1.
    expect(sharePrice(110n * E18, 100n * E21, OFFSET_3)).toBe(1_100_000_000_000_000_000n - 1n);
    // 5000 * (10 + 1) / (20 + 1000) = 55000 / 1020 = 53.9… → 53
    expect(convertToAssets(5_000n, 10n, 20n, OFFSET_3)).toBe(53n);
  });

  it("prices a 6-decimal asset per whole 8-decimal share", () => {
    // 50 tokens (50e6) deposited: 50e6 * (0 + 100) / (0 + 1) = 5e9 shares. 5 tokens of rewards:
    // 1e8 * (55e6 + 1) / (5e9 + 100) = 5500000100000000 / 5000000100 = 1,099,999.9… → 1,099,999.
    expect(sharePrice(55_000_000n, 5_000_000_000n, SIX_PLUS_TWO)).toBe(1_099_999n);
  });
});

describe("convertToAssets", () => {
  it("is zero for zero shares", () => {
    expect(convertToAssets(0n, 123n * E18, 456n * E18, BASE)).toBe(0n);
  });

  it("throws RangeError on negative input", () => {
    expect(() => convertToAssets(-1n, 0n, 0n, BASE)).toThrow(RangeError);
  });

  it("gives the whole vault but one wei to the holder of every share", () => {
    // 100e18 * (110e18 + 1) / (100e18 + 1) = 110e18 − a fraction → 110e18 − 1: the virtual share keeps a wei.
    expect(convertToAssets(100n * E18, 110n * E18, 100n * E18, BASE)).toBe(110n * E18 - 1n);
  });
});

const UNITS: ShareUnits[] = [BASE, OFFSET_3, SIX_PLUS_TWO, shareUnits(6, 6), shareUnits(24, 18)];

describe("over random vaults, for every kind of units", () => {
  const random = seededRandom(2026n);

  it("sharePrice is convertToAssets(one whole share)", () => {
    for (const units of UNITS) {
      for (let i = 0; i < 100; i += 1) {
        const totalAssets = random(10n ** 27n);
        const totalSupply = random(10n ** 30n);
        expect(sharePrice(totalAssets, totalSupply, units)).toBe(
          convertToAssets(oneShare(units), totalAssets, totalSupply, units),
        );
      }
    }
  });

  it("never prices down when assets grow at a fixed supply", () => {
    for (const units of UNITS) {
      for (let i = 0; i < 100; i += 1) {
        const totalAssets = random(10n ** 27n);
        const totalSupply = random(10n ** 30n);
        const gain = random(10n ** 25n);
        expect(sharePrice(totalAssets + gain, totalSupply, units)).toBeGreaterThanOrEqual(
          sharePrice(totalAssets, totalSupply, units),
        );
      }
    }
  });

  it("sharesForAssets rounds up, so redeeming the shares pays at least the assets asked for", () => {
    for (const units of UNITS) {
      for (let i = 0; i < 100; i += 1) {
        const totalSupply = random(10n ** 30n) + 1n;
        const totalAssets = random(10n ** 27n) + 1n;
        const assets = random(totalAssets) + 1n;
        const shares = sharesForAssets(assets, totalAssets, totalSupply, units);
        expect(convertToAssets(shares, totalAssets, totalSupply, units)).toBeGreaterThanOrEqual(assets);
        if (shares > 0n) expect(convertToAssets(shares - 1n, totalAssets, totalSupply, units)).toBeLessThan(assets);
      }
    }
  });
});

describe("sharesForAssets", () => {
  it("is exact in a fresh vault: one token is one whole share", () => {
    expect(sharesForAssets(E18, 100n * E18, 100n * E18, BASE)).toBe(E18);
    expect(sharesForAssets(E18, 100n * E18, 100n * E21, OFFSET_3)).toBe(E21);
  });
});
