// As a prover or an operator watching one, I see a profile written to attack the page as plain
// text on the console: markup, a script, a right-to-left override, zero-width characters and a
// name with no place to break stay inert and inside the page, whether I watch by address or
// am connected as the prover.
import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { stakingViewerAbi } from "../lib/contracts/generated";
import { DEPLOYER, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { stakingViewerAddress } from "./fixtures/contracts";
import { connectWallet } from "./flows/connect-wallet";
import { seededProver, setProfileAs } from "./support/prover-console";

const MARKUP = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
// A right-to-left override and a zero-width space, then a word as long as the 128-byte cap allows.
const NAME = `${MARKUP}\u202Eevil\u200B${"W".repeat(128 - new TextEncoder().encode(`${MARKUP}\u202Eevil\u200B`).length)}`;
const ICON = "javascript:window.__pwned=3";

const chainName = (chain: Chain, prover: Address) =>
  chain.client
    .readContract({
      address: stakingViewerAddress(chain.chainId),
      abi: stakingViewerAbi,
      functionName: "getProverInfo",
      args: [prover],
    })
    .then((info) => info.name);

/** Dialogs opened and javascript: or "x" URLs requested while the page is open: an attack that ran leaves one. */
function watchForAttacks(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("javascript:") || url.endsWith("/x")) seen.push(`request ${url}`);
  });
  return seen;
}

/** The console's name is exactly the chain's string, as text, with no script run, no element injected and nothing wider than the page. */
async function expectInert(page: Page, name: string) {
  const shown = page.getByTestId("prover-console").getByTestId("console-prover-name");
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((element) => element.textContent)).toBe(name);
  expect(await shown.evaluate((element) => element.children.length), "no element made from the name").toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], img[src^="javascript:" i]').count()).toBe(0);
  const injected = await page.evaluate(() =>
    Array.from(document.scripts).some((script) => script.textContent?.startsWith("window.__pwned")),
  );
  expect(injected, "no script element made from the name").toBe(false);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "nothing wider than the page").toBeLessThanOrEqual(0);
  const box = await shown.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width, "the name stays inside the screen").toBe(true);
}

test.use({ viewport: { width: 390, height: 844 } });

test("a hostile name and icon set on chain stay inert text on the console, watched and connected", async ({
  page,
  wallet,
  chain,
}) => {
  await setProfileAs(chain, DEPLOYER, NAME, ICON);
  expect(await chainName(chain, DEPLOYER), "the chain stores the string as sent").toBe(NAME);
  const attacks = watchForAttacks(page);

  await page.goto(`/prover?address=${DEPLOYER}`);
  await expectInert(page, NAME);

  await wallet.use(DEPLOYER);
  await page.goto("/prover");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("prover-console").getByTestId("claim-commission")).toBeVisible();
  await expectInert(page, NAME);
  expect(attacks).toEqual([]);
});

test("the seed's hostile and Unicode provers are shown as their chain names on the console", async ({
  page,
  chain,
}) => {
  const attacks = watchForAttacks(page);
  for (const key of ["hostile", "unicode"] as const) {
    const prover = await seededProver(key);
    const name = await chainName(chain, prover);
    expect(name.length, `the seed gives ${key} a name`).toBeGreaterThan(0);
    await page.goto(`/prover?address=${prover}`);
    await expectInert(page, name);
  }
  expect(attacks).toEqual([]);
});
