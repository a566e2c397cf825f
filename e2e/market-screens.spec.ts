// For a person to look at: /market with its phases, charts and tables, and the story of a
// slashed request, in light and dark and on a 390 px phone. The screenshots go to
// test-results/shots/ and into the report.
import { test } from "./fixtures";
import { LOOKS, shootPage } from "./support/looks";
import { slashedRequest } from "./support/market-requests";

for (const look of LOOKS) {
  test(`/market and a slashed request's page, ${look.name}`, async ({ page, chain, indexer }, testInfo) => {
    test.setTimeout(180_000);
    await indexer.caughtUp();
    const { reqid } = await slashedRequest(chain);
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    for (const { name, path } of [
      { name: "market", path: "/market" },
      { name: "market-request", path: `/market/${reqid}` },
    ])
      await shootPage(page, testInfo, look, name, path);
  });
}
