// As a requester or a prover following the market, /market shows me every request's live phase
// and what the market earned, and /market/<reqid> tells one request's story: each figure in the
// first HTML, before any JavaScript, equal to what the chain's views and logs say.

import type { Hex } from "viem";
import { brevisMarketAbi } from "../lib/contracts/generated";
import { LOCALE } from "../lib/format/locale";
import { DEPLOYER, expect, test } from "./fixtures";
import { findByTestId } from "./support/html";
import {
  chainRequest,
  marketDurations,
  marketRewardsFromLogs,
  postRequest,
  requestsWithPhases,
  rewardOfProof,
  sealedBid,
  slashedRequest,
} from "./support/market-requests";
import { MARKET } from "./support/prover-console";

const market = { address: MARKET, abi: brevisMarketAbi } as const;
const wei = (html: string, testId: string) => findByTestId(html, testId)?.attributes["data-wei"];
const STATUS = ["pending", "fulfilled", "refunded", "slashed"] as const;
/** How many times an element with this test id appears in the HTML. */
const occurrences = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

/**
 * A test that reads every log of the market beside the page: it starts once the indexer has the
 * fork's head, with the time that takes on a loaded 2-core machine.
 */
const indexedTest = test.extend<{ indexed: undefined }>({
  indexed: [
    async ({ indexer }, use, testInfo) => {
      testInfo.setTimeout(120_000);
      await indexer.caughtUp();
      await use(undefined);
    },
    { auto: true },
  ],
});

indexedTest(
  "the first HTML of /market holds the market's lifetime counters, its protocol fee and each day's fees as the chain has them",
  async ({ request, chain }) => {
    const [totals, cumulativeProtocolFee, feeBps, rewards] = await Promise.all([
      chain.client.readContract({ ...market, functionName: "getGlobalStatsTotal" }),
      chain.client.readContract({ ...market, functionName: "cumulativeProtocolFee" }),
      chain.client.readContract({ ...market, functionName: "protocolFeeBps" }),
      marketRewardsFromLogs(chain),
    ]);
    expect(cumulativeProtocolFee, "the seed's fulfilled requests paid a protocol fee").toBeGreaterThan(0n);

    const html = await (await request.get("/market?window=all")).text();
    expect(findByTestId(html, "market-requests")?.text, "getGlobalStatsTotal().totalRequests").toBe(
      totals.totalRequests.toLocaleString(LOCALE),
    );
    expect(wei(html, "market-prover-fees"), "getGlobalStatsTotal().totalFees").toBe(totals.totalFees.toString());
    expect(wei(html, "market-protocol-fee"), "cumulativeProtocolFee()").toBe(cumulativeProtocolFee.toString());
    expect(findByTestId(html, "protocol-fee-bps")?.attributes["data-bps"]).toBe(feeBps.toString());
    // The fee flow by day, summed over all time: what the market paid winners and what it kept.
    expect(wei(html, "window-prover-rewards"), "Σ RewardsAdded from the market").toBe(rewards.toString());
    expect(wei(html, "window-protocol-fee"), "cumulativeProtocolFee()").toBe(cumulativeProtocolFee.toString());
    expect(rewards, "the market's own counter agrees with its RewardsAdded").toBe(totals.totalFees);
  },
);

indexedTest(
  "/market counts the requests in each phase as the market's rules put them at the chain's time, and lists them by phase",
  async ({ request, chain }) => {
    const requests = await requestsWithPhases(chain);
    const html = await (await request.get("/market")).text();
    const expected = Object.fromEntries(
      ["bidding", "reveal", "proving", "overdue", "unassigned", "fulfilled", "refunded", "slashed"].map((phase) => [
        phase,
        String(requests.filter((entry) => entry.phase === phase).length),
      ]),
    );
    const shown = Object.fromEntries(
      Object.keys(expected).map((phase) => [phase, findByTestId(html, `phase-count-${phase}`)?.text]),
    );
    expect(shown).toEqual(expected);
    for (const phase of ["fulfilled", "refunded", "slashed", "overdue", "proving"]) {
      expect(Number(expected[phase]), `the seed leaves requests ${phase}`).toBeGreaterThan(0);
    }

    const overdue = await (await request.get("/market?phase=overdue")).text();
    const newest = requests
      .filter((entry) => entry.phase === "overdue")
      .sort((a, b) => Number(b.createdAt - a.createdAt))[0];
    expect(overdue).toContain(`data-testid="request-${newest?.reqid.toLowerCase()}"`);
    expect(occurrences(overdue, "request-phase")).toBe(Math.min(25, Number(expected.overdue)));
    expect(overdue.match(/data-phase="(\w+)"/g)?.every((match) => match === 'data-phase="overdue"')).toBe(true);
  },
);

