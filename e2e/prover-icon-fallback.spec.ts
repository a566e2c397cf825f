// As a staker browsing provers, I see a prover's initials, not a broken image, when its icon
// does not load: an ipfs gateway that fails, or a host that is down.

import { DEPLOYER, expect, test } from "./fixtures";
import { setProfileAs } from "./support/prover-console";

const NAME = "Gateway Down Labs";
const ICON = "ipfs://bafybeigdyrztq3mktb7mhfdpqewa2awmxfw6jzyj35ewinrbkyhfafuh4/icon.png";

test("an icon that fails to load falls back to the prover's initials on every page that shows it", async ({
  page,
  chain,
  indexer,
}) => {
  await setProfileAs(chain, DEPLOYER, NAME, ICON);
  await indexer.caughtUp();
  // The gateway answers with an error, as a public gateway does for a CID it cannot find in time.
  await page.route("https://ipfs.io/**", (route) => route.fulfill({ status: 504, body: "" }));

  for (const path of ["/provers", `/provers/${DEPLOYER}`, `/prover?address=${DEPLOYER}`]) {
    await page.goto(path);
    const initials = page.getByTestId("prover-icon-initials").filter({ hasText: /^GD$/i });
    await expect(initials.first()).toBeVisible();
    await expect(page.locator('img[src^="https://ipfs.io/"]')).toHaveCount(0);
  }
});

test("a same-origin icon that fails falls back too, and the icons that load stay images", async ({ page }) => {
  await page.route("**/provers/atlas.svg", (route) => route.abort("connectionrefused"));
  await page.goto("/provers");
  const row = page.getByRole("row").filter({ hasText: "Atlas" });
  await expect(row.getByTestId("prover-icon-initials")).toBeVisible();
  await expect(row.locator("img")).toHaveCount(0);
  const loaded = page.locator('img[data-testid="prover-icon-image"][src$="/provers/helios.svg"]');
  await loaded.first().scrollIntoViewIfNeeded();
  await expect.poll(() => loaded.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
