import { afterAll, beforeAll, describe } from "vitest";
import { Cleanup } from "../harness/cleanup";
import type { DatabaseKind } from "../harness/databases";
import { activityChecks } from "./activity-checks";
import { apiChecks } from "./api-checks";
import { auctionChecks } from "./auction-checks";
import { type CleanRun, prepareCleanRun } from "./clean-run";
import { epochChecks } from "./epochs";
import { stakeEventChecks } from "./events";
import { marketChecks } from "./market";
import { marketPageChecks } from "./market-pages";
import { networkSeriesChecks } from "./network-series";
import { positionChecks } from "./positions";
import { reorgChecks } from "./reorg-checks";
import { restartChecks } from "./restart-checks";
import { rewardChecks } from "./rewards";
import { vaultChecks } from "./vaults";

/**
 * The indexer's correctness suite on one database: a clean index of the seeded devnet, then
 * live scenarios and a reorg on the same running indexer (one run shared by the correctness,
 * scenario and reorg checks), then a second index killed mid-backfill and resumed.
 */
export function describeIndexer(kind: DatabaseKind) {
  describe(`indexer on ${kind.name}`, () => {
    const cleanup = new Cleanup();
    let clean: CleanRun | undefined;
    const get = () => {
      if (!clean) throw new Error("The clean run did not complete; see the beforeAll error.");
      return clean;
    };

    beforeAll(async () => {
      clean = await prepareCleanRun(kind, cleanup);
      const { backfill, live } = clean.seconds;
      console.log(
        `${kind.name}: indexed the seeded devnet in ${backfill.toFixed(1)} s, live scenarios in ${live.toFixed(1)} s`,
      );
    }, 1_200_000);
    afterAll(() => cleanup.run(), 120_000);

    describe("matches the chain it indexed", () => {
      vaultChecks(get);
      rewardChecks(get);
      marketChecks(get);
      positionChecks(get);
      epochChecks(get);
      stakeEventChecks(get);
    });
    describe("serves it through the typed API", () => apiChecks(get));
    describe("serves rewards, decentralization and commission changes", () => networkSeriesChecks(get));
    describe("serves each program's auctions for the fee simulator", () => auctionChecks(get));
    describe("serves the market's pages", () => marketPageChecks(get));
    describe("follows what anyone may do on chain, live", () => activityChecks(get));
    describe("follows a one-block reorg while live", () => reorgChecks(get));
    describe("resumes after being killed mid-backfill", () => restartChecks(kind, cleanup, get));
  });
}