indexedTest(
  "a fulfilled request's page shows its terms, both lowest bids, the fee split and every bid as the chain has them",
  async ({ request, chain }) => {
    const requests = await requestsWithPhases(chain);
    const contested = requests.find((entry) => entry.status === "fulfilled" && entry.reveals.length > 1);
    expect(contested, "the seed has a fulfilled request with two reveals").toBeDefined();
    const reqid = contested?.reqid as Hex;
    const [onChain, reward] = await Promise.all([chainRequest(chain, reqid), rewardOfProof(chain, reqid)]);

    const page = await request.get(`/market/${reqid}`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(findByTestId(html, "request-status")?.attributes["data-status"]).toBe(STATUS[onChain.status]);
    expect(findByTestId(html, "request-status")?.attributes["data-phase"]).toBe("fulfilled");
    expect(wei(html, "request-max-fee"), "getRequest maxFee").toBe(onChain.maxFee.toString());
    expect(wei(html, "request-min-stake"), "getRequest minStake").toBe(onChain.minStake.toString());
    expect(findByTestId(html, "request-sender")?.text.toLowerCase()).toBe(onChain.sender.toLowerCase());
    expect(findByTestId(html, "request-vk")?.text).toBe(onChain.vk);
    expect(findByTestId(html, "winner")?.attributes["data-address"]).toBe(onChain.winner);
    expect(wei(html, "winner-fee"), "getBidders winner fee").toBe(onChain.winnerFee.toString());
    expect(wei(html, "second-fee"), "getBidders second fee").toBe(onChain.secondFee.toString());
    expect(wei(html, "actual-fee"), "ProofSubmitted actualFee: the second price").toBe(
      contested?.actualFee?.toString(),
    );
    expect(contested?.actualFee).toBe(onChain.secondFee);
    expect(wei(html, "prover-reward"), "the market's RewardsAdded in the proof's transaction").toBe(reward.toString());
    expect(wei(html, "protocol-fee"), "what the market kept").toBe(((contested?.actualFee ?? 0n) - reward).toString());
    expect(html).toContain(`href="/provers/${onChain.winner}"`);
    expect(html).toContain(`href="/provers/${onChain.second}"`);
    const bids = await chain.client.getContractEvents({
      ...market,
      eventName: "NewBid",
      args: { reqid },
      fromBlock: 0n,
    });
    expect(occurrences(html, "timeline-bid"), "every NewBid").toBe(bids.length);
    expect(occurrences(html, "timeline-reveal"), "every BidRevealed").toBe(contested?.reveals.length);
  },
);

indexedTest(
  "a slashed request's page shows the refund and what the controller took from the winner",
  async ({ request, chain }) => {
    const { reqid, requested } = await slashedRequest(chain);
    const onChain = await chainRequest(chain, reqid);
    const html = await (await request.get(`/market/${reqid}`)).text();
    expect(findByTestId(html, "request-status")?.attributes["data-status"]).toBe("slashed");
    expect(STATUS[onChain.status]).toBe("slashed");
    expect(findByTestId(html, "winner")?.attributes["data-address"]).toBe(onChain.winner);
    const taken = wei(html, "slash-taken");
    expect(taken, "the controller's ProverSlashed amount").toBeDefined();
    expect(BigInt(taken ?? "0")).toBeLessThanOrEqual(requested);
  },
);

test("a request posted now moves from bidding to reveal to proving on the chain's clock, on the list and on its page", async ({
  request,
  chain,
  indexer,
}) => {
  // Three waits for the indexer to follow the fork.
  test.setTimeout(120_000);
  const durations = await marketDurations(chain);
  const { reqid, maxFee } = await postRequest(chain, "phases");
  const phaseOnPage = async () => {
    await indexer.caughtUp();
    const html = await (await request.get(`/market/${reqid}`)).text();
    return findByTestId(html, "request-status")?.attributes["data-phase"];
  };
  expect(await phaseOnPage()).toBe("bidding");
  const listed = await (await request.get("/market?phase=bidding")).text();
  expect(listed).toContain(`data-testid="request-${reqid}"`);

  const bid = await sealedBid(chain, DEPLOYER, reqid, maxFee / 2n);
  await chain.increaseTime(Number(durations.bidding) + 1);
  expect(await phaseOnPage()).toBe("reveal");

  await bid.reveal();
  await chain.increaseTime(Number(durations.reveal) + 1);
  expect(await phaseOnPage()).toBe("proving");
  const html = await (await request.get(`/market/${reqid}`)).text();
  expect(findByTestId(html, "winner")?.attributes["data-address"]).toBe(DEPLOYER);
  expect(wei(html, "winner-fee")).toBe((maxFee / 2n).toString());
});

test("a request id that is not one, or that no one posted, is a plain 404 page", async ({ request }) => {
  expect((await request.get("/market/0x1234")).status()).toBe(404);
  const unknown = await request.get(`/market/0x${"ab".repeat(32)}`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain("Nothing here.");
});
