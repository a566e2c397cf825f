// For a person to look at: the directory's and the request list's pagers, a page in the middle
// (numbered links with gaps), the page past the last one, in light and dark and on a 390 px phone.
// The seed has a handful of provers, so the directory is paged one row at a time to show the gaps.
// The screenshots go to test-results/shots/ and into the report.
import { test } from "./fixtures";
import { LOOKS, shootPage } from "./support/looks";

for (const look of LOOKS) {
  test(`the directory's and the request list's pages, ${look.name}`, async ({ page, indexer }, testInfo) => {
    test.setTimeout(180_000);
    await indexer.caughtUp();
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.setViewportSize({ width: look.width, height: 900 });
    await shootPage(page, testInfo, look, "directory-page-4", "/provers?size=1&page=4");
    await shootPage(page, testInfo, look, "directory-past-last", "/provers?size=2&page=99");
    await shootPage(page, testInfo, look, "market-requests", "/market?window=all");
    await shootPage(page, testInfo, look, "market-past-last", `/market?cursor=0.0x${"0".repeat(64)}`);
  });
}
