// As a staker browsing provers, I see a prover's initials, not a broken image, when its icon
// does not load, and my browser never contacts a prover's host for an icon: the dashboard's
// own proxy fetches it, and refuses local addresses, SVG and oversized files.

import type { Page } from "@playwright/test";
import { DEPLOYER, expect, test } from "./fixtures";
import { setProfileAs } from "./support/prover-console";

const NAME = "Gateway Down Labs";

/** Every image the page asks for, from any origin. */
function imageRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "image") seen.push(new URL(request.url()));
  });
  return seen;
}

for (const [what, icon, status] of [
  [
    "an ipfs icon on a server with no IPFS gateway",
    "ipfs://bafybeigdyrztq3mktb7mhfdpqewa2awmxfw6jzyj35ewinrbkyhfafuh4/icon.png",
    404,
  ],
  ["an icon on the server's own loopback", "https://127.0.0.1/admin.png", 403],
  ["an icon at the cloud metadata address", "https://169.254.169.254/latest/meta-data/iam.png", 403],
] as const) {
  test(`${what} falls back to the prover's initials on every page, and no icon request leaves the app`, async ({
    page,
    chain,
    indexer,
    baseURL,
  }) => {
    await setProfileAs(chain, DEPLOYER, NAME, icon);
    await indexer.caughtUp();
    const images = imageRequests(page);
    const proxied = page.waitForResponse((response) => response.url().includes("/api/icon?src="));

    for (const path of ["/provers", `/provers/${DEPLOYER}`, `/prover?address=${DEPLOYER}`]) {
      await page.goto(path);
      const initials = page.getByTestId("prover-icon-initials").filter({ hasText: /^GD$/i });
      await expect(initials.first()).toBeVisible();
    }
    // The proxy said no, in a sentence, and the browser only ever asked our own origin for images.
    const refused = await proxied;
    expect(refused.status()).toBe(status);
    // Asked again: the browser's own copy of that answer went with the page it loaded on.
    const again = await page.request.get(refused.url());
    expect(again.status()).toBe(status);
    expect((await again.json()).error).toMatch(/^[A-Z].*\.$/);
    const origin = new URL(baseURL ?? "").origin;
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((url) => url.origin !== origin).map(String)).toEqual([]);
  });
}

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
