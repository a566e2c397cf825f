import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";
import { convertToAssets, SHARE_UNIT, sharePrice, sharesForAssets, VAULT_DECIMALS_OFFSET } from "./share-price";

const E18 = 10n ** 18n;
const E21 = 10n ** 21n;

describe("constants", () => {
  it("match ProverVault: offset 3, priced per 1e18 shares", () => {
    expect(VAULT_DECIMALS_OFFSET).toBe(3);
    expect(SHARE_UNIT).toBe(E18);
  });
});

describe("sharePrice", () => {
  it("is 1e15 in an empty vault", () => {
    // OZ: 1e18 * (totalAssets + 1) / (totalSupply + 10**3) = 1e18 * (0 + 1) / (0 + 1000) = 1e15.
    // The virtual 1 wei of assets against 1000 virtual shares sets the opening rate at 1000 shares per wei.
    // Shares have 21 decimals, so 1e18 shares is 0.001 of a whole share, worth 1e15 wei = 0.001 of a token:
    // a whole share (1e21) is worth one whole token (1e18), as expected of a fresh vault.
    expect(sharePrice(0n, 0n)).toBe(1_000_000_000_000_000n);
  });

  it("stays 1e15 after a first deposit", () => {
    // Deposit 100e18 into the empty vault: shares = 100e18 * (0 + 1000) / (0 + 1) = 1e23 (100 whole shares).
    // Price: 1e18 * (100e18 + 1) / (1e23 + 1000) = (1e38 + 1e18) / (1e23 + 1e3) = 1e15 exactly,
    // since (1e23 + 1e3) * 1e15 = 1e38 + 1e18.
    expect(sharePrice(100n * E18, 100n * E21)).toBe(1_000_000_000_000_000n);
  });

  it("rises with rewards, short of the full 10% by the virtual shares' sliver", () => {
    // 10 tokens of rewards on 100: 1e18 * (110e18 + 1) / (1e23 + 1000).
    // 1.1e15 * (1e23 + 1e3) = 1.1e38 + 1.1e18, which exceeds the numerator 1.1e38 + 1e18 by 1e17,
    // so the quotient is just under 1.1e15 and floors to 1.1e15 − 1.
    expect(sharePrice(110n * E18, 100n * E21)).toBe(1_099_999_999_999_999n);
  });

  it("falls after a slash", () => {
    // 5% slashed: 1e18 * (95e18 + 1) / (1e23 + 1000).
    // 9.5e14 * (1e23 + 1e3) = 9.5e37 + 9.5e17 ≤ 9.5e37 + 1e18, and the gap 5e16 is below the divisor → 9.5e14.
    expect(sharePrice(95n * E18, 100n * E21)).toBe(950_000_000_000_000n);
  });

  it("is worth 1 wei per 1e18 shares once assets are wiped out but supply remains", () => {
    // 1e18 * (0 + 1) / (1e23 + 1000) = 1e18 / 1.00000…01e23 → 0.
    expect(sharePrice(0n, 100n * E21)).toBe(0n);
  });

  it("is convertToAssets(SHARE_UNIT)", () => {
    const random = seededRandom(11n);
    for (let i = 0; i < 200; i++) {
      const totalAssets = random(10n ** 27n);
      const totalSupply = random(10n ** 30n);
      expect(sharePrice(totalAssets, totalSupply)).toBe(convertToAssets(SHARE_UNIT, totalAssets, totalSupply));
    }
  });
});

describe("convertToAssets", () => {
  it("follows the OZ floor formula", () => {
    // 1 whole share (1e21) in the empty vault: 1e21 * 1 / 1000 = 1e18 (one token).
    expect(convertToAssets(E21, 0n, 0n)).toBe(E18);
    // 7 * (10 + 1) / (20 + 1000) = 77 / 1020 → 0
    expect(convertToAssets(7n, 10n, 20n)).toBe(0n);
    // 5000 * (10 + 1) / (20 + 1000) = 55000 / 1020 = 53.9… → 53
    expect(convertToAssets(5_000n, 10n, 20n)).toBe(53n);
    // holder of all 100 shares after 10% rewards: 1e23 * (110e18 + 1) / (1e23 + 1000).
    // 110e18 * (1e23 + 1e3) = 1.1e43 + 1.1e23 > 1.1e43 + 1e23 → floors to 110e18 − 1: one wei to the virtual shares.
    expect(convertToAssets(100n * E21, 110n * E18, 100n * E21)).toBe(110n * E18 - 1n);
  });

  it("is zero for zero shares", () => {
    expect(convertToAssets(0n, 123n * E18, 456n * E21)).toBe(0n);
  });

  it("throws RangeError on negative input", () => {
    expect(() => convertToAssets(-1n, 0n, 0n)).toThrow(RangeError);
  });
});

describe("sharePrice over random vaults", () => {
  const random = seededRandom(2026n);
  const cases = Array.from({ length: 300 }, () => ({
    totalAssets: random(10n ** 27n),
    totalSupply: random(10n ** 30n),
    assets: random(10n ** 25n),
  }));

  it("never prices down when assets grow at a fixed supply", () => {
    for (const { totalAssets, totalSupply, assets } of cases) {
      expect(sharePrice(totalAssets + assets, totalSupply) >= sharePrice(totalAssets, totalSupply)).toBe(true);
    }
  });
});

describe("sharesForAssets", () => {
  it("rounds up, so redeeming the shares pays at least the assets asked for", () => {
    const random = seededRandom(7n);
    for (let i = 0; i < 200; i += 1) {
      const totalSupply = random(10n ** 30n) + 1n;
      const totalAssets = random(10n ** 27n) + 1n;
      const assets = random(totalAssets) + 1n;
      const shares = sharesForAssets(assets, totalAssets, totalSupply);
      expect(convertToAssets(shares, totalAssets, totalSupply)).toBeGreaterThanOrEqual(assets);
      if (shares > 0n) expect(convertToAssets(shares - 1n, totalAssets, totalSupply)).toBeLessThan(assets);
    }
  });

  it("is exact in a fresh vault: one token is 1e21 shares", () => {
    expect(sharesForAssets(E18, 100n * E18, 100n * E21)).toBe(E21);
  });
});
