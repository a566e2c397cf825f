import { postgres } from "./harness/databases";
import { describeIndexer } from "./suite/define";

// A throwaway Postgres 15 cluster (or DATABASE_URL); missing server binaries fail the suite
// with throwaway.mjs's one-sentence install hint.
describeIndexer(postgres());
