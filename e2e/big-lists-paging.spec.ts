// As a visitor of a network with a thousand provers and many more requests, I page through the
// directory and the market's request list on the server: each page a few rows, links that keep
// my sort, filters and page size, and a page past the end or a bad page number said in words.
// The seed has a handful of provers, so the directory is paged two rows at a time here.

import type { Page } from "@playwright/test";
import { LOCALE } from "../lib/format/locale";
import { expect, test } from "./fixtures";
import { listedProvers } from "./support/staking";

const rowAddresses = (page: Page) =>
  page.getByTestId("prover-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-address") ?? ""));

test("paging through the directory two rows at a time shows every prover once, in the chosen order", async ({
  page,
  chain,
  indexer,
}) => {
  test.setTimeout(120_000);
  await indexer.caughtUp();
  const provers = await listedProvers(chain, false);
  expect(provers.length, "the seed lists enough provers for three pages of two").toBeGreaterThan(4);
  const pages = Math.ceil(provers.length / 2);

  await page.goto("/provers?sort=stakers&order=asc&size=2");
  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(page.getByTestId("directory-count")).toHaveText(
    `1–2 of ${provers.length.toLocaleString(LOCALE)} provers, page 1 of ${pages}`,
  );
  await expect(pager.locator('[aria-current="page"]')).toHaveText("1");
  await expect(pager.getByRole("link", { name: "Previous" })).toHaveCount(0);

  const seen: string[] = [];
  for (let n = 1; n <= pages; n += 1) {
    const rows = await rowAddresses(page);
    expect(rows.length, `page ${n}`).toBe(n < pages ? 2 : provers.length - 2 * (pages - 1));
    seen.push(...rows);
    await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n));
    if (n === pages) break;
    await pager.getByRole("link", { name: "Next" }).click();
    // The next page keeps the sort, the order and the page size.
    await expect(page).toHaveURL(`/provers?sort=stakers&order=asc&size=2&page=${n + 1}`);
  }
  await expect(pager.getByRole("link", { name: "Next" }), "the last page links no further").toHaveCount(0);
  expect(new Set(seen).size, "no prover twice").toBe(seen.length);
  expect(seen.map((address) => address.toLowerCase()).sort()).toEqual(
    provers.map((address) => address.toLowerCase()).sort(),
  );

  await pager.getByRole("link", { name: "Page 1", exact: true }).click();
  await expect(page).toHaveURL("/provers?sort=stakers&order=asc&size=2");
  expect(await rowAddresses(page)).toEqual(seen.slice(0, 2));
});

test("on a 390 px phone the directory's pager is one line: Previous, the current page and Next", async ({
  page,
  indexer,
}) => {
  await indexer.caughtUp();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/provers?size=1&page=4");
  const pager = page.getByRole("navigation", { name: "Pages" });
  const links = pager.getByRole("list");
  await expect(links.getByRole("link")).toHaveText(["Previous", "4", "Next"]);
  const heights = await links
    .locator("li:visible")
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(new Set(heights).size, "every visible link on one line").toBe(1);
  // The page's own width: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a directory page past the last one says so and links to the last page", async ({ page, chain, indexer }) => {
  await indexer.caughtUp();
  const total = (await listedProvers(chain, false)).length;
  const pages = Math.ceil(total / 2);

  await page.goto("/provers?size=2&page=99");
  const alert = page.getByTestId("page-beyond-last");
  await expect(alert).toContainText(`Page 99 is past the last one: ${total} provers fill ${pages} pages of 2.`);
  await expect(page.getByTestId("prover-row")).toHaveCount(0);
  await alert.getByRole("link", { name: "Go to the last page" }).click();
  await expect(page).toHaveURL(`/provers?size=2&page=${pages}`);
  await expect(page.getByTestId("prover-row")).toHaveCount(total - 2 * (pages - 1));
});

test("a page number or page size the directory does not take is named in words and the default shown", async ({
  page,
}) => {
  await page.goto("/provers?page=0&size=1000");
  const problems = page.getByTestId("query-problem");
  await expect(problems).toContainText([
    "size must be a whole number from 1 to 100. Showing the default instead.",
    "page must be a whole number from 1 to 10000. Showing the default instead.",
  ]);
  await expect(page.getByTestId("directory-count")).toContainText("1–");
  await expect(page.getByRole("combobox", { name: "Per page" })).toHaveValue("25");
});

test("the request list pages on by keyset, back to the first page, and a cursor past the end says so", async ({
  page,
  indexer,
}) => {
  test.setTimeout(120_000);
  await indexer.caughtUp();
  await page.goto("/market?window=all");
  const pager = page.getByRole("navigation", { name: "Request pages" });
  const ids = () =>
    page
      .getByTestId("request-table")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")));
  const first = await ids();
  expect(first.length, "the seed has more than a page of requests").toBe(25);

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]cursor=\d+\.0x[0-9a-f]{64}/);
  await expect(page).toHaveURL(/[?&]window=all/);
  const second = await ids();
  expect(second.length).toBeGreaterThan(0);
  expect(
    second.filter((id) => first.includes(id)),
    "no request on both pages",
  ).toEqual([]);

  await pager.getByRole("link", { name: "First page" }).click();
  await expect(page).toHaveURL("/market?window=all");
  expect(await ids()).toEqual(first);

  await page.goto(`/market?cursor=0.0x${"0".repeat(64)}`);
  const alert = page.getByTestId("page-beyond-last");
  await expect(alert).toContainText("This page starts after the last request that matches these filters.");
  await alert.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page).toHaveURL("/market");
  await expect(page.getByTestId("request-table").locator("tbody tr")).toHaveCount(25);
});
