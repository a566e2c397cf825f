/**
 * `ponder:api` outside Ponder, for reading the API's route table in the test process (the
 * fuzz sends its requests to the live indexer): a route that queried here would be a bug.
 */
export const db = new Proxy(
  {},
  {
    get() {
      throw new Error("The API's routes were imported for their table only; queries run in the live indexer.");
    },
  },
);
