// As a staker or someone following a prover, I subscribe to an Atom feed and my reader shows
// what happened: a commission change of a prover I back (in its feed and in mine), my unstake
// once it matures. The feeds are valid Atom, their entries keep their ids, and bad names get a sentence.
import { parseEther, zeroAddress } from "viem";
import { stakingControllerAbi } from "../lib/contracts/generated";
import { BOB, DEPLOYER, expect, test } from "./fixtures";
import { stakingControllerAddress } from "./fixtures/contracts";
import { type AtomFeed, readFeed, setDefaultCommissionAs } from "./support/alerts";
import { activeProver, requestUnstakeAs, sharesOf, stakeAs } from "./support/staking";

function expectAtomShape(feed: AtomFeed | null): asserts feed is AtomFeed {
  expect(feed).not.toBeNull();
  if (!feed) return;
  expect(feed.id).toMatch(/^urn:provernet:31337:(staker|prover):0x[0-9a-fA-F]{40}$/);
  expect(feed.title).not.toBe("");
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^urn:provernet:31337-/);
    expect(entry.title).not.toBe("");
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/(provers\/0x|portfolio\?address=0x)/);
  }
  expect(new Set(feed.entries.map((entry) => entry.id)).size, "entry ids are unique").toBe(feed.entries.length);
}

test("a commission change appears in the prover's feed and in a backer's feed, with the same stable id", async ({
  page,
  chain,
  indexer,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, BOB, prover, parseEther("50"));
  const current = await chain.client.readContract({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    functionName: "getCommissionRate",
    args: [prover, zeroAddress],
  });
  const next = current === 1234n ? 1235n : 1234n;
  await setDefaultCommissionAs(chain, prover, next);
  await indexer.caughtUp();

  const wanted = `changed its default commission from ${(Number(current) / 100).toFixed(2)}% to ${(Number(next) / 100).toFixed(2)}%`;
  const proverRead = await readFeed(page.request, "prover", prover);
  expect(proverRead.response.status()).toBe(200);
  expect(proverRead.response.headers()["content-type"]).toContain("application/atom+xml");
  expect(proverRead.response.headers()["cache-control"]).toMatch(/max-age=\d+/);
  expectAtomShape(proverRead.feed);
  const inProverFeed = proverRead.feed.entries.find((entry) => entry.title.includes(wanted));
  expect(inProverFeed, `the prover's feed has "${wanted}"`).toBeDefined();
  expect(inProverFeed?.link).toContain(`/provers/${prover}`);

  const backer = await readFeed(page.request, "staker", BOB);
  expectAtomShape(backer.feed);
  const inBackerFeed = backer.feed.entries.find((entry) => entry.title.includes(wanted));
  expect(inBackerFeed, `the backer's feed has "${wanted}"`).toBeDefined();
  expect(inBackerFeed?.id).toBe(inProverFeed?.id);

  // A second fetch names every entry the same: a reader never sees one twice.
  const again = await readFeed(page.request, "staker", BOB);
  expect(again.feed?.entries.map((entry) => entry.id)).toEqual(backer.feed.entries.map((entry) => entry.id));
  expect(again.feed?.id).toBe(backer.feed.id);

  // The prover's page links its feed, for people and for browsers and readers.
  await page.goto(`/provers/${prover}`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    new RegExp(`/feeds/prover/${prover}\\.xml$`),
  );
  await expect(page.getByRole("link", { name: "Alerts as an Atom feed" })).toHaveAttribute(
    "href",
    `/feeds/prover/${prover}.xml`,
  );
});

test("an unstake appears in the staker's feed once its unlock time has passed on chain", async ({
  page,
  chain,
  indexer,
}) => {
  const prover = await activeProver(chain, DEPLOYER);
  await stakeAs(chain, BOB, prover, parseEther("40"));
  await requestUnstakeAs(chain, BOB, prover, (await sharesOf(chain, prover, BOB)) / 4n);
  await indexer.caughtUp();
  const matured = (feed: AtomFeed | null) =>
    feed?.entries.filter((entry) => /^Your unstake of .* matured and can be withdrawn$/.test(entry.title)) ?? [];
  const before = matured((await readFeed(page.request, "staker", BOB)).feed);

  const delay = await chain.client.readContract({
    address: stakingControllerAddress(chain.chainId),
    abi: stakingControllerAbi,
    functionName: "unstakeDelay",
  });
  await chain.increaseTime(Number(delay) + 1);
  await indexer.caughtUp();

  const { feed } = await readFeed(page.request, "staker", BOB);
  expectAtomShape(feed);
  const after = matured(feed);
  expect(after.length).toBe(before.length + 1);
  const fresh = after.find((entry) => !before.some((old) => old.id === entry.id));
  expect(fresh?.link).toContain(`/portfolio?address=${BOB}`);
});

test("a feed whose name is not an address is refused with a sentence", async ({ page }) => {
  for (const path of ["/feeds/staker/0x1234.xml", "/feeds/prover/not-an-address.xml", `/feeds/staker/${BOB}.json`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toMatch(/^A feed's name is an Ethereum address .*\.xml/);
  }
});
