// For a person to look at: /rewards, /network and the commission-change list, with their charts
// drawn, in light and dark and on a 390 px phone. The screenshots go to test-results/shots/.
import { test } from "./fixtures";
import { LOOKS, shootPage } from "./support/looks";

const PAGES = [
  { name: "rewards", path: "/rewards" },
  { name: "network", path: "/network" },
  { name: "commission-changes", path: "/network/commission-changes" },
];

for (const look of LOOKS) {
  test(`/rewards, /network and the commission changes, ${look.name}`, async ({ page, indexer }, testInfo) => {
    test.setTimeout(180_000);
    await indexer.caughtUp();
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    for (const { name, path } of PAGES) {
      await shootPage(page, testInfo, look, name, path);
    }
  });
}
