import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Simulation } from "@/lib/bid-settings/simulate";
import { SimulationFigures } from "./simulation-figures";

const RESULT: Simulation = {
  considered: 100,
  bid: 32_710_100_000_000_000_000n,
  won: 52,
  earned: 2_525_672_700_000_000_000_000n,
  skipped: { proveMinDuration: 3, vkList: 4, maxFee: 5, minStake: 1, requestMaxFee: 7 },
  halfWinPrice: 1_693_243_188_500_000_000_001_999n,
};
const TOKEN = { decimals: 18, symbol: "BREV" };

describe("SimulationFigures", () => {
  it("shows the rule's skips only when a rule took part, the market's refusals always", () => {
    const withRule = renderToStaticMarkup(<SimulationFigures result={RESULT} ruleApplied token={TOKEN} />);
    const without = renderToStaticMarkup(<SimulationFigures result={RESULT} ruleApplied={false} token={TOKEN} />);
    for (const [reason, count] of [
      ["maxFee", 5],
      ["proveMinDuration", 3],
      ["vkList", 4],
    ] as const) {
      expect(withRule).toContain(`data-testid="simulator-skipped-${reason}" data-value="${count}"`);
      expect(without).not.toContain(`simulator-skipped-${reason}`);
    }
    for (const html of [withRule, without]) {
      expect(html).toContain('data-testid="simulator-skipped-minStake" data-value="1"');
      expect(html).toContain('data-testid="simulator-skipped-requestMaxFee" data-value="7"');
    }
  });

  it("gives every amount exactly in wei and the half-win price as the bidder's decimal text", () => {
    const html = renderToStaticMarkup(<SimulationFigures result={RESULT} ruleApplied={false} token={TOKEN} />);
    expect(html).toContain(`data-wei="${RESULT.bid}"`);
    expect(html).toContain(`data-wei="${RESULT.earned}"`);
    expect(html).toContain(">52 of 100<");
    expect(html).toContain(`>${RESULT.halfWinPrice}</span>`);
  });

  it("says when no price wins half", () => {
    const html = renderToStaticMarkup(
      <SimulationFigures result={{ ...RESULT, halfWinPrice: null }} ruleApplied={false} token={TOKEN} />,
    );
    expect(html).toContain('data-value=""');
    expect(html).toContain("none: even a 1-wei bid wins fewer than half");
  });
});
