import { describe, expect, it } from "vitest";
import { directoryHref, parseDirectoryQuery, toIndexerQuery } from "./directory-query";

describe("parseDirectoryQuery", () => {
  it("defaults to every prover by stake, largest first", () => {
    expect(parseDirectoryQuery({})).toEqual({
      query: { sort: "stake", order: "desc", state: "all", q: "", page: 1 },
      problems: [],
    });
  });

  it("reads a full query and turns it into the indexer's page", () => {
    const { query } = parseDirectoryQuery({ sort: "apy30d", order: "asc", state: "jailed", q: "  atlas ", page: "3" });
    expect(query).toEqual({ sort: "apy30d", order: "asc", state: "jailed", q: "atlas", page: 3 });
    expect(toIndexerQuery(query)).toEqual({
      sort: "apy30d",
      order: "asc",
      state: "jailed",
      q: "atlas",
      limit: 25,
      offset: 50,
    });
  });

  it("names each value it does not know and falls back to the default", () => {
    const { query, problems } = parseDirectoryQuery({ sort: "<script>", order: "up", state: "asleep", page: "-2" });
    expect(query).toEqual({ sort: "stake", order: "desc", state: "all", q: "", page: 1 });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('"<script>"');
  });
});

describe("directoryHref", () => {
  it("keeps only what differs from the defaults", () => {
    const { query } = parseDirectoryQuery({ q: "zk" });
    expect(directoryHref(query, { sort: "stakers", page: 1 })).toBe("/provers?sort=stakers&q=zk");
    expect(directoryHref(query, { q: "" })).toBe("/provers");
  });
});
