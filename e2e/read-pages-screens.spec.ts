// For a person to look at: the read pages with the figures whose meaning changed (vault assets
// vs total stake, stakers vs stake positions, a retired prover), in light and dark and on a
// 390 px phone. The screenshots go to test-results/shots/ and into the report.
import { test } from "./fixtures";
import { proverFigures, retiredProvers } from "./support/chain-figures";
import { shootDrawnPage } from "./support/drawn-page";
import { LOOKS } from "./support/looks";
import { listedProvers } from "./support/staking";

for (const look of LOOKS) {
  test(`/, /provers, a prover page and a retired prover's page, ${look.name}`, async ({
    page,
    chain,
    indexer,
  }, testInfo) => {
    // Four pages, each waited on until its charts are drawn: slow on a loaded 2-core machine.
    test.setTimeout(180_000);
    await indexer.caughtUp();
    const provers = await listedProvers(chain, false);
    const figures = await Promise.all(
      provers.map(async (prover) => ({ prover, ...(await proverFigures(chain, prover)) })),
    );
    const pending = figures.find((figure) => figure.pending > 0n && figure.overdue > 0n) ?? figures[0];
    const [retired] = await retiredProvers(chain);
    const pages = [
      { name: "overview", path: "/" },
      { name: "provers", path: "/provers" },
      { name: "prover", path: `/provers/${pending?.prover}` },
      { name: "retired", path: `/provers/${retired}` },
    ];
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    for (const { name, path } of pages) {
      await shootDrawnPage(page, testInfo, path, `${name}-${look.name}`, `${path} ${look.name}`);
    }
  });
}
