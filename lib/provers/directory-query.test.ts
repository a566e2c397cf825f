import { describe, expect, it } from "vitest";
import { proverListParams } from "./directory-params";
import { directoryHref, pageWindow, parseDirectoryQuery, toIndexerQuery } from "./directory-query";

describe("parseDirectoryQuery", () => {
  it("defaults to every prover by stake, largest first", () => {
    expect(parseDirectoryQuery({})).toEqual({
      query: { sort: "stake", order: "desc", state: "all", q: "", size: 25, page: 1 },
      problems: [],
    });
  });

  it("reads a full query and turns it into a page the indexer accepts", () => {
    const { query } = parseDirectoryQuery({
      sort: "apy30d",
      order: "asc",
      state: "jailed",
      q: "  atlas ",
      size: "50",
      page: "3",
    });
    expect(query).toEqual({ sort: "apy30d", order: "asc", state: "jailed", q: "atlas", size: 50, page: 3 });
    const indexerQuery = toIndexerQuery(query);
    expect(indexerQuery).toEqual({
      sort: "apy30d",
      order: "asc",
      state: "jailed",
      q: "atlas",
      limit: 50,
      offset: 100,
    });
    expect(proverListParams.parse(indexerQuery)).toEqual(indexerQuery);
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseDirectoryQuery({ sort: ["bound", "stake"] }).query.sort).toBe("bound");
  });

  it("names each value it does not know, in the indexer's words, and falls back to the default", () => {
    const params = { sort: "<script>", order: "up", state: "asleep", page: "-2", q: "x".repeat(129), size: "1000" };
    const { query, problems } = parseDirectoryQuery(params);
    expect(query).toEqual({ sort: "stake", order: "desc", state: "all", q: "", size: 25, page: 1 });
    expect(problems).toEqual([
      'sort must be one of stake, bound, commission, apy7d, apy30d, reliability, fees30d, stakers, lastActive, joined, not "<script>". Showing the default instead.',
      'order must be asc or desc, not "up". Showing the default instead.',
      'state must be all, active, deactivated or jailed, not "asleep". Showing the default instead.',
      "q must be at most 128 characters. Showing the default instead.",
      "size must be a whole number from 1 to 100. Showing the default instead.",
      "page must be a whole number from 1 to 10000. Showing the default instead.",
    ]);
    const refused = proverListParams.safeParse(params);
    expect(refused.error?.issues.map((issue) => `${issue.message}. Showing the default instead.`)).toEqual(
      problems.slice(0, 4),
    );
  });

  it("keeps the values it knows beside one it does not", () => {
    expect(parseDirectoryQuery({ sort: "stakers", page: "abc" })).toEqual({
      query: { sort: "stakers", order: "desc", state: "all", q: "", size: 25, page: 1 },
      problems: ["page must be a whole number from 1 to 10000. Showing the default instead."],
    });
  });
});

describe("directoryHref", () => {
  it("keeps only what differs from the defaults", () => {
    const { query } = parseDirectoryQuery({ q: "zk" });
    expect(directoryHref(query, { sort: "stakers", page: 1 })).toBe("/provers?sort=stakers&q=zk");
    expect(directoryHref(query, { q: "" })).toBe("/provers");
    expect(directoryHref(query, { size: 100, page: 4 })).toBe("/provers?q=zk&size=100&page=4");
  });
});

describe("pageWindow", () => {
  it("links every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the ends and two pages either side of the current one, the rest left out", () => {
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
    expect(pageWindow(20, 40)).toEqual([1, null, 18, 19, 20, 21, 22, null, 40]);
    expect(pageWindow(40, 40)).toEqual([1, null, 38, 39, 40]);
  });

  it("shows a single left-out page instead of an ellipsis standing for it", () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});
