// As a staker browsing provers, I am safe from a prover whose name and icon are attacks: its
// name shows as text, no script runs and no javascript: URL is loaded.

import { DEPLOYER, expect, test } from "./fixtures";
import { setProfileAs } from "./support/prover-console";

const NAME = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
const ICON = "javascript:window.__pwned=3";

test("a hostile name and icon URL set on chain render as text, with no script run", async ({
  page,
  chain,
  indexer,
}) => {
  // The devnet's account 0 is a prover: it gives itself the hostile profile.
  await setProfileAs(chain, DEPLOYER, NAME, ICON);
  await indexer.caughtUp();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));

  for (const path of ["/provers", `/provers/${DEPLOYER}`]) {
    await page.goto(path);
    await expect(page.getByText(NAME, { exact: true }).first()).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src^="javascript:" i], img[src="x"]').count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
  expect(requested.filter((url) => url.startsWith("javascript:") || url.endsWith("/x"))).toEqual([]);
});
